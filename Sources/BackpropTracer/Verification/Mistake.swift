/// A recognised cause of a wrong answer: a common mistake recomputed through the whole step, or
/// a slip in the answer itself.
package enum Mistake: Equatable, Sendable {
  /// The step computed with a deliberate deviation gives the answer.
  case variant(Variant)
  /// A simple distortion of the value (or a neighbour's value) gives the answer.
  case slip(Slip)

  /// The mistake as feedback, without any number: "the sigmoid computed as …", "the sign is lost".
  package var summary: String {
    switch self {
    case let .variant(variant): return "the " + variant.summary
    case let .slip(slip): return slip.summary
    }
  }

  /// The sentence a quiz says after a wrong answer.
  package var feedback: String {
    switch self {
    case let .variant(variant): return "that is what you get with the \(variant.summary)"
    case let .slip(slip): return "that looks like a slip: \(slip.summary)"
    }
  }
}
