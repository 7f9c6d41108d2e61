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

  /// The base names of every fixture in `Fixtures/`, sorted. Throws when the folder cannot be
  /// listed or holds no fixture, so a test taking them as arguments fails rather than running
  /// no case.
  static var fixtureNames: [String] {
    get throws { try jsonNames(in: fixtures) }
  }

  /// The base names of every graph fixture in `Fixtures/graphs/`, sorted; throws as
  /// `fixtureNames` does.
  static var graphFixtureNames: [String] {
    get throws { try jsonNames(in: fixtures.appendingPathComponent("graphs")) }
  }

  /// The fixtures of `Fixtures/` for which `condition` holds, each loaded with `try`: a fixture
  /// that no longer loads fails the test whose arguments these are, instead of dropping out of
  /// them, and so does a condition that no fixture meets.
  static func fixtureNames(where condition: (Fixture) throws -> Bool) throws -> [String] {
    let names = try fixtureNames.filter { try condition(fixture($0)) }
    guard !names.isEmpty else { throw NoFixtures(description: "no fixture of \(fixtures.path) meets the test's condition") }
    return names
  }

  /// The names without `.json` of the JSON files in `folder`, sorted; at least one.
  private static func jsonNames(in folder: URL) throws -> [String] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    guard !names.isEmpty else { throw NoFixtures(description: "no fixture in \(folder.path)") }
    return names
  }

  /// A list of fixtures that came out empty: a test taking it as arguments would run no case.
  struct NoFixtures: Error, CustomStringConvertible {
    let description: String
  }

  /// Loads `Fixtures/graphs/NAME.json`.
  static func graphFixture(_ name: String) throws -> GraphFixture {
    let data = try Data(contentsOf: fixtures.appendingPathComponent("graphs/" + name + ".json"))
    return try GraphFixture.load(Array(data), file: "Fixtures/graphs/\(name).json")
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

/// The 2-2-2 fixture's text with its title replaced by `title` (JSON-escaped).
func mazurFixture(title: String) throws -> Fixture {
  let url = Repository.fixtures.appendingPathComponent("mazur-2-2-2.json")
  let text = try String(contentsOf: url, encoding: .utf8)
  var quoted = ""
  for scalar in title.unicodeScalars {
    switch scalar {
    case "\"": quoted += "\\\""
    case "\\": quoted += "\\\\"
    case _ where scalar.value < 0x20: quoted += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
    default: quoted.unicodeScalars.append(scalar)
    }
  }
  let replaced = text.replacing("\"Backpropagation step by step: the 2-2-2 sigmoid network\"", with: "\"" + quoted + "\"")
  return try Fixture.load(Array(replaced.utf8), file: "hostile.json")
}
