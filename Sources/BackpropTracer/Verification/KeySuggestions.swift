/// "Did you mean" for keys an answers file gives that the trace does not have.
///
/// First the usual ways of writing a key are rewritten into the trace's: update marks
/// (`w5+`, `w5'`, `w5_updated`, `w5 new` → `w5_new`), gradients (`dEdw5`, `dE/dw5`, `∂E/∂w5`,
/// `dEtotal/dw5` → `dE_dw5`) and deltas (`δo1`, `delta o1` → `delta_o1`), case ignored, looked up in
/// an index: O(key length) per key. Then a spelling search (`nearestName`, at most 2 edits) among
/// keys of about the same length, for at most `maximumSpellingSearches` unknown keys of up to
/// `maximumSpellingLength` characters, within `spellingBudget` character comparisons in all, so a
/// sheet of many unknown keys or a huge key costs no more than a moment.
struct KeySuggestions {
  /// The most unknown keys of one sheet that get a spelling search.
  static let maximumSpellingSearches = 100
  /// The longest unknown key that gets a spelling search.
  static let maximumSpellingLength = 64
  /// The character comparisons all spelling searches of one sheet may take together.
  static let spellingBudget = 20_000_000

  private let layout: TraceLayout
  /// Every key, lowercased, to the key (the first in lecture order when two differ in case only).
  private let lowercased: [String: TraceKey]
  /// The positions of the keys, by the keys' length in characters.
  private var byLength: [Int: [Int]]?
  private var searches = 0
  private var budget = spellingBudget

  init(layout: TraceLayout) {
    self.layout = layout
    var index: [String: TraceKey] = [:]
    index.reserveCapacity(layout.count)
    for key in layout.keys where index[key.rawValue.lowercased()] == nil { index[key.rawValue.lowercased()] = key }
    lowercased = index
  }

  /// The key `written` most likely means, or nil.
  mutating func suggestion(for written: String) -> String? {
    for candidate in Self.rewrites(of: written) {
      if let key = lowercased[candidate] { return key.rawValue }
    }
    return spellingSuggestion(for: written)
  }

  /// `written` lowercased, with its spaces, hyphens, `∂` and `δ` normalised, then rewritten as
  /// an update, a gradient and a delta: the spellings to look up, in order.
  static func rewrites(of written: String) -> [String] {
    var text = ""
    for character in written.lowercased() {
      switch character {
      case " ", "-": text += "_"
      case "∂": text += "d"
      case "δ": text += "delta_"
      case "’", "′": text += "'"
      case "/", "\t": continue
      default: text.append(character)
      }
    }
    while text.contains("__") { text = text.replacing("__", with: "_") }
    var candidates = [text]
    for mark in ["_updated", "updated", "_new", "new", "_next", "(new)", "^+", "+", "'", "*"] where text.hasSuffix(mark) {
      candidates.append(trimmedUnderscores(text.dropLast(mark.count)) + "_new")
    }
    if text.hasPrefix("new_") { candidates.append(trimmedUnderscores(text.dropFirst(4)) + "_new") }
    for prefix in ["de_total", "detotal", "de"] where text.hasPrefix(prefix) {
      let rest = trimmedUnderscores(text.dropFirst(prefix.count))
      if rest.hasPrefix("d"), rest.count > 1 { candidates.append("de_d" + trimmedUnderscores(rest.dropFirst())) }
    }
    if text.hasPrefix("delta") { candidates.append("delta_" + trimmedUnderscores(text.dropFirst(5))) }
    return candidates
  }

  private static func trimmedUnderscores(_ text: Substring) -> String {
    String(text.drop { $0 == "_" }.reversed().drop { $0 == "_" }.reversed())
  }

  /// The nearest key by spelling, within the limits.
  private mutating func spellingSuggestion(for written: String) -> String? {
    let length = written.count
    guard searches < Self.maximumSpellingSearches, length <= Self.maximumSpellingLength else { return nil }
    searches += 1
    if byLength == nil { byLength = Dictionary(grouping: 0..<layout.count) { layout.keys[$0].rawValue.count } }
    let positions = (length - 2...length + 2).flatMap { byLength?[$0] ?? [] }
    let cost = positions.count * (length + 1) * (length + 3)
    guard cost <= budget else { return nil }
    budget -= cost
    // In lecture order, so that ties go to the earliest key, as everywhere else.
    return nearestName(to: written, among: positions.sorted().map { layout.keys[$0].rawValue })
  }
}
