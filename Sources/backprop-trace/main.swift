import BackpropTracer
import Foundation
let data = try! Data(contentsOf: URL(fileURLWithPath: CommandLine.arguments[1]))
do {
  let f = try Fixture.load(Array(data), file: CommandLine.arguments[1])
  let t = try f.trace()
  for e in t.entries { print(e.key, e.value) }
  for x in f.expected { print(x.key, x.printed, x.printed.match(t[x.key]!)) }
} catch { print(error) }
