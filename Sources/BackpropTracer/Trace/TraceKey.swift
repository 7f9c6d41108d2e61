/// A notation-free name for one recorded quantity: `net_h1`, `delta_o1`, `dE_dw5`, `w5_new`.
///
/// The JSON export, the `expected` values of fixtures and answer files all use these keys.
/// Names of neurons and parameters contain no underscore, so every key reads back unambiguously.
public struct TraceKey: Hashable, Sendable, Codable, Comparable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The key as written: `dE_dout_h1_via_o1`.
  public let rawValue: String

  /// Creates a key from its text.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  /// Creates a key from a string literal.
  public init(stringLiteral value: String) { self.rawValue = value }

  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  public var description: String { rawValue }

  public static func < (lhs: TraceKey, rhs: TraceKey) -> Bool { lhs.rawValue < rhs.rawValue }
}
