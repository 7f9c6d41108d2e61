/// The part of a derivation a value belongs to, for `backprop-trace quiz --part`.
package enum QuizPart: String, CaseIterable, Sendable {
  /// Net inputs, outputs, error terms and the total error.
  case forward
  /// ∂E/∂out, ∂out/∂net, δ, the chain-rule factors and the gradients (and a batch's sums).
  case backward
  /// The optimizer's steps and the updated parameters.
  case updates

  /// The heading of the part: `Forward pass`.
  package var title: String {
    switch self {
    case .forward: return "Forward pass"
    case .backward: return "Backward pass"
    case .updates: return "Update"
    }
  }

  /// The part of an entry of a section; nil for given values, later training steps, the
  /// outcome of the perceptron rule and the values in other books' conventions (Err, e, ∂E/∂x),
  /// which a quiz asks for only by key (or, for a circuit, ∂E/∂x in the backward pass). A perceptron visit's new parameters are updates, the rest
  /// of it (net, output, error) and its epoch's count of mistakes the forward pass.
  init?(_ kind: TraceSection.Kind, _ derivation: Derivation) {
    switch kind {
    case .given, .example, .training, .perceptronResult: return nil
    case .forward, .softmax, .error, .perceptronEpoch: self = .forward
    case .perceptronVisit:
      if case .perceptronUpdate = derivation { self = .updates } else { self = .forward }
    case .errorSlopes, .delta, .gradient, .sharedGradient, .batch: self = .backward
    case .errorForms, .inputGradients: return nil  // other books' forms: asked for by key
    case .update: self = .updates
    }
  }
}

/// Which values a quiz asks for.
package enum QuizSelection: Equatable, Sendable {
  /// Every value a derivation computes, except the constant 1 (∂net/∂b).
  case all
  /// The values of one part, as in `all`.
  case part(QuizPart)
  /// Exactly these keys (asked in lecture order, whatever order they are listed in).
  case keys([TraceKey])
}

/// One value a quiz asks for.
package struct QuizQuestion: Equatable, Sendable {
  /// The key the student answers.
  package let key: TraceKey
  /// The entry's position in the trace.
  package let position: Int
  /// The part of the derivation it belongs to.
  package let part: QuizPart
  /// The formula to use, in keys: `out_h1 = 1 / (1 + e^(-net_h1))`.
  package let definition: String
}

/// Why a quiz cannot be set up as asked.
package enum QuizError: Error, Equatable, Sendable, CustomStringConvertible {
  /// `--keys` names a key the trace does not have; the nearest key when one is close.
  case unknownKey(String, suggestion: String?)
  /// `--keys` names a value the fixture gives (an input, a parameter): nothing to compute.
  case givenKey(TraceKey)
  /// `--keys` names a value obtained by repeating whole steps, which nobody computes by hand.
  case laterStepKey(TraceKey)
  /// The selection asks for nothing.
  case nothingToAsk(QuizPart?)

  package var description: String {
    switch self {
    case let .unknownKey(key, suggestion):
      return "'\(key.terminalSafe)' is not a key of this fixture's trace" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
    case let .givenKey(key): return "'\(key)' is given by the fixture; there is nothing to compute"
    case let .laterStepKey(key):
      return "'\(key)' comes from repeating the whole step; the quiz asks only for values of the traced step"
    case let .nothingToAsk(part?): return "this fixture's derivation has no \(part.rawValue) values to ask for"
    case .nothingToAsk(nil): return "there is nothing to ask for"
    }
  }
}

extension Quiz {
  /// The questions of `selection`, in lecture order.
  static func questions(_ trace: Trace, _ selection: QuizSelection) throws(QuizError) -> [QuizQuestion] {
    let layout = trace.layout
    var parts = [QuizPart?](repeating: nil, count: layout.count)
    for section in layout.sections {
      let circuitInputs = section.kind == .inputGradients && trace.network.loss == .output
      for position in section.entries {
        parts[position] = circuitInputs ? .backward : QuizPart(section.kind, layout.derivations[position])
      }
    }
    var chosen: Set<Int>
    switch selection {
    case .all, .part:
      chosen = Set((0..<layout.count).filter { position in
        guard let part = parts[position], layout.derivations[position] != .one else { return false }
        if case let .part(wanted) = selection { return part == wanted }
        return true
      })
    case let .keys(keys):
      chosen = []
      for key in keys {
        guard let position = layout.position(of: key) else {
          throw .unknownKey(key.rawValue, suggestion: nearestName(to: key.rawValue, among: layout.keys.map(\.rawValue)))
        }
        switch layout.derivations[position] {
        case .given: throw .givenKey(key)
        case .repeatedSteps: throw .laterStepKey(key)
        default: chosen.insert(position)
        }
      }
    }
    let writer = PlainFormulaWriter(trace: trace)
    let questions = (0..<layout.count).filter(chosen.contains).map { position in
      QuizQuestion(
        key: layout.keys[position], position: position, part: parts[position] ?? .backward,
        definition: writer.formula(at: position).definition)
    }
    guard !questions.isEmpty else {
      if case let .part(part) = selection { throw .nothingToAsk(part) }
      throw .nothingToAsk(nil)
    }
    return questions
  }
}
