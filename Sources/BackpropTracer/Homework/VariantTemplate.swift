/// The parts of a fixture that `assign` may vary.
package enum VariedPart: String, CaseIterable, Sendable {
  /// The weights and biases (`network.parameters`).
  case params
  /// The inputs of the example (or of every example of a data set).
  case inputs
  /// The targets given as numbers (not a `class`), except a softmax or step output's.
  case targets
}

/// A fixture's text with the values to vary marked: each student's variant is the same JSON with
/// new numbers in those places and without the book's `expected` values and `errata` (which
/// belong to the original numbers).
struct VariantTemplate {
  /// One value that varies: where it is, what it is, as written, and the values it may take.
  struct Slot {
    /// The JSON path: `network.parameters.w1`, `examples[1].inputs.i2`.
    let path: String
    /// The number as the fixture writes it.
    let original: String
    /// The nice values it may take; nil when there is none but the original (it is kept).
    let range: NiceRange?
  }

  /// The fixture's JSON.
  let root: JSONValue
  /// The values that vary, in the order of the file.
  let slots: [Slot]
  /// The decimals every new value is written with: the number most of the varied values show
  /// (the larger on a tie), or 2 when most are whole numbers. A value written with more (a
  /// tiny 3e-7 among values like 0.15) gets no nice value near it and is kept.
  let decimals: Int

  /// The template of `fixture`, read from its `bytes`, varying `parts` within ±`spread`.
  init(bytes: [UInt8], fixture: Fixture, parts: Set<VariedPart>, spread: Double) throws(CourseError) {
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      throw CourseError(file: fixture.file, line: error.position.line, message: error.message)
    }
    let targetRange = Self.targetRange(of: fixture.network)
    var found: [(path: String, text: String, allowed: ClosedRange<Double>)] = []
    // A 0 stays 0 (every value keeps its sign), so it is no slot at all.
    for (path, value, part) in Self.variedNumbers(in: root) where parts.contains(part) && PrintedNumber(value)?.value != 0 {
      if part == .targets, targetRange == nil { continue }
      found.append((path, value, part == .targets ? targetRange ?? 0...0 : -Double.infinity...Double.infinity))
    }
    decimals = Self.commonDecimals(found.compactMap { PrintedNumber($0.text)?.decimals })
    let decimals = self.decimals
    slots = found.map { path, text, allowed in
      Slot(
        path: path, original: text,
        range: (PrintedNumber(text)?.value).flatMap { NiceRange(around: $0, spread: spread, decimals: decimals, allowed: allowed) })
    }
  }

  /// The most frequent of `decimals` (the larger on a tie); 2 instead of 0.
  private static func commonDecimals(_ decimals: [Int]) -> Int {
    var counts: [Int: Int] = [:]
    for count in decimals { counts[count, default: 0] += 1 }
    let common = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }?.key ?? 0
    return common == 0 ? 2 : common
  }

  /// The variant with `values` (one per slot, in order) in place of the slots' numbers, as JSON
  /// text.
  func text(values: [String]) -> String {
    var replacements: [String: String] = [:]
    for (slot, value) in zip(slots, values) { replacements[slot.path] = value }
    guard case let .object(members) = root.kind else { return root.written() }
    let kept = members.filter { $0.key != "expected" && $0.key != "errata" }
    let variant = JSONValue(.object(kept), at: root.position)
    return Self.replacing(variant, path: "", with: replacements).written()
  }

  /// The range a target may take for the output layer's activation, or nil when targets are not
  /// varied: a softmax's targets are a distribution, a step's are 0 or 1.
  private static func targetRange(of network: Network) -> ClosedRange<Double>? {
    network.outputLayer.activation.definition.targetRange
  }

  /// Every number a part may vary, with its path, in the order of the file.
  private static func variedNumbers(in root: JSONValue) -> [(String, String, VariedPart)] {
    var found: [(String, String, VariedPart)] = []
    func numbers(of value: JSONValue?, path: String, part: VariedPart) {
      guard case let .object(members)? = value?.kind else { return }
      for member in members {
        if case let .number(text) = member.value.kind { found.append((path + "." + member.key, text, part)) }
      }
    }
    func example(_ value: JSONValue, path: String) {
      numbers(of: member(value, "inputs"), path: path + ".inputs", part: .inputs)
      numbers(of: member(value, "targets"), path: path + ".targets", part: .targets)
    }
    numbers(of: member(member(root, "network"), "parameters"), path: "network.parameters", part: .params)
    if let single = member(root, "example") { example(single, path: "example") }
    if case let .array(list)? = member(root, "examples")?.kind {
      for (index, value) in list.enumerated() { example(value, path: "examples[\(index)]") }
    }
    return found
  }

  private static func member(_ value: JSONValue?, _ key: String) -> JSONValue? {
    guard case let .object(members)? = value?.kind else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// `value` with the numbers at the paths of `replacements` replaced.
  private static func replacing(_ value: JSONValue, path: String, with replacements: [String: String]) -> JSONValue {
    switch value.kind {
    case .number:
      guard let text = replacements[path] else { return value }
      return JSONValue(.number(text), at: value.position)
    case let .array(elements):
      return JSONValue(
        .array(elements.enumerated().map { replacing($0.element, path: "\(path)[\($0.offset)]", with: replacements) }),
        at: value.position)
    case let .object(members):
      return JSONValue(
        .object(members.map { ($0.key, replacing($0.value, path: path.isEmpty ? $0.key : path + "." + $0.key, with: replacements)) }),
        at: value.position)
    default:
      return value
    }
  }
}
