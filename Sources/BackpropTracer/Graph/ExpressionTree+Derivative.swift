/// Symbolic differentiation of a formula with respect to one name, every other name held fixed.
extension ExpressionTree {
  /// ∂self/∂`variable`, built with the simplifying constructors (so `5*y^4` gives `20*y^3`).
  ///
  /// Rules, with u′ = ∂u/∂variable: (u·w)′ = u′w + uw′; (u/w)′ = u′/w − uw′/w²;
  /// (uⁿ)′ = n·uⁿ⁻¹·u′ when n does not depend on the variable, (aʷ)′ = aʷ·log a·w′ when a does not,
  /// otherwise (uʷ)′ = uʷ·(w′·log u + w·u′/u); f(u)′ = u′·f′(u) with exp′ = exp, log′(u) = 1/u
  /// (written u′/u), sin′ = cos, cos′ = −sin, tanh′ = 1 − tanh², σ′ = σ·(1 − σ), relu′ = step,
  /// step′ = 0.
  public func derivative(withRespectTo variable: String) -> ExpressionTree {
    switch self {
    case .number: return .number(0)
    case .name(let name): return .number(name == variable ? 1 : 0)
    case .negate(let u): return .negation(u.derivative(withRespectTo: variable))
    case .call(let function, let u):
      let du = u.derivative(withRespectTo: variable)
      if case .number(0) = du { return .number(0) }
      if function == .log { return .quotient(du, u) }
      return .product(du, function.symbolicDerivative(at: u))
    case .binary(let op, let u, let w):
      let du = u.derivative(withRespectTo: variable), dw = w.derivative(withRespectTo: variable)
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
