import Foundation
import Testing

/// The library's folders point one way: a folder's files name only types declared in its own
/// folder or in folders of a lower tier, apart from the exceptions listed (each with its reason).
///
/// The check is textual: it collects the types declared at the top level of each folder's files
/// and the capitalised identifiers of every file, with comments and string literals removed. It
/// sees names, not uses: a nested type (`JSONPath.Step`) counts under its outer type, a member
/// reached without naming its type (`fixture.notation.name`) is not seen, and an identifier that
/// happens to equal a type of another folder counts as a mention.
@Suite("Folder direction")
struct FolderDirectionTests {
  /// Lower tiers first; a folder may name types of its own tier and of the tiers below.
  static let tiers: [String: Int] = [
    "JSON": 0, "Numbers": 0,
    "Network": 1, "Training": 1,
    "Trace": 2,
    "Fixtures": 3,
    "Engine": 4,
    "Graph": 5, "Rendering": 5, "Verification": 5, "Quiz": 5,
    "Homework": 6,
  ]

  /// Mentions against the direction that are known, by "From→To", with the types allowed.
  static let exceptions: [String: Set<String>] = [
    // An activation's definition holds its formulas and what a walkthrough says of it (issue 20, part 1).
    "Network→Rendering": ["Document", "MathFormula", "MathFunction", "MathSymbol"],
  ]

  static let sources = Repository.root.appendingPathComponent("Sources/BackpropTracer")

  /// Every Swift file of every folder, by folder.
  static func files() throws -> [String: [URL]] {
    var files: [String: [URL]] = [:]
    let enumerator = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
    for case let url as URL in enumerator where url.pathExtension == "swift" {
      let folder = url.path.dropFirst(sources.path.count + 1).split(separator: "/").first.map(String.init) ?? ""
      files[folder, default: []].append(url)
    }
    return files
  }

  /// The text without comments and string literals.
  static func code(_ text: String) -> String {
    var code = ""
    var rest = Substring(text)
    while let first = rest.first {
      if rest.hasPrefix("//") {
        rest = rest.drop { $0 != "\n" }
      } else if rest.hasPrefix("/*") {
        rest = rest.range(of: "*/").map { rest[$0.upperBound...] } ?? ""
      } else if rest.hasPrefix("\"\"\"") {
        let body = rest.dropFirst(3)
        rest = body.range(of: "\"\"\"").map { body[$0.upperBound...] } ?? ""
      } else if first == "\"" {
        var index = rest.index(after: rest.startIndex)
        while index < rest.endIndex, rest[index] != "\"", rest[index] != "\n" {
          index = rest.index(after: rest[index] == "\\" && rest.index(after: index) < rest.endIndex ? rest.index(after: index) : index)
        }
        rest = index < rest.endIndex ? rest[rest.index(after: index)...] : ""
      } else {
        code.append(first)
        rest = rest.dropFirst()
      }
    }
    return code
  }

  /// The capitalised identifiers of `code`.
  static func identifiers(_ code: String) -> Set<String> {
    var names: Set<String> = []
    var current = ""
    for character in code + " " {
      if character.isLetter || character.isNumber || character == "_" {
        current.append(character)
      } else {
        if let first = current.first, first.isUppercase { names.insert(current) }
        current = ""
      }
    }
    return names
  }

  /// The types declared at the top level of `code`.
  static func declarations(_ code: String) -> [String] {
    let keywords: Set<String> = ["struct", "enum", "class", "protocol", "typealias", "actor"]
    return code.split(separator: "\n").compactMap { line in
      guard let first = line.first, !first.isWhitespace else { return nil }
      let words = line.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") })
      guard let keyword = words.firstIndex(where: { keywords.contains(String($0)) }), keyword + 1 < words.count else { return nil }
      return String(words[keyword + 1])
    }
  }

  @Test("No folder names a type of a later folder, but for the listed exceptions, each still needed")
  func oneWay() throws {
    let files = try Self.files()
    #expect(Set(files.keys) == Set(Self.tiers.keys), "every folder has a tier, and every tier a folder")
    var owner: [String: String] = [:]
    var codes: [String: [(URL, String)]] = [:]
    for (folder, urls) in files {
      for url in urls {
        let code = Self.code(try String(contentsOf: url, encoding: .utf8))
        codes[folder, default: []].append((url, code))
        for name in Self.declarations(code) { owner[name] = folder }
      }
    }
    #expect(owner.count > 150, "the declarations were found: \(owner.count)")
    var used: [String: Set<String>] = [:]
    var problems: [String] = []
    for (folder, list) in codes {
      guard let tier = Self.tiers[folder] else { continue }
      for (url, code) in list {
        for name in Self.identifiers(code).sorted() {
          guard let other = owner[name], other != folder, let otherTier = Self.tiers[other], otherTier > tier else { continue }
          let edge = "\(folder)→\(other)"
          if Self.exceptions[edge]?.contains(name) == true {
            used[edge, default: []].insert(name)
          } else {
            problems.append("\(folder)/\(url.lastPathComponent) names \(name) of \(other)/")
          }
        }
      }
    }
    #expect(problems.isEmpty, "against the direction:\n\(problems.sorted().joined(separator: "\n"))")
    for (edge, names) in Self.exceptions {
      #expect(used[edge] == names, "the exceptions \(edge) still used: \(used[edge, default: []].sorted()) of \(names.sorted())")
    }
  }

  @Test("The scan finds a mention against the direction and ignores comments and strings")
  func scanCanFail() {
    let code = Self.code("let a = Tracer() // Walkthrough\nlet b = \"Fixture\" + \"\"\"\nNetwork\n\"\"\"\n/* Trace */ Quantity")
    #expect(Self.identifiers(code) == ["Tracer", "Quantity"])
    #expect(Self.declarations("public struct Tracer: Sendable {\n  enum Inner {}\n}\nextension X {}\nfinal class Y {}") == ["Tracer", "Y"])
  }
}
