import Foundation

@testable import BackpropTracer

/// Helpers for the tests of `assign`, `grade` and `export`.
enum CourseTestSupport {
  /// `json` (a fixture's text) with `"assignment": keys` in place of any assignment, and without
  /// `expected` and `errata`.
  static func withAssignment(_ json: String, keys: [TraceKey]) throws -> String {
    let root = try JSONParser.parse(Array(json.utf8))
    guard case let .object(members) = root.kind else { throw TestFailure("not an object") }
    let position = root.position
    var kept = members.filter { !["assignment", "expected", "errata"].contains($0.key) }
    kept.append(("assignment", JSONValue(.array(keys.map { JSONValue(.string($0.rawValue), at: position) }), at: position)))
    return JSONValue(.object(kept), at: position).written()
  }

  /// Up to `count` keys a homework could ask for: computed values of the traced step, spread
  /// over the trace (every other one, so both passes are asked).
  static func computedKeys(of trace: Trace, count: Int = 6) -> [TraceKey] {
    let positions = (0..<trace.count).filter { position in
      switch trace.layout.derivations[position] {
      case .given, .repeatedSteps, .one: return false
      default: return true
      }
    }
    let stride = max(1, positions.count / count)
    return positions.enumerated().filter { $0.offset % stride == 0 }.prefix(count).map { trace.layout.keys[$0.element] }
  }

  /// A roster of `count` students `s01`, `s02`, … with a name column.
  static func roster(_ count: Int) throws -> Roster {
    let rows = (1...count).map { "s\($0 < 10 ? "0" : "")\($0),Student \($0)\n" }.joined()
    return try Roster.parse(Array(("id,name\n" + rows).utf8), file: "roster.csv")
  }

  /// The fixture `name` of `Fixtures/` as text and loaded.
  static func fixture(_ name: String) throws -> (bytes: [UInt8], fixture: Fixture) {
    let bytes = Array(try Data(contentsOf: Repository.fixtures.appendingPathComponent(name + ".json")))
    return (bytes, try Fixture.load(bytes, file: name + ".json"))
  }

  /// The numbers a text shows: maximal runs of digits with at most one point inside.
  static func numbers(in text: String) -> Set<String> {
    var found: Set<String> = []
    var current = ""
    func flush() {
      while current.hasSuffix(".") { current.removeLast() }
      if current.contains(where: \.isNumber) { found.insert(current) }
      current = ""
    }
    for character in text {
      if character.isASCII, character.isNumber || (character == "." && !current.isEmpty && !current.contains(".")) {
        current.append(character)
      } else {
        flush()
      }
    }
    flush()
    return found
  }

  /// A fresh temporary folder (not created).
  static func temporaryFolder(_ name: String) -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("backprop-\(name)-\(UUID().uuidString)")
  }
}

/// A failure of a test's own setup.
struct TestFailure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
