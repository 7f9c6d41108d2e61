/// Symbolic differentiation of a formula with respect to one name, every other name held fixed.
extension ExpressionTree {
  /// ∂self/∂`variable`, built with the simplifying constructors (so `5*y^4` gives `20*y^3`).
  ///
  /// Rules, with u′ = ∂u/∂variable: (u·w)′ = u′w + uw′; (u/w)′ = u′/w − uw′/w²;
  /// (uⁿ)′ = n·uⁿ⁻¹·u′ when n does not depend on the variable, (aʷ)′ = aʷ·log a·w′ when a does not,
  /// otherwise (uʷ)′ = uʷ·(w′·log u + w·u′/u); f(u)′ = u′·f′(u) with exp′ = exp, log′(u) = 1/u
  /// (written u′/u), sin′ = cos, cos′ = −sin, tanh′ = 1 − tanh², σ′ = σ·(1 − σ), relu′ = step,
  /// step′ = 0.
  package func derivative(withRespectTo variable: String) -> ExpressionTree {
    derivative(withRespectTo: variable, maximumSize: .max) ?? .number(0)
  }

  /// ∂self/∂`variable` as ``derivative(withRespectTo:)``, or nil when it might have more than
  /// `maximumSize` nodes: the size is bounded from above before anything is built, so a
  /// derivative too large to print (the product rule over a long product) costs no more than
  /// one walk over the tree.
  package func derivative(withRespectTo variable: String, maximumSize: Int) -> ExpressionTree? {
    fold { (tree, operands: FoldOperands<DerivativePart>) -> DerivativePart in
      let bound = tree.derivativeSizeBound(operands)
      var part = DerivativePart(size: operands.results.reduce(1) { $0 + $1.size }, bound: bound, derivative: nil)
      guard bound <= maximumSize else { return part }
      part.derivative = tree.derivative(variable, operands)
      return part
    }.derivative
  }

  /// An upper bound on the nodes of this node's derivative, from its operands' sizes and bounds.
  private func derivativeSizeBound(_ operands: FoldOperands<DerivativePart>) -> Int {
    switch self {
    case .number, .name: return 1
    case .negate: return saturatingSum([operands.left.bound, 1])
    case .call: return saturatingSum([operands.left.bound, 2 * operands.left.size, 6])
    case let .binary(op, _, _):
      let (u, w) = (operands.left, operands.right)
      switch op {
      case .add, .subtract: return saturatingSum([u.bound, w.bound, 1])
      case .multiply: return saturatingSum([u.bound, w.bound, u.size, w.size, 3])
      case .divide: return saturatingSum([u.bound, w.bound, u.size, 2 * w.size, 6])
      case .power: return saturatingSum([u.bound, w.bound, 3 * u.size, 2 * w.size, 10])
      }
    }
  }

  /// This node's derivative from its operands' (present: their bounds are below this one's).
  private func derivative(_ variable: String, _ operands: FoldOperands<DerivativePart>) -> ExpressionTree {
    func d(_ part: DerivativePart) -> ExpressionTree { part.derivative ?? .number(0) }
    switch self {
    case .number: return .number(0)
    case .name(let name): return .number(name == variable ? 1 : 0)
    case .negate: return .negation(d(operands.left))
    case .call(let function, let u):
      let du = d(operands.left)
      if case .number(0) = du { return .number(0) }
      if function == .log { return .quotient(du, u) }
      return .product(du, function.symbolicDerivative(at: u))
    case .binary(let op, let u, let w):
      let du = d(operands.left), dw = d(operands.right)
      switch op {
      case .add: return .sum(du, dw)
      case .subtract: return .difference(du, dw)
      case .multiply: return .sum(.product(du, w), .product(u, dw))
      case .divide:
        return .difference(.quotient(du, w), .quotient(.product(u, dw), .power(w, .number(2))))
      case .power: return powerDerivative(u, w, du, dw)
      }
    }
  }

  private func powerDerivative(
    _ u: ExpressionTree, _ w: ExpressionTree, _ du: ExpressionTree, _ dw: ExpressionTree
  ) -> ExpressionTree {
    switch (du, dw) {
    case (.number(0), .number(0)): return .number(0)
    case (_, .number(0)):
      return .product(.product(w, .power(u, .difference(w, .number(1)))), du)
    case (.number(0), _):
      return .product(.product(self, .call(.log, u)), dw)
    default:
      let viaExponent = ExpressionTree.product(dw, .call(.log, u))
      let viaBase = ExpressionTree.quotient(.product(w, du), u)
      return .product(self, .sum(viaExponent, viaBase))
    }
  }
}

extension ExpressionFunction {
  /// f′(u) as a formula (log is handled by the caller as u′/u).
  func symbolicDerivative(at u: ExpressionTree) -> ExpressionTree {
    switch self {
    case .exp: return .call(.exp, u)
    case .log: return .quotient(.number(1), u)
    case .sin: return .call(.cos, u)
    case .cos: return .negation(.call(.sin, u))
    case .tanh: return .difference(.number(1), .power(.call(.tanh, u), .number(2)))
    case .sigma: return .product(.call(.sigma, u), .difference(.number(1), .call(.sigma, u)))
    case .relu: return .call(.step, u)
    case .step: return .number(0)
    }
  }
}

/// A subtree's size and the bound on, and (when within the limit) the tree of, its derivative.
struct DerivativePart {
  var size: Int
  var bound: Int
  var derivative: ExpressionTree?
}
