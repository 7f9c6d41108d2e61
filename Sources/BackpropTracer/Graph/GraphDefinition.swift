/// A computational graph as a lecturer writes it: named inputs with values, then named
/// definitions `name = formula` (`y = x^3 + 7`, `z = 5*y^4`), and the output to differentiate.
///
/// Definitions may refer to inputs and to each other in any order, as long as no name depends
/// on itself; ``ComputationalGraph/init(_:)`` validates and orders them.
package struct GraphDefinition: Equatable, Sendable, Codable {
  /// A named input and the value it takes.
  package struct Input: Equatable, Sendable, Codable {
    /// `[A-Za-z][A-Za-z0-9]*`, not a function name.
    package var name: String
    /// The value at which the graph is evaluated.
    package var value: Double

    /// Creates the input `name = value`.
    package init(_ name: String, _ value: Double) {
      self.name = name
      self.value = value
    }
  }

  /// A named definition `name = formula`.
  package struct Definition: Equatable, Sendable, Codable {
    /// `[A-Za-z][A-Za-z0-9]*`, not a function name.
    package var name: String
    /// The right-hand side, read by ``ExpressionParser``; error columns count in this text.
    package var formula: String

    /// Creates the definition `name = formula`.
    package init(_ name: String, _ formula: String) {
      self.name = name
      self.formula = formula
    }

    /// Splits a line `name = formula` at its first `=`; both sides are trimmed of spaces, so
    /// error columns count from the first character of the formula (`z = 5*q^4`: `q` is col 3).
    ///
    /// Throws ``GraphError/Problem/missingEquals`` when the line has no `=`.
    package init(line: String) throws(GraphError) {
      guard let equals = line.firstIndex(of: "=") else {
        throw GraphError(definition: nil, problem: .missingEquals(line))
      }
      self.name = line[..<equals].trimmingSpaces
      self.formula = line[line.index(after: equals)...].trimmingSpaces
    }
  }

  /// The inputs, in the order they are listed (and in which gradients are reported).
  package var inputs: [Input]
  /// The definitions, in the order they are written.
  package var definitions: [Definition]
  /// The name of the output; nil means the last definition.
  package var output: String?

  /// Creates a graph definition; `output` nil means the last definition.
  package init(inputs: [Input], definitions: [Definition], output: String? = nil) {
    self.inputs = inputs
    self.definitions = definitions
    self.output = output
  }
}

extension Substring {
  /// The text without white space at either end.
  var trimmingSpaces: String {
    guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
    return String(self[first...last])
  }
}
