/// A weight or a bias: a named number that training may change.
///
/// One parameter may be used in several places (a bias shared by a layer, as seed 000's b1 is
/// shared by h1 and h2); its gradient is then the sum of the gradients of its uses.
public struct Parameter: Equatable, Sendable {
  /// Whether the parameter multiplies an input or is added as a bias.
  public enum Role: String, Equatable, Sendable {
    case weight
    case bias
  }

  /// The user's name: `w5`, `b1`, `theta4`.
  public var name: String
  /// The value before training.
  public var value: Double
  /// Weight or bias (from where the parameter is first used).
  public var role: Role
  /// False for a frozen parameter, which keeps its value (seed 000 does not update its biases).
  public var isTrainable: Bool

  /// Creates a parameter.
  package init(name: String, value: Double, role: Role, isTrainable: Bool) {
    self.name = name
    self.value = value
    self.role = role
    self.isTrainable = isTrainable
  }
}
