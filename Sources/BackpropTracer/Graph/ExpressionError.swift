/// A formula that cannot be read, located by its 1-based column.
///
/// The description is one sentence a student can act on:
/// `col 9: expected ')'`, `col 1: unknown function 'foo'; known: exp, log, ...`,
/// `col 5: unexpected end of formula`. The column counts characters of the formula text
/// (not bytes); a problem at the end of the text has column `count + 1`.
package struct ExpressionError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The 1-based column of the character where the problem was noticed.
  package var column: Int
  /// What was expected or found, without the column.
  package var message: String

  /// Creates an error at `column` with `message`.
  package init(column: Int, message: String) {
    self.column = column
    self.message = message
  }

  /// `col N: message`.
  package var description: String { "col \(column): \(message)" }
}
