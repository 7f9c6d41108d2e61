/// Walks over a tree without recursion, so a formula of any depth (a chain `x + x + … + x` is
/// as deep as it is long) is handled in memory proportional to its size, never on the stack.
/// Every other walk over formulas is built on these two.
extension ExpressionTree {
  /// The node's operands, left to right (none for a number or a name).
  var operands: [ExpressionTree] {
    switch self {
    case .number, .name: return []
    case let .negate(operand), let .call(_, operand): return [operand]
    case let .binary(_, left, right): return [left, right]
    }
  }

  /// Combines the tree bottom-up: `combine` gets each node with its operands' results, left to
  /// right, after every node of its left operand and before its parent (post-order, as the
  /// recursive definition would). The first error `combine` throws ends the walk.
  /// - Complexity: O(nodes) time and memory, none of it on the call stack.
  func fold<Result, Failure: Error>(
    _ combine: (ExpressionTree, FoldOperands<Result>) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    var pending: [(tree: ExpressionTree, expanded: Bool)] = [(self, false)]
    var results: [Result] = []
    while let (tree, expanded) = pending.popLast() {
      let operands = tree.operands
      if expanded || operands.isEmpty {
        let start = results.count - operands.count
        let result = try combine(tree, FoldOperands(results: results[start...]))
        results.removeSubrange(start...)
        results.append(result)
      } else {
        pending.append((tree, true))
        for operand in operands.reversed() { pending.append((operand, false)) }
      }
    }
    return results[0]
  }

  /// Visits every node before its operands, left to right (so names in order of appearance),
  /// until `visit` returns false; returns false when it was stopped.
  @discardableResult
  func visitPreOrder(_ visit: (ExpressionTree) -> Bool) -> Bool {
    var pending = [self]
    while let tree = pending.popLast() {
      guard visit(tree) else { return false }
      pending += tree.operands.reversed()
    }
    return true
  }

  /// The number of nodes of the tree (each shared subtree counted at each use).
  package var size: Int {
    var count = 0
    visitPreOrder { _ in
      count += 1
      return true
    }
    return count
  }
}

/// The results of a node's operands in a `fold`: `left` (or the only one) and `right`.
struct FoldOperands<Result> {
  let results: ArraySlice<Result>
  /// The left operand's result, or the only operand's.
  var left: Result { results[results.startIndex] }
  /// The right operand's result.
  var right: Result { results[results.startIndex + 1] }
}
