import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@testable import BackpropTracer

/// The elements of an XML document as a tree, read with Foundation's parser: parsing fails on
/// a document that is not well formed.
final class XMLTree: NSObject, XMLParserDelegate {
  final class Element {
    let name: String
    let attributes: [String: String]
    var children: [Element] = []
    var text = ""
    init(name: String, attributes: [String: String]) {
      self.name = name
      self.attributes = attributes
    }
    func child(_ name: String) -> Element? { children.first { $0.name == name } }
  }

  private var stack: [Element] = []
  private(set) var root: Element?

  /// The tree of `xml`, or nil when it is not well formed.
  static func parse(_ xml: String) -> Element? {
    let tree = XMLTree()
    let parser = XMLParser(data: Data(xml.utf8))
    parser.delegate = tree
    guard parser.parse(), parser.parserError == nil, tree.stack.isEmpty else { return nil }
    return tree.root
  }

  func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
    let element = Element(name: name, attributes: attributes)
    if let parent = stack.last { parent.children.append(element) } else { root = element }
    stack.append(element)
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    if stack.last?.name == name { stack.removeLast() }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { stack.last?.text += string }
}

/// Moodle XML as Moodle's importer reads it (question/format/xml/format.php).
@Suite("Moodle XML")
struct MoodleQuizTests {
  /// Checks the structure of a Moodle XML `<quiz>`: a category before any question, and per
  /// numerical question a name, an HTML question text, general feedback, and one answer with a
  /// positive tolerance; returns the numerical questions.
  static func questions(of xml: String) throws -> [XMLTree.Element] {
    let quiz = try #require(XMLTree.parse(xml), "not well formed")
    #expect(quiz.name == "quiz")
    #expect(quiz.children.first?.attributes["type"] == "category")
    var numerical: [XMLTree.Element] = []
    for question in quiz.children {
      #expect(question.name == "question")
      switch question.attributes["type"] {
      case "category":
        #expect(question.child("category")?.child("text")?.text.hasPrefix("$course$/top/") == true)
      case "numerical":
        #expect(question.child("name")?.child("text")?.text.isEmpty == false)
        #expect(question.child("questiontext")?.attributes["format"] == "html")
        #expect(question.child("questiontext")?.child("text")?.text.contains("<p>Compute $$") == true)
        #expect(question.child("generalfeedback")?.child("text")?.text.hasPrefix("<p>$$") == true)
        let answers = question.children.filter { $0.name == "answer" }
        #expect(answers.count == 1 && answers[0].attributes["fraction"] == "100")
        #expect(Double(answers.first?.child("text")?.text ?? "") != nil)
        #expect((Double(answers.first?.child("tolerance")?.text ?? "") ?? 0) > 0)
        numerical.append(question)
      default:
        Issue.record("a question of type \(question.attributes["type"] ?? "none")")
      }
    }
    return numerical
  }

  @Test("The checker refuses XML that is not well formed", arguments: ["<quiz><a></quiz>", "<quiz>a & b</quiz>", "<quiz>", "<quiz a=\"1></quiz>"])
  func malformed(xml: String) {
    #expect(XMLTree.parse(xml) == nil)
  }

  @Test("The 2-2-2 assignment is a category and 34 numerical questions with tolerances and worked steps")
  func mazur() throws {
    let (_, fixture) = try CourseTestSupport.fixture("mazur-2-2-2")
    let variant = StudentVariant(student: Roster.Student(id: "", line: 0, fields: []), json: "", fixture: fixture, trace: try fixture.trace())
    let questions = try Self.questions(of: MoodleQuiz.xml([MoodleQuiz.Category(names: [fixture.title], variant: variant)]))
    #expect(questions.count == 34)
    let first = try #require(questions.first)
    #expect(first.child("name")?.child("text")?.text == "01 net_h1")
    #expect(first.child("answer")?.child("text")?.text == "0.3775")
    #expect(first.child("answer")?.child("tolerance")?.text == "0.005")
    #expect(first.child("generalfeedback")?.child("text")?.text
      == "<p>$$\\mathrm{net}_{h1} = w_{1} i_{1} + w_{2} i_{2} + b_{1} = 0.15 \\times 0.05 + 0.2 \\times 0.1 + 0.35 = 0.3775$$</p>")
  }

  @Test("A tolerance accepts the true value at the floor's precision and refuses one digit less", arguments: [
    0.3775, 0.593269992, 0.082167041, -0.019049118, 12.5, 1234.5678, 3.2e-7, 0.999,
  ])
  func tolerance(truth: Double) {
    let tolerance = MoodleQuiz.tolerance(for: "x", truth: truth, judge: .standard)
    let atFloor = Double(NumberFormat(significant: 2).plain(truth)) ?? 0
    let coarser = Double(NumberFormat(significant: 1).plain(truth)) ?? 0
    #expect(abs(atFloor - truth) <= tolerance)
    #expect(abs(coarser - truth) > tolerance || coarser == atFloor)
  }

  @Test("A fixture's own tolerance is the question's")
  func fixtureTolerance() {
    let judge = Judge(tolerances: ["a": .absolute(0.01)], defaultTolerance: .relative(0.05))
    #expect(MoodleQuiz.tolerance(for: "a", truth: 3, judge: judge) == 0.01)
    #expect(abs(MoodleQuiz.tolerance(for: "b", truth: -2, judge: judge) - 0.1) < 1e-12)
  }

  @Test("A hostile title stays text: the XML parses and the category and question text hold it literally")
  func hostileTitle() throws {
    let title = "<b>A & B</b> ]]> $x$ \"q\" 'a' / c"
    var fixture = try mazurFixture(title: title)
    fixture.assignment = ["net_h1"]
    let variant = StudentVariant(student: Roster.Student(id: "", line: 0, fields: []), json: "", fixture: fixture, trace: try fixture.trace())
    let xml = MoodleQuiz.xml([MoodleQuiz.Category(names: [title, "s.1"], variant: variant)])
    let quiz = try #require(XMLTree.parse(xml))
    #expect(quiz.children[0].child("category")?.child("text")?.text == "$course$/top/<b>A & B<//b> ]]> $x$ \"q\" 'a' // c/s.1")
    let text = try #require(quiz.children[1].child("questiontext")?.child("text")?.text)
    #expect(text.hasPrefix("<p>&lt;b&gt;A &amp; B&lt;/b&gt; ]]&gt; &#36;x&#36; &quot;q&quot; &apos;a&apos; / c</p>"))
  }
}
