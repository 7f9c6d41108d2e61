/// One token of a formula with the 1-based column where it starts.
struct ExpressionToken: Equatable {
  enum Kind: Equatable {
    case number(Double)
    case name(String)
    /// One of `+ - * / ^ ( ) ,` (Unicode `−`, `×`, `·` and `÷` are read as their ASCII forms).
    case symbol(Character)
    case end
  }
  var kind: Kind
  var column: Int
  /// The text as written, for messages.
  var text: String
}

/// Splits a formula into tokens. Numbers: `12`, `0.5`, `.5`, `6.02e23`, `1E-3`; names:
/// `[A-Za-z][A-Za-z0-9]*`. The last token is always `.end` at column `count + 1`.
enum ExpressionLexer {
  static func tokens(of formula: String) throws(ExpressionError) -> [ExpressionToken] {
    let characters = Array(formula)
    var tokens: [ExpressionToken] = []
    var position = 0
    while position < characters.count {
      let character = characters[position]
      let column = position + 1
      if character.isWhitespace {
        position += 1
      } else if character.isASCIIDigit || (character == "." && nextIsDigit(characters, position)) {
        let end = numberEnd(characters, from: position)
        let text = String(characters[position..<end])
        guard let value = Double(text), value.isFinite else {
          throw ExpressionError(column: column, message: "number '\(text.terminalSafe)' is out of range")
        }
        tokens.append(ExpressionToken(kind: .number(value), column: column, text: text))
        position = end
      } else if character.isASCIILetter {
        var end = position + 1
        while end < characters.count, characters[end].isASCIILetter || characters[end].isASCIIDigit {
          end += 1
        }
        let text = String(characters[position..<end])
        tokens.append(ExpressionToken(kind: .name(text), column: column, text: text))
        position = end
      } else if let symbol = asciiSymbol(character) {
        tokens.append(ExpressionToken(kind: .symbol(symbol), column: column, text: String(character)))
        position += 1
      } else {
        throw ExpressionError(column: column, message: "unexpected character '\(character)'")
      }
    }
    tokens.append(ExpressionToken(kind: .end, column: characters.count + 1, text: ""))
    return tokens
  }

  private static func asciiSymbol(_ character: Character) -> Character? {
    switch character {
    case "+", "-", "*", "/", "^", "(", ")", ",": return character
    case "\u{2212}": return "-"
    case "\u{00D7}", "\u{00B7}", "\u{22C5}": return "*"
    case "\u{00F7}": return "/"
    default: return nil
    }
  }

  private static func nextIsDigit(_ characters: [Character], _ position: Int) -> Bool {
    position + 1 < characters.count && characters[position + 1].isASCIIDigit
  }

  /// The end of the number starting at `start`: digits, an optional fraction, and an exponent
  /// only when digits follow `e`/`E` (so `2e` stops before the `e`).
  private static func numberEnd(_ characters: [Character], from start: Int) -> Int {
    var end = start
    func skipDigits() { while end < characters.count, characters[end].isASCIIDigit { end += 1 } }
    skipDigits()
    if end < characters.count, characters[end] == ".", nextIsDigit(characters, end) {
      end += 1
      skipDigits()
    }
    if end < characters.count, characters[end] == "e" || characters[end] == "E" {
      var exponent = end + 1
      if exponent < characters.count, characters[exponent] == "+" || characters[exponent] == "-" {
        exponent += 1
      }
      if exponent < characters.count, characters[exponent].isASCIIDigit {
        end = exponent
        skipDigits()
      }
    }
    return end
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
  var isASCIILetter: Bool { isASCII && isLetter }
}
