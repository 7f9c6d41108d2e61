import BackpropTracer
import Testing

@Suite("Tracer")
struct TracerTests {
  @Test("A tracer that lays out once records the same values, run after run, as a fresh trace")
  func reusedLayout() throws {
    let fixture = try Repository.fixture("mazur-2-2-2")
    let tracer = Tracer(network: fixture.network, exampleCount: fixture.examples.count, steps: 3)
    let fresh = try fixture.network.trace(fixture.examples, steps: 3)
    let first = try tracer.trace(fixture.examples), second = try tracer.trace(fixture.examples)
    #expect(first.values == fresh.values)
    #expect(second.values == fresh.values)
    #expect(first.layout === second.layout)
    #expect(first.layout.keys == fresh.layout.keys)
  }

  @Test("An observer hears every interval-th untraced step, with the batch error of that step")
  func observer() throws {
    let fixture = try Repository.fixture("mazur-2-2-2")
    var reports: [TrainingProgress] = []
    let trace = try fixture.network.trace(
      fixture.examples, steps: 7, observer: TrainingObserver(every: 2) { reports.append($0) })
    #expect(reports.map(\.step) == [3, 5, 7])
    #expect(reports.allSatisfy { $0.steps == 7 })
    // A step's batch error is the data-set error before it: after step 2 for the report of step 3.
    #expect(reports.first?.error == trace[Quantity.totalErrorAfterStep(2).key])
  }
}
