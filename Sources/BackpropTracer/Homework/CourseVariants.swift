/// How `assign` varies a fixture: the seed, the spread and the parts.
package struct AssignmentPlan: Equatable, Sendable {
  /// The course seed; with the student's id it fixes the student's variant.
  package var seed: UInt64
  /// How far a value may move, as a fraction of itself (0.5 for ±50%).
  package var spread: Double
  /// What varies.
  package var parts: Set<VariedPart>

  /// The most draws for one student before `assign` gives up (a tenth of them when the fixture
  /// itself is no sensible exercise).
  package static let maximumDraws = 1_000

  /// Creates a plan; by default everything varies within ±50%.
  package init(seed: UInt64, spread: Double = 0.5, parts: Set<VariedPart> = Set(VariedPart.allCases)) {
    self.seed = seed
    self.spread = spread
    self.parts = parts
  }
}

/// One student's variant: the fixture's JSON text with the student's numbers, the fixture read
/// back from it and its trace.
package struct StudentVariant: Sendable {
  /// The student, as the roster lists them.
  package let student: Roster.Student
  /// The variant's fixture file, as written (`variants/ID.json`).
  package let json: String
  /// The variant read back.
  package let fixture: Fixture
  /// The variant's trace.
  package let trace: Trace

  /// Creates a variant from its parts.
  package init(student: Roster.Student, json: String, fixture: Fixture, trace: Trace) {
    self.student = student
    self.json = json
    self.fixture = fixture
    self.trace = trace
  }
}

/// Every student's variant of one fixture, each drawn from (seed, id) and redrawn until it is a
/// sensible exercise (`ExerciseCheck`) with values no earlier student of the roster has.
package struct CourseVariants: Sendable {
  /// One variant per student, in the roster's order.
  package let variants: [StudentVariant]
  /// The decimals of the new values.
  package let decimals: Int
  /// The paths of the values that could not vary (no other nice value within the spread).
  package let keptValues: [String]
  /// How many draws were thrown away, by reason ("a dead ReLU layer": 3), in order of first
  /// occurrence.
  package let redraws: [(reason: String, count: Int)]

  /// The precision of the new values: "2 decimals".
  package var precisionDescription: String { decimalsText(decimals) }

  /// The total number of draws thrown away.
  package var redrawCount: Int { redraws.reduce(0) { $0 + $1.count } }

  /// Draws every student's variant of `fixture` (read from `bytes`) by `plan`.
  ///
  /// - Throws: `CourseError` when the fixture has no `"assignment"`, when nothing can vary, or
  ///   when a student gets no sensible, new variant in `AssignmentPlan.maximumDraws` draws.
  /// - Complexity: a trace per draw; draws are redrawn rarely unless the spread is wide.
  package init(fixture: Fixture, bytes: [UInt8], roster: Roster, plan: AssignmentPlan) throws(CourseError) {
    guard !fixture.assignment.isEmpty else {
      throw CourseError(
        file: fixture.file,
        message: "the fixture has no \"assignment\": list the keys the homework asks for, such as \"assignment\": [\"net_h1\", \"out_h1\"]")
    }
    let template = try VariantTemplate(bytes: bytes, fixture: fixture, parts: plan.parts, spread: plan.spread)
    let varying = template.slots.filter { $0.range != nil }
    guard !varying.isEmpty else {
      let parts = VariedPart.allCases.filter(plan.parts.contains).map(\.rawValue).joined(separator: ",")
      throw CourseError(
        file: fixture.file,
        message: "nothing to vary: no value of \(parts) has another value with \(decimalsText(template.decimals)) within ±\(percent(plan.spread))")
    }
    decimals = template.decimals
    keptValues = template.slots.filter { $0.range == nil }.map(\.path)
    // A fixture that is itself no sensible exercise gets fewer draws before it is refused.
    let originalProblem = (try? fixture.record()).flatMap(ExerciseCheck.problem(in:))
    let draws = originalProblem == nil ? AssignmentPlan.maximumDraws : AssignmentPlan.maximumDraws / 10
    var seen: Set<String> = []
    var tally = RedrawTally()
    var variants: [StudentVariant] = []
    for student in roster.students {
      var random = StudentRandom(seed: plan.seed, id: student.id)
      var last = ""
      for _ in 0..<draws {
        let values = template.slots.map { $0.range?.draw(using: &random) ?? $0.original }
        let signature = values.joined(separator: " ")
        switch seen.contains(signature) ? .failure(.repeated) : Self.variant(of: student, template: template, values: values) {
        case let .success(variant):
          seen.insert(signature)
          variants.append(variant)
        case let .failure(problem):
          last = problem.description
          tally.add(problem.kind)
        }
        if variants.last?.student.id == student.id { break }
      }
      guard variants.last?.student.id == student.id else {
        let itself = originalProblem.map { "; the fixture itself has \($0)" } ?? ""
        throw CourseError(
          file: fixture.file,
          message: "no sensible variant for student \"\(student.id)\" in \(AnswerSheet.grouped(draws)) draws (the last: \(last)\(itself)); try a smaller --spread or vary fewer parts")
      }
    }
    self.variants = variants
    redraws = tally.reasons.map { ($0, tally.counts[$0] ?? 0) }
  }

  /// The variant of `student` with `values`, or the reason it is not a sensible exercise.
  private static func variant(
    of student: Roster.Student, template: VariantTemplate, values: [String]
  ) -> Result<StudentVariant, VariantProblem> {
    let json = template.text(values: values)
    let file = "variants/\(student.id).json"
    do {
      let fixture = try Fixture.load(Array(json.utf8), file: file)
      let trace = try fixture.record()
      if let problem = ExerciseCheck.problem(in: trace) { return .failure(.unsuitable(problem)) }
      return .success(StudentVariant(student: student, json: json, fixture: fixture, trace: trace))
    } catch let error as NonFiniteValueError {
      return .failure(.overflow(error.description))
    } catch {
      return .failure(.unreadable("\(error)"))
    }
  }
}

/// The draws thrown away, counted by reason in order of first occurrence.
private struct RedrawTally {
  private(set) var reasons: [String] = []
  private(set) var counts: [String: Int] = [:]

  mutating func add(_ reason: String) {
    if counts[reason] == nil { reasons.append(reason) }
    counts[reason, default: 0] += 1
  }
}

/// Why a draw is thrown away.
private enum VariantProblem: Error {
  case repeated
  case unsuitable(ExerciseCheck.Problem)
  case overflow(String)
  case unreadable(String)

  var kind: String {
    switch self {
    case .repeated: return "the same values as an earlier student"
    case let .unsuitable(problem): return problem.kind
    case .overflow: return "a value that overflowed"
    case .unreadable: return "a fixture the loader refused"
    }
  }

  var description: String {
    switch self {
    case .repeated: return kind
    case let .unsuitable(problem): return problem.description
    case let .overflow(text), let .unreadable(text): return text
    }
  }
}

/// "1 decimal", "2 decimals".
func decimalsText(_ count: Int) -> String {
  "\(count) decimal" + (count == 1 ? "" : "s")
}

/// 0.5 as "50%".
func percent(_ fraction: Double) -> String {
  NumberFormat(decimals: 2).plain(fraction * 100) + "%"
}
