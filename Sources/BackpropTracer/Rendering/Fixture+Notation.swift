extension Fixture {
  /// The notation a derivation of the fixture is written in unless one is asked for: the one
  /// the fixture names (`"notation"`), else mazur.
  package var defaultNotation: NotationPreset { NotationPreset(notation ?? .mazur) }
}
