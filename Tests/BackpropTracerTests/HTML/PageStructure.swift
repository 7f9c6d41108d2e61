import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A page read as XML (which it must be: XHTML-compatible markup), with what the tests check:
/// every element's name and attributes in document order, which elements lie inside `<math>`,
/// the data-key and data-value of every value shown, and the text outside `<pre>`, `<script>` and
/// `<style>`.
final class PageStructure: NSObject, XMLParserDelegate {
  struct Element {
    let name: String
    let attributes: [String: String]
    /// True for an element inside a `<math>` element (the `<math>` itself included).
    let inMath: Bool
  }

  private(set) var elements: [Element] = []
  /// (key, value) of every element that carries a `data-key`, in order.
  private(set) var values: [(key: String, value: String)] = []
  /// The text of the page outside `<pre>`, `<script>` and `<style>`.
  private(set) var prose = ""
  /// The content of each `<script>` element.
  private(set) var scripts: [String] = []
  /// The parser's error, when the page is not well-formed.
  private(set) var error: String?

  private var open: [String] = []
  private var mathDepth = 0
  private var script: String?

  /// Parses `page`; `error` is set when it is not well-formed XML.
  init(_ page: String) {
    super.init()
    let parser = XMLParser(data: Data(page.utf8))
    parser.delegate = self
    if !parser.parse() {
      error = parser.parserError.map { "\($0) at line \(parser.lineNumber), column \(parser.columnNumber)" } ?? "not well-formed"
    }
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    if name == "math" { mathDepth += 1 }
    elements.append(Element(name: name, attributes: attributes, inMath: mathDepth > 0))
    if let key = attributes["data-key"] { values.append((key, attributes["data-value"] ?? "")) }
    if name == "script" { script = "" }
    open.append(name)
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    if name == "math" { mathDepth -= 1 }
    if name == "script", let script {
      scripts.append(script)
      self.script = nil
    }
    open.removeLast()
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { collect(string) }

  func parser(_ parser: XMLParser, foundCDATA block: Data) { collect(String(decoding: block, as: UTF8.self)) }

  private func collect(_ text: String) {
    if script != nil { script? += text }
    if !open.contains(where: { ["pre", "script", "style"].contains($0) }) { prose += text }
  }

  /// The MathML Core elements.
  static let mathMLElements: Set<String> = [
    "math", "mi", "mn", "mo", "mtext", "mspace", "ms", "mrow", "mfrac", "msqrt", "mroot", "mstyle", "merror",
    "mpadded", "mphantom", "msub", "msup", "msubsup", "munder", "mover", "munderover", "mmultiscripts",
    "mprescripts", "none", "mtable", "mtr", "mtd", "semantics", "annotation", "annotation-xml",
  ]
}
