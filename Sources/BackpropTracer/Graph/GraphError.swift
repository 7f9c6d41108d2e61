/// A graph that cannot be built or evaluated, said in one sentence that names where.
///
/// Formula columns are 1-based and count in the definition's formula (its right-hand side).
/// Descriptions, for example:
/// `definition of z: col 9: expected ')'`,
/// `definition of z: col 3: undefined name 'q'; did you mean 'y'?`,
/// `'y' is defined twice`, `cycle: z -> y -> z`,
/// `definition of z: node z_1 = log(y): log of a non-positive number (-2)`.
package struct GraphError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What is wrong.
  package enum Problem: Equatable, Sendable {
    /// The formula does not parse.
    case formula(ExpressionError)
    /// A name used in a formula is neither an input nor a definition; `suggestion` is the
    /// nearest defined name within edit distance 2, if any.
    case undefinedName(String, column: Int, suggestion: String?)
    /// A definition's formula refers to the definition itself (`y = y + 1`).
    case usesItself(column: Int)
    /// Two inputs or definitions share a name.
    case definedTwice(String)
    /// Definitions that depend on each other in a loop, first name repeated at the end.
    case cycle([String])
    /// A name that is not `[A-Za-z][A-Za-z0-9]*` or is a function name such as `exp`.
    case invalidName(String)
    /// The requested output is not defined.
    case unknownOutput(String, suggestion: String?)
    /// The graph has no definitions and no output was named.
    case noDefinitions
    /// A definition line without `=`.
    case missingEquals(String)
    /// The graph would have more nodes (operations, inputs included) than the limit.
    case tooManyNodes(Int)
    /// A network too large to draw as a graph, and why (its whole sentence).
    case networkTooLarge(String)
    /// A node's value or local derivative is undefined at the given values: `node` is its id
    /// (`z_1`), `formula` the part of the definition it computes, in the user's names (`log(y)`).
    case undefinedValue(node: String, formula: String, reason: String)
  }

  /// The definition the problem is in, or nil for a problem of the whole graph.
  package var definition: String?
  /// What is wrong.
  package var problem: Problem

  /// Creates an error about `definition` (nil for the whole graph).
  package init(definition: String?, problem: Problem) {
    self.definition = definition
    self.problem = problem
  }

  /// One sentence, prefixed by `definition of NAME: ` when the problem is in one definition.
  package var description: String {
    let prefix = definition.map { "definition of \($0): " } ?? ""
    return prefix + problemText
  }

  private var problemText: String {
    switch problem {
    case .formula(let error): return error.description
    case .undefinedName(let name, let column, let suggestion):
      return "col \(column): undefined name '\(name.terminalSafe)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
    case .usesItself(let column): return "col \(column): \(definition ?? "it") uses itself"
    case .definedTwice(let name): return "'\(name.terminalSafe)' is defined twice"
    case .cycle(let names): return "cycle: " + names.joined(separator: " -> ")
    case .invalidName(let name):
      return "'\(name.terminalSafe)' is not a valid name (a letter, then letters or digits; not a function name)"
    case .unknownOutput(let name, let suggestion):
      return "output '\(name.terminalSafe)' is not defined" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
    case .noDefinitions: return "the graph has no definitions"
    case .missingEquals(let line): return "expected 'name = formula', found '\(line.terminalSafe)'"
    case .undefinedValue(let node, let formula, let reason): return "node \(node) = \(formula): \(reason)"
    case .tooManyNodes(let limit):
      return "the graph has more than \(limit) nodes (one per input and operation), more than a derivation can show:"
        + " split the formulas into fewer, shorter definitions"
    case .networkTooLarge(let reason): return reason
    }
  }
}
