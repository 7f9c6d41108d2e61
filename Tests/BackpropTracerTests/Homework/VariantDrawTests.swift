import Testing

@testable import BackpropTracer

/// The draw of nice values and the check of a sensible exercise.
@Suite("Variant draws")
struct VariantDrawTests {
  @Test("Nice values are written exactly with the fixture's decimals", arguments: [
    (Int64(5), 2, "0.05"), (-125, 2, "-1.25"), (7, 0, "7"), (-3, 1, "-0.3"), (1234, 3, "1.234"), (40, 2, "0.40"),
  ])
  func text(units: Int64, decimals: Int, expected: String) {
    #expect(NiceRange.text(units: units, decimals: decimals) == expected)
  }

  @Test("The range around a value keeps its sign, leaves out 0 and ends within the spread and the allowed range")
  func range() throws {
    let range = try #require(NiceRange(around: 0.15, spread: 0.5, decimals: 2, allowed: -.infinity ... .infinity))
    #expect((range.lowest, range.highest) == (8, 22))  // 0.075…0.225: 0.08 to 0.22
    let negative = try #require(NiceRange(around: -0.2, spread: 1, decimals: 1, allowed: -.infinity ... .infinity))
    #expect((negative.lowest, negative.highest) == (-4, -1))  // −0.4…0: never 0
    let target = try #require(NiceRange(around: 0.99, spread: 0.5, decimals: 2, allowed: 0...1))
    #expect((target.lowest, target.highest) == (50, 100))
    #expect(NiceRange(around: 0.01, spread: 0.5, decimals: 2, allowed: -.infinity ... .infinity) == nil)  // only 0.01 itself
    #expect(NiceRange(around: 0, spread: 0.5, decimals: 2, allowed: -.infinity ... .infinity) == nil)
  }

  @Test("A draw comes from the seed and the id alone: pinned values of seed 7")
  func pinned() {
    var first = StudentRandom(seed: 7, id: "s01"), again = StudentRandom(seed: 7, id: "s01"), other = StudentRandom(seed: 7, id: "s02")
    let draws = (0..<5).map { _ in first.below(1000) }
    #expect(draws == (0..<5).map { _ in again.below(1000) })
    #expect(draws != (0..<5).map { _ in other.below(1000) })
    // FNV-1a over the seed's 8 bytes and the id, independently: the published offset basis and
    // prime, so a change of the hash shows here.
    var hash: UInt64 = 14_695_981_039_346_656_037
    for byte in [7, 0, 0, 0, 0, 0, 0, 0] + Array("s01".utf8) { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
    #expect(StudentRandom.hash(seed: 7, id: "s01") == hash)
  }

  @Test("Mazur's fixture, seed 7: the variant of s01 is pinned, and it does not depend on the roster")
  func mazurVariant() throws {
    let (bytes, fixture) = try CourseTestSupport.fixture("mazur-2-2-2")
    let alone = try Roster.parse(Array("id\ns01\n".utf8), file: "r.csv")
    let crowd = try Roster.parse(Array("id\nzed\ns02\ns01\n".utf8), file: "r.csv")
    let one = try CourseVariants(fixture: fixture, bytes: bytes, roster: alone, plan: AssignmentPlan(seed: 7))
    let many = try CourseVariants(fixture: fixture, bytes: bytes, roster: crowd, plan: AssignmentPlan(seed: 7))
    #expect(one.variants[0].json == many.variants[2].json)
    #expect(one.variants[0].json.contains("\"inputs\": { \"i1\": 0.04, \"i2\": 0.10 }"))
    #expect(one.variants[0].fixture.network.parameters.map(\.value) == [0.18, 0.14, 0.31, 0.18, 0.36, 0.52, 0.45, 0.47, 0.36, 0.87])
    #expect(one.keptValues == ["example.targets.o1"])
    #expect(one.decimals == 2)
    #expect(!one.variants[0].json.contains("expected"))
  }

  @Test("A saturated neuron and a dead ReLU layer are named")
  func exerciseCheck() throws {
    func trace(_ activation: String, _ weight: String) throws -> Trace {
      try loadFixture("""
        {"title": "t", "network": {"inputs": ["x"], "layers": [{"activation": "\(activation)", "neurons": ["h"], "weights": [["w"]]},
         {"activation": "identity", "neurons": ["y"], "weights": [["v"]]}], "parameters": {"w": \(weight), "v": 0.5}},
         "loss": "halfSquaredError", "learningRate": 0.1, "example": {"inputs": {"x": 2}, "targets": {"y": 1}}}
        """).trace()
    }
    #expect(ExerciseCheck.problem(in: try trace("sigmoid", "2.5"))?.description == "|net_h| = 5 > 4")
    #expect(ExerciseCheck.problem(in: try trace("relu", "-0.5"))?.description == "the ReLU layer of h is dead (no positive net input)")
    #expect(ExerciseCheck.problem(in: try trace("relu", "0.5")) == nil)
  }

  @Test("A fixture without an assignment, or with nothing to vary, is refused")
  func refused() throws {
    let (bytes, fixture) = try CourseTestSupport.fixture("mazur-2-2-2")
    var bare = fixture
    bare.assignment = []
    let roster = try CourseTestSupport.roster(2)
    #expect(throws: CourseError(
      file: "mazur-2-2-2.json",
      message: "the fixture has no \"assignment\": list the keys the homework asks for, such as \"assignment\": [\"net_h1\", \"out_h1\"]")) {
      try CourseVariants(fixture: bare, bytes: bytes, roster: roster, plan: AssignmentPlan(seed: 1))
    }
    #expect(throws: CourseError(file: "mazur-2-2-2.json", message: "nothing to vary: no value of targets has another value with 2 decimals within ±1%")) {
      try CourseVariants(fixture: fixture, bytes: bytes, roster: roster, plan: AssignmentPlan(seed: 1, spread: 0.01, parts: [.targets]))
    }
  }
}
