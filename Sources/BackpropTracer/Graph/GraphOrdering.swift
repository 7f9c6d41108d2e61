/// Orders definitions so each comes after the definitions it uses.
enum GraphOrdering {
  /// Definition indices in dependency order: a depth-first search from each definition in
  /// written order, emitting a definition after its dependencies (so definitions already in
  /// dependency order keep their written order). Names that are not definitions (inputs) are
  /// ignored. Throws ``GraphError/Problem/cycle(_:)`` naming the loop, first name repeated.
  ///
  /// - Complexity: O(definitions + references).
  static func definitionOrder(_ names: [String], _ trees: [ExpressionTree]) throws(GraphError) -> [Int] {
    var indexOfName: [String: Int] = [:]
    for (index, name) in names.enumerated() { indexOfName[name] = index }
    let dependencies = trees.map { tree in tree.names.compactMap { indexOfName[$0] } }

    enum Mark { case unvisited, onPath, done }
    var marks = Array(repeating: Mark.unvisited, count: names.count)
    var positionOnPath = Array(repeating: -1, count: names.count)
    var path: [Int] = []
    var order: [Int] = []

    // Iterative depth-first search: each frame is (definition, next dependency to visit).
    for root in names.indices where marks[root] == .unvisited {
      var stack: [(node: Int, next: Int)] = [(root, 0)]
      marks[root] = .onPath
      positionOnPath[root] = path.count
      path.append(root)
      while let top = stack.last {
        let deps = dependencies[top.node]
        if top.next == deps.count {
          stack.removeLast()
          path.removeLast()
          marks[top.node] = .done
          order.append(top.node)
          continue
        }
        stack[stack.count - 1].next += 1
        let dependency = deps[top.next]
        switch marks[dependency] {
        case .done: continue
        case .onPath:
          let loop = path[positionOnPath[dependency]...] + [dependency]
          throw GraphError(definition: nil, problem: .cycle(loop.map { names[$0] }))
        case .unvisited:
          marks[dependency] = .onPath
          positionOnPath[dependency] = path.count
          path.append(dependency)
          stack.append((dependency, 0))
        }
      }
    }
    return order
  }
}
