/// Why `Network.trace` or `Fixture.trace` made no trace: an argument it cannot run with, or a
/// value of the run that came out infinite or not a number.
public enum TraceError: Error, Equatable, Sendable, CustomStringConvertible {
  /// An argument the run cannot take, located by its path as a fixture's problem is
  /// (`Network.trace: examples[0].inputs: expected 2 values (one per input: i1, i2), found 3`).
  case invalidArgument(FixtureError)
  /// A value of the run came out infinite or not a number.
  case nonFinite(NonFiniteValueError)

  public var description: String {
    switch self {
    case let .invalidArgument(error): return error.description
    case let .nonFinite(error): return error.description
    }
  }
}
