/// A table of comma-separated values as spreadsheets write them (RFC 4180): a header row, then
/// one row per record; a field in double quotes may hold separators, line breaks and doubled
/// quotes (`""`). A byte-order mark, CRLF line ends and blank lines are accepted. The separator
/// is the comma, or the semicolon or tab when the header has more of those than of commas
/// (spreadsheets in many locales write `;`).
package struct CSVTable: Equatable, Sendable {
  /// One record and the line it starts on (1-based).
  package struct Row: Equatable, Sendable {
    /// The line of the file the record starts on.
    package let line: Int
    /// The fields, as many as the header has.
    package let fields: [String]
  }

  /// The column names, as written (surrounding spaces removed).
  package let header: [String]
  /// The records after the header, in order.
  package let rows: [Row]

  /// Reads a table; every record must have as many fields as the header.
  ///
  /// - Throws: `CourseError` with the line of the first problem: text that is not UTF-8, a
  ///   quoted field that is not closed, text after a closing quote, a record of the wrong length,
  ///   an empty file.
  package static func parse(_ bytes: [UInt8], file: String) throws(CourseError) -> CSVTable {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    guard let text = String(validating: body, as: UTF8.self) else {
      throw CourseError(file: file, message: "not a text file in UTF-8 (save the spreadsheet as \"CSV UTF-8\")")
    }
    var reader = CSVReader(text: text, file: file)
    reader.separator = separator(of: text)
    guard let first = try reader.next() else { throw CourseError(file: file, line: 1, message: "the file is empty: expected a header row") }
    let header = first.fields.map(\.trimmingSpaces)
    var rows: [Row] = []
    while let record = try reader.next() {
      guard record.fields.count == header.count else {
        throw CourseError(
          file: file, line: record.line,
          message: "expected \(header.count) fields as in the header, found \(record.fields.count)")
      }
      rows.append(record)
    }
    return CSVTable(header: header, rows: rows)
  }

  /// The position of the first column named `name`, ignoring case and surrounding spaces.
  package func column(_ name: String) -> Int? {
    header.firstIndex { $0.lowercased() == name.lowercased() }
  }

  /// The separator the header uses most: `,` unless it has more `;` or tabs.
  private static func separator(of text: String) -> Character {
    let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
    let commas = firstLine.filter { $0 == "," }.count
    let semicolons = firstLine.filter { $0 == ";" }.count
    let tabs = firstLine.filter { $0 == "\t" }.count
    if semicolons > commas, semicolons >= tabs { return ";" }
    return tabs > commas ? "\t" : ","
  }
}

/// Reads the records of a CSV text one at a time.
private struct CSVReader {
  let text: String
  let file: String
  var separator: Character = ","
  private var index: String.Index
  private var line = 1

  init(text: String, file: String) {
    self.text = text
    self.file = file
    index = text.startIndex
  }

  /// The next record that is not a blank line, or nil at the end.
  mutating func next() throws(CourseError) -> CSVTable.Row? {
    while index < text.endIndex {
      let start = line
      let fields = try record()
      if fields != [""] { return CSVTable.Row(line: start, fields: fields) }
    }
    return nil
  }

  /// The fields up to the end of the line (or of the text), past the line break.
  private mutating func record() throws(CourseError) -> [String] {
    let start = line
    var fields: [String] = []
    var field = ""
    var quoted = false
    while index < text.endIndex {
      let character = text[index]
      index = text.index(after: index)
      if quoted {
        if character == "\"" {
          if index < text.endIndex, text[index] == "\"" {
            field.append("\"")
            index = text.index(after: index)
          } else {
            quoted = false
            if index < text.endIndex, text[index] != separator, !text[index].isNewline {
              throw CourseError(file: file, line: line, message: "text after the closing quote of a field (write a quote inside a field as \"\")")
            }
          }
        } else {
          if character.isNewline { line += 1 }
          field.append(character)
        }
      } else if character == separator {
        fields.append(field)
        field = ""
      } else if character.isNewline {
        line += 1
        fields.append(field)
        return fields
      } else if character == "\"", field.allSatisfy({ $0 == " " }) {
        field = ""
        quoted = true
      } else {
        field.append(character)
      }
    }
    if quoted { throw CourseError(file: file, line: start, message: "a quoted field is not closed (a \" is missing)") }
    fields.append(field)
    return fields
  }
}

/// Writes CSV records: fields joined by commas, a field quoted when it holds a comma, a quote, a
/// line break or surrounding spaces; records end with CRLF, as RFC 4180 and spreadsheets write.
package enum CSVWriter {
  /// The UTF-8 byte-order mark (EF BB BF) a table begins with: without it Excel reads a CSV file
  /// in the system's legacy code page, and "Gödel" opens as "GÃ¶del". LibreOffice, Google
  /// Sheets, Python's `utf-8-sig` and this tool's readers (`CSVTable`) skip it.
  package static let byteOrderMark = "\u{FEFF}"

  /// One record, ending with CRLF.
  package static func record(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\r\n"
  }

  /// A whole table, for spreadsheets: the byte-order mark, the header, then each row.
  package static func table(header: [String], rows: [[String]]) -> String {
    byteOrderMark + ([header] + rows).map(record).joined()
  }

  private static func field(_ text: String) -> String {
    let needsQuotes =
      text.contains { $0 == "," || $0 == "\"" || $0.isNewline || $0 == ";" } || text.first == " " || text.last == " "
    guard needsQuotes else { return text }
    return "\"" + text.replacing("\"", with: "\"\"") + "\""
  }
}
