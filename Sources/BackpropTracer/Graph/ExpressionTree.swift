/// A formula as a tree: what the parser reads and what symbolic differentiation produces.
///
/// Numbers are kept as written by value (`-3` parses as `.negate(.number(3))`; simplification
/// may fold it into `.number(-3)`). Names are `[A-Za-z][A-Za-z0-9]*` when parsed; the graph
/// engine also uses generated names such as `z_1` for intermediate nodes.
package indirect enum ExpressionTree: Hashable, Sendable, Codable {
  /// A numeric literal.
  case number(Double)
  /// A reference to an input or to a named definition.
  case name(String)
  /// Unary minus: `-u`. It binds looser than `^`, so `-x^2` is `-(x^2)`.
  case negate(ExpressionTree)
  /// `u op w` for one of `+ - * / ^`.
  case binary(ExpressionOperator, ExpressionTree, ExpressionTree)
  /// An elementary function applied to one argument: `exp(u)`, `sigma(u)`, `max(0, u)`.
  case call(ExpressionFunction, ExpressionTree)
}

/// A binary operator of a formula. Its raw value is the ASCII symbol used in plain text.
package enum ExpressionOperator: String, CaseIterable, Sendable, Codable {
  /// `u + w`.
  case add = "+"
  /// `u - w`.
  case subtract = "-"
  /// `u * w`.
  case multiply = "*"
  /// `u / w`; undefined when `w` is 0.
  case divide = "/"
  /// `u ^ w`, right-associative (`2^3^2` is `2^(3^2)`); undefined for a negative `u` and a
  /// non-integer `w`.
  case power = "^"
}

/// An elementary function of one argument. The raw value is the name printed in plain text.
package enum ExpressionFunction: String, CaseIterable, Sendable, Codable {
  /// eˣ.
  case exp
  /// The natural logarithm; defined for positive arguments only.
  case log
  /// Sine, in radians.
  case sin
  /// Cosine, in radians.
  case cos
  /// Hyperbolic tangent.
  case tanh
  /// The logistic sigmoid σ(u) = 1 / (1 + e⁻ᵘ). Also spelled `sigmoid` in formulas.
  case sigma
  /// ReLU, max(0, u). Also written `max(0, u)` in formulas, and printed that way.
  case relu
  /// The Heaviside step I[u > 0]: 1 when u > 0, else 0 (so 0 at u = 0). The derivative of
  /// ReLU; its own derivative is taken as 0 everywhere.
  case step

  /// The spellings a formula may use for each function, in the order error messages list them.
  static let spellings: [(name: String, function: ExpressionFunction?)] = [
    ("exp", .exp), ("log", .log), ("sin", .sin), ("cos", .cos), ("tanh", .tanh),
    ("sigma", .sigma), ("sigmoid", .sigma), ("relu", .relu), ("max", nil), ("step", .step),
  ]

  /// True when `name` is spelled like a function and so cannot name a value.
  static func isReserved(_ name: String) -> Bool {
    spellings.contains { $0.name == name }
  }
}

extension ExpressionTree {
  /// The names this tree refers to, each once, in order of first appearance (left to right).
  package var names: [String] {
    var seen = Set<String>()
    var ordered: [String] = []
    visitPreOrder { tree in
      if case let .name(name) = tree, seen.insert(name).inserted { ordered.append(name) }
      return true
    }
    return ordered
  }

  /// True when the tree mentions no name, so its value does not depend on any input.
  package var isConstant: Bool {
    visitPreOrder { tree in
      if case .name = tree { return false }
      return true
    }
  }

  /// The tree with every name for which `replacement` returns a tree replaced by that tree.
  package func substituting(_ replacement: (String) -> ExpressionTree?) -> ExpressionTree {
    fold { tree, operands in
      switch tree {
      case .number: return tree
      case let .name(name): return replacement(name) ?? tree
      case .negate: return .negate(operands.left)
      case let .call(function, _): return .call(function, operands.left)
      case let .binary(op, _, _): return .binary(op, operands.left, operands.right)
      }
    }
  }
}
