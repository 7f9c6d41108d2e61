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

  /// The base names of every graph fixture in `Fixtures/graphs/`, sorted.
  static var graphFixtureNames: [String] {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent("graphs").path)) ?? []
    return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
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
