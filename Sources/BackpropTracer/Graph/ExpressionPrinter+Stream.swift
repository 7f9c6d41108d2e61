/// One piece of a printed node: fixed text, an operand (printed in full at that place), or the
/// operator between the factors of a product (which depends on how the left factor printed).
enum ExpressionPiece {
  case text(String)
  case operand(ExpressionTree)
  case productOperator
}

/// How one syntax (plain text, LaTeX) prints each kind of node, for ``ExpressionPrinter``'s
/// iterative printer.
protocol ExpressionSyntax {
  /// The pieces of one node, in printed order.
  func pieces(of tree: ExpressionTree) -> [ExpressionPiece]
  /// The text between the factors of a product whose right factor is `right`, once the left
  /// factor is printed (`printed` ends with it); `spaced` tells whether the product is spaced.
  func productOperator(right: ExpressionTree, spaced: Bool, printed: String) -> String
}

extension ExpressionPrinter {
  /// Prints `tree` in `syntax` without recursion, appending every piece once to one string, so
  /// any depth prints in time linear in the output.
  ///
  /// A product is spaced when its right factor is a chain factor or its left factor is a spaced
  /// product; each printed node leaves whether it is a spaced product on a stack, which the
  /// product operator after its left factor reads.
  static func print(_ tree: ExpressionTree, _ syntax: some ExpressionSyntax) -> String {
    var printed = ""
    var spacedProducts: [Bool] = []
    var tasks: [PrintTask] = [.piece(.operand(tree), right: nil)]
    while let task = tasks.popLast() {
      switch task {
      case let .piece(.text(text), _):
        printed += text
      case let .piece(.operand(node), _):
        let pieces = syntax.pieces(of: node)
        let right: ExpressionTree?
        if case let .binary(.multiply, _, factor) = node { right = factor } else { right = nil }
        let operands = node.operands.count
        tasks.append(.finish(operands: operands, isProduct: right != nil))
        for piece in pieces.reversed() { tasks.append(.piece(piece, right: right)) }
      case let .piece(.productOperator, right?):
        let leftSpaced = spacedProducts.removeLast()
        let spaced = isChainFactor(right) || leftSpaced
        printed += syntax.productOperator(right: right, spaced: spaced, printed: printed)
        spacedProducts.append(spaced)
      case .piece(.productOperator, nil):
        preconditionFailure("a product operator outside a product")
      case let .finish(operands, isProduct):
        if isProduct {
          spacedProducts.removeLast()  // the right factor's; the product's own stays
        } else {
          spacedProducts.removeLast(operands)
          spacedProducts.append(false)
        }
      }
    }
    return printed
  }
}

/// What the iterative printer does next: print a piece of a node (`right`: the node's right
/// factor when it is a product), or close a node whose operands are printed.
private enum PrintTask {
  case piece(ExpressionPiece, right: ExpressionTree?)
  case finish(operands: Int, isProduct: Bool)
}
