/// Structural checks of a generated SVG file: well-formed XML as far as the writer uses it
/// (tags closed in order, attribute values quoted, every `&` an entity), a root `svg` element
/// with a size, and no number that is not finite.
enum SVGCheck {
  static func problems(in svg: String) -> [String] {
    var problems: [String] = []
    var open: [String] = []
    var rest = svg[...]
    func checkEntities(_ text: Substring) {
      var remainder = text
      while let amp = remainder.firstIndex(of: "&") {
        let entity = remainder[amp...].prefix { $0 != ";" && $0 != " " && $0 != "<" }
        let known = ["&amp", "&lt", "&gt", "&quot", "&apos"].contains(String(entity))
          || entity.hasPrefix("&#") && entity.dropFirst(2).allSatisfy(\.isNumber) && entity.count > 2
        if !known || remainder[amp...].dropFirst(entity.count).first != ";" { problems.append("a bare '&' near: \(remainder[amp...].prefix(30))") }
        remainder = remainder[remainder.index(after: amp)...]
      }
    }
    while let start = rest.firstIndex(of: "<") {
      checkEntities(rest[..<start])
      guard let end = rest[start...].firstIndex(of: ">") else {
        problems.append("a tag that does not end")
        break
      }
      let tag = rest[rest.index(after: start)..<end]
      rest = rest[rest.index(after: end)...]
      if tag.hasPrefix("!--") {  // a comment (the generator's marker)
        if !tag.hasSuffix("--") || tag.dropFirst(3).dropLast(2).contains("--") { problems.append("a malformed comment <\(tag)>") }
        continue
      }
      if tag.hasPrefix("/") {
        let name = String(tag.dropFirst())
        if open.popLast() != name { problems.append("</\(name)> closes another element") }
        continue
      }
      let name = String(tag.prefix { $0 != " " && $0 != "/" })
      let attributes = tag.dropFirst(name.count)
      if attributes.filter({ $0 == "\"" }).count % 2 != 0 { problems.append("an attribute quote that does not close in <\(tag)>") }
      checkEntities(attributes)
      if !tag.hasSuffix("/") { open.append(name) }
    }
    if !open.isEmpty { problems.append("elements left open: \(open)") }
    if !svg.hasPrefix("<svg ") { problems.append("no root svg element") }
    for word in ["NaN", "nan", "inf\"", "Infinity"] where svg.contains(word) { problems.append("'\(word)' printed") }
    return problems
  }
}
