import BackpropTracer
import Foundation

/// The repository's folders and fixtures, found from this file's path so tests run from any
/// working directory.
enum Repository {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let fixtures = root.appendingPathComponent("Fixtures")
  static let walkthroughs = root.appendingPathComponent("Walkthroughs")

  /// The base names of every fixture in `Fixtures/`, sorted.
  static var fixtureNames: [String] {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
    return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
  }

  /// Loads `Fixtures/NAME.json`.
  static func fixture(_ name: String) throws -> Fixture {
    let data = try Data(contentsOf: fixtures.appendingPathComponent(name + ".json"))
    return try Fixture.load(Array(data), file: "Fixtures/\(name).json")
  }
}

/// Loads a fixture from text, for tests of bad input.
func loadFixture(_ text: String, file: String = "test.json") throws(FixtureError) -> Fixture {
  try Fixture.load(Array(text.utf8), file: file)
}
