/// Reads a formula into an ``ExpressionTree`` by recursive descent. Nothing is evaluated.
///
/// Grammar, loosest first:
///
///     sum     := product (('+' | '-') product)*
///     product := unary (('*' | '/') unary)*
///     unary   := '-' unary | power            -x^2 is -(x^2)
///     power   := primary ('^' unary)?         right-associative: 2^3^2 is 2^(3^2)
///     primary := number | name | function '(' sum ')' | 'max' '(' '0' ',' sum ')' | '(' sum ')'
///
/// Functions: `exp log sin cos tanh sigma sigmoid relu step`, and `max(0, u)` meaning ReLU
/// (only with a literal 0 first). A function name cannot be used as a value name.
package struct ExpressionParser {
  /// A name in a formula and the column where it is written, for messages about that name.
  package struct Reference: Equatable, Sendable {
    /// The name as written.
    package var name: String
    /// Its 1-based column in the formula.
    package var column: Int
  }

  /// A parsed formula: the tree, and every name reference in order of appearance (repeats kept).
  package struct Output: Equatable, Sendable {
    /// The formula as a tree.
    package var tree: ExpressionTree
    /// Each occurrence of a name, left to right.
    package var references: [Reference]
  }

  /// The deepest nesting of parentheses and operators accepted, so hostile input cannot exhaust the stack.
  package static let maximumDepth = 200

  /// The longest formula read, in characters: refused before it is split into tokens.
  package static let maximumLength = 10_000

  /// Parses `formula`, throwing the first problem found with its column.
  package static func parse(_ formula: String) throws(ExpressionError) -> ExpressionTree {
    try parseWithReferences(formula).tree
  }

  /// Parses `formula` and also reports where each name occurs.
  package static func parseWithReferences(_ formula: String) throws(ExpressionError) -> Output {
    if formula.utf8.count > maximumLength, case let length = formula.count, length > maximumLength {
      throw ExpressionError(
        column: maximumLength + 1,
        message: "the formula is \(length) characters long, more than the \(maximumLength) allowed: split it into several definitions")
    }
    var parser = ExpressionParser(tokens: try ExpressionLexer.tokens(of: formula))
    if case .end = parser.current.kind {
      throw ExpressionError(column: 1, message: "empty formula")
    }
    let tree = try parser.parseSum()
    if case .end = parser.current.kind {
      return Output(tree: tree, references: parser.references)
    }
    let found = parser.current
    let message =
      found.kind == .symbol(")")
      ? "unmatched ')'" : "expected an operator, found '\(found.text)'"
    throw ExpressionError(column: found.column, message: message)
  }

  private var tokens: [ExpressionToken]
  private var position = 0
  private var depth = 0
  private var references: [Reference] = []

  private init(tokens: [ExpressionToken]) { self.tokens = tokens }

  private var current: ExpressionToken { tokens[position] }

  private mutating func advance() { if position < tokens.count - 1 { position += 1 } }

  private mutating func accept(_ symbol: Character) -> Bool {
    guard current.kind == .symbol(symbol) else { return false }
    advance()
    return true
  }

  private mutating func expect(_ symbol: Character) throws(ExpressionError) {
    guard accept(symbol) else { throw ExpressionError(column: current.column, message: "expected '\(symbol)'") }
  }

  private mutating func enter() throws(ExpressionError) {
    depth += 1
    if depth > Self.maximumDepth {
      throw ExpressionError(column: current.column, message: "formula nested more than \(Self.maximumDepth) levels deep (each parenthesis, unary minus and ^ nests)")
    }
  }

  private mutating func parseSum() throws(ExpressionError) -> ExpressionTree {
    try enter()
    defer { depth -= 1 }
    var tree = try parseProduct()
    while true {
      if accept("+") {
        tree = .binary(.add, tree, try parseProduct())
      } else if accept("-") {
        tree = .binary(.subtract, tree, try parseProduct())
      } else {
        return tree
      }
    }
  }

  private mutating func parseProduct() throws(ExpressionError) -> ExpressionTree {
    var tree = try parseUnary()
    while true {
      if accept("*") {
        tree = .binary(.multiply, tree, try parseUnary())
      } else if accept("/") {
        tree = .binary(.divide, tree, try parseUnary())
      } else {
        return tree
      }
    }
  }

  private mutating func parseUnary() throws(ExpressionError) -> ExpressionTree {
    try enter()
    defer { depth -= 1 }
    if accept("-") { return .negate(try parseUnary()) }
    let base = try parsePrimary()
    return accept("^") ? .binary(.power, base, try parseUnary()) : base
  }

  private mutating func parsePrimary() throws(ExpressionError) -> ExpressionTree {
    let token = current
    switch token.kind {
    case .number(let value):
      advance()
      return .number(value)
    case .name(let name):
      advance()
      if current.kind == .symbol("(") { return try parseCall(name, at: token.column) }
      if ExpressionFunction.isReserved(name) {
        throw ExpressionError(column: current.column, message: "expected '(' after '\(name.terminalSafe)'")
      }
      references.append(Reference(name: name, column: token.column))
      return .name(name)
    case .symbol("("):
      advance()
      let inner = try parseSum()
      try expect(")")
      return inner
    case .end:
      throw ExpressionError(column: token.column, message: "unexpected end of formula")
    case .symbol:
      throw ExpressionError(column: token.column, message: "expected a number, a name or '(', found '\(token.text)'")
    }
  }

  /// Parses `(argument)` after a function name; `max` takes `0, argument`.
  private mutating func parseCall(_ name: String, at column: Int) throws(ExpressionError) -> ExpressionTree {
    guard let spelling = ExpressionFunction.spellings.first(where: { $0.name == name }) else {
      let known = ExpressionFunction.spellings.map(\.name).joined(separator: ", ")
      throw ExpressionError(column: column, message: "unknown function '\(name.terminalSafe)'; known: \(known)")
    }
    try expect("(")
    let function: ExpressionFunction
    if let named = spelling.function {
      function = named
    } else {
      guard case .number(0) = current.kind else {
        throw ExpressionError(column: current.column, message: "max takes a literal 0 first: max(0, u) is ReLU")
      }
      advance()
      try expect(",")
      function = .relu
    }
    let argument = try parseSum()
    try expect(")")
    return .call(function, argument)
  }
}
