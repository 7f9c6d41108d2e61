import Foundation
import Testing

@testable import backprop_trace

/// What a killed `assign` (or `grade --feedback`) leaves beside its folder is cleared by the
/// next run: only when the process that left it has ended.
@Suite("Leftovers of killed course runs")
struct CourseFolderLeftoversTests {
  typealias Workspace = CourseCommandTests.Workspace

  /// The process number of a process that has ended.
  static func endedProcess() throws -> Int32 {
    let ended = Process()
    ended.executableURL = URL(fileURLWithPath: "/bin/true")
    try ended.run()
    ended.waitUntilExit()
    return ended.processIdentifier
  }

  /// A hidden folder `name` holding one file, as a killed run leaves it.
  static func leave(_ name: String, in workspace: Workspace) throws {
    try FileManager.default.createDirectory(atPath: workspace.path(name + "/variants"), withIntermediateDirectories: true)
    try workspace.write("half", to: name + "/variants/s01.json")
  }

  @Test("Half-written folders of ended runs are removed and said; a running process's is kept")
  func removesStaleOnes() throws {
    let workspace = try Workspace(students: 2)
    defer { workspace.clean() }
    #expect(workspace.assign().code == 0)
    let pid = try Self.endedProcess()
    // Process 1 always runs; another folder's leftover is not this run's to clear. The folder
    // exists, so a leftover earlier folder is only removed.
    let (stale, aside, live, other) = (".course.partial-\(pid)", ".course.previous-\(pid)", ".course.partial-1", ".notes.partial-\(pid)")
    for name in [stale, aside, live, other] { try Self.leave(name, in: workspace) }
    let run = workspace.assign()
    #expect(run.code == 0, "\(run.error)")
    #expect(workspace.entries == [other, live, "course", "roster.csv"].sorted())
    #expect(run.output.contains("removed \(workspace.path(stale)), left by a run that was stopped (process \(pid) has ended)\n"))
    #expect(run.output.contains("removed \(workspace.path(aside)), left by a run that was stopped (process \(pid) has ended)\n"))
    #expect(!run.output.contains(workspace.path(live) + ",") && !run.output.contains(workspace.path(other)))
  }

  @Test("Each leftover is named on standard output, after what was written")
  func reportsThem() throws {
    let workspace = try Workspace(students: 2)
    defer { workspace.clean() }
    let pid = try Self.endedProcess()
    try Self.leave(".course.partial-\(pid)", in: workspace)
    let run = workspace.assign()
    #expect(run.code == 0, "\(run.error)")
    #expect(run.output.hasSuffix(
      "wrote 14 files to \(workspace.path("course")): variants/, sheets/, keys/, index.csv, course.json\n"
        + "removed \(workspace.path(".course.partial-\(pid)")), left by a run that was stopped (process \(pid) has ended)\n"))
    #expect(workspace.entries == ["course", "roster.csv"])
  }

  @Test("A run killed between its two renames: the earlier folder is put back, then replaced as usual")
  func putsBackTheEarlierFolder() throws {
    let workspace = try Workspace(students: 2)
    defer { workspace.clean() }
    #expect(workspace.assign(["--seed", "7"]).code == 0)
    let pid = try Self.endedProcess()
    try FileManager.default.moveItem(atPath: workspace.path("course"), toPath: workspace.path(".course.previous-\(pid)"))
    try Self.leave(".course.partial-\(pid)", in: workspace)
    // A roster that cannot be read stops the run before the folder: the leftovers stay.
    try workspace.write("name\nAnn\n", to: "bad.csv")
    let refused = runTool(["assign", mazur, "--roster", workspace.path("bad.csv"), "--output", workspace.path("course")])
    #expect(refused.code == 2)
    #expect(workspace.entries == [".course.partial-\(pid)", ".course.previous-\(pid)", "bad.csv", "roster.csv"])
    let run = workspace.assign()
    #expect(run.code == 0, "\(run.error)")
    #expect(run.output.contains("put back \(workspace.path("course")) from \(workspace.path(".course.previous-\(pid)")), left by a run that was stopped (process \(pid) has ended)\n"))
    #expect(workspace.entries == ["bad.csv", "course", "roster.csv"])
    #expect(try workspace.read("course/course.json").contains("\"seed\": 2024"))
  }

  @Test("grade --feedback clears its folder's leftovers too")
  func feedbackFolder() throws {
    let workspace = try Workspace(students: 2)
    defer { workspace.clean() }
    #expect(workspace.assign().code == 0)
    try FileManager.default.createDirectory(atPath: workspace.path("subs"), withIntermediateDirectories: true)
    let pid = try Self.endedProcess()
    try Self.leave(".feedback.partial-\(pid)", in: workspace)
    let run = runTool(["grade", workspace.path("course"), workspace.path("subs"), "--feedback", workspace.path("feedback")])
    #expect(run.output.contains("removed \(workspace.path(".feedback.partial-\(pid)")), left by a run that was stopped"))
    #expect(!workspace.entries.contains { $0.contains(".partial-") })
  }
}
