// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "BackpropTracer",
  products: [
    .library(name: "BackpropTracer", targets: ["BackpropTracer"]),
    .executable(name: "backprop-trace", targets: ["backprop-trace"]),
  ],
  dependencies: [],
  targets: [
    .target(name: "BackpropTracer"),
    .executableTarget(name: "backprop-trace", dependencies: ["BackpropTracer"]),
    .testTarget(name: "BackpropTracerTests", dependencies: ["BackpropTracer", "backprop-trace"]),
  ]
)
