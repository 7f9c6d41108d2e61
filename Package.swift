// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "BackpropTracer",
  products: [
    .library(name: "BackpropTracer", targets: ["BackpropTracer"]),
    .executable(name: "backprop-trace", targets: ["backprop-trace"]),
    .executable(name: "backprop-bench", targets: ["backprop-bench"]),
  ],
  dependencies: [],
  targets: [
    .target(name: "BackpropTracer"),
    .executableTarget(name: "backprop-trace", dependencies: ["BackpropTracer"]),
    .executableTarget(name: "backprop-bench", dependencies: ["BackpropTracer"]),
    // The README's "Using the library" example, byte for byte (a test says so and runs it).
    .executableTarget(name: "library-example", dependencies: ["BackpropTracer"]),
    .testTarget(
      name: "BackpropTracerTests", dependencies: ["BackpropTracer", "backprop-trace", "backprop-bench", "library-example"]),
  ]
)
