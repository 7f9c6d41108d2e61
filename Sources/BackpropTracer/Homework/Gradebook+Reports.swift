extension Gradebook {
  /// The gradebook as CSV, a row per student: id, the roster's other columns, status (`graded`,
  /// `missing`, `unreadable`), score in percent, the counts of the assignment's verdicts, the
  /// likely mistake, the id of another student whose variant the sheet fits better than its own,
  /// and a note (the reason a file could not be read, the evidence of a match). A student not
  /// graded has empty counts.
  package var csv: String {
    let header =
      ["id"] + otherColumns
      + ["status", "score", "correct", "follow_through", "too_coarse", "wrong", "missing", "unknown_keys", "likely_mistake", "matches_variant_of", "note"]
    let rows = entries.map { entry -> [String] in
      var row = [entry.id] + entry.otherFields + [entry.status.name]
      if let score = entry.score(followThroughCredit: followThroughCredit) {
        let counts = entry.counts
        row += [Self.percent(score)] + [counts.correct, counts.followThrough, counts.tooCoarse, counts.wrong, counts.missing, counts.unknown].map(String.init)
      } else {
        row += Array(repeating: "", count: 7)
      }
      row += [entry.likelyMistake ?? "", entry.copied?.id ?? "", note(entry)]
      return row
    }
    return CSVWriter.table(header: header, rows: rows)
  }

  /// The gradebook in the form Canvas imports (Grades → Import): the columns Student, ID,
  /// SIS User ID, SIS Login ID and Section, then one column for the assignment, headed
  /// `assignment` (an existing assignment as "Name (ID)", or a new one by its name), holding
  /// the score in percent. Student, SIS User ID, SIS Login ID and Section come from the roster's
  /// columns of those names (Student falls back to a "Name" column, then the id); ID is the id.
  /// A student who handed in nothing readable gets an empty cell, which Canvas leaves ungraded.
  package func canvasCSV(assignment: String) -> String {
    let header = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", assignment]
    let rows = entries.map { entry -> [String] in
      let student = field("Student", of: entry) ?? field("Name", of: entry) ?? entry.id
      return [
        student, entry.id, field("SIS User ID", of: entry) ?? "", field("SIS Login ID", of: entry) ?? "",
        field("Section", of: entry) ?? "", entry.score(followThroughCredit: followThroughCredit).map(Self.percent) ?? "",
      ]
    }
    return CSVWriter.table(header: header, rows: rows)
  }

  /// A table for the terminal, a line per student, and a line per sheet that fits another
  /// student's variant better than its own.
  package var summary: String {
    let header = ["id", "status", "score", "correct", "follow-through", "too coarse", "wrong", "missing", "unknown", "likely mistake", "matches"]
    let rows = entries.map { entry -> [String] in
      guard let score = entry.score(followThroughCredit: followThroughCredit) else {
        return [entry.id.terminalSafe, entry.status.name] + Array(repeating: "-", count: header.count - 2)
      }
      let counts = entry.counts
      return [entry.id.terminalSafe, entry.status.name, Self.percent(score) + "%", "\(counts.correct)/\(entry.assignment.count)"]
        + [counts.followThrough, counts.tooCoarse, counts.wrong, counts.missing, counts.unknown].map(String.init)
        + [entry.likelyMistake ?? "-", entry.copied?.id ?? "-"]
    }
    var lines = alignedColumns([header] + rows).map { "  " + $0 }
    let graded = entries.filter { $0.status.name == "graded" }.count
    let missing = entries.filter { $0.status.name == "missing" }.count
    lines.insert("\(entries.count) students: \(graded) graded, \(missing) missing, \(entries.count - graded - missing) unreadable", at: 0)
    for entry in entries {
      if case let .unreadable(reason) = entry.status { lines.append("unreadable: \(entry.id): \(reason)") }
      guard let copied = entry.copied else { continue }
      lines.append("flagged: \(entry.id)'s sheet fits \(copied.id)'s variant (\(copied.fits) answers correct for it) better than its own (\(copied.own))")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A Markdown feedback file per student, `ID.md`: the verification report of a graded sheet
  /// (without true values unless `revealsExpected`), or a note that nothing was found or read.
  package func feedbackFiles(revealsExpected: Bool) -> [(name: String, contents: String)] {
    entries.map { entry in
      let text: String
      switch entry.status {
      case let .graded(verification):
        text = VerificationReport(fixture: "the problem sheet of \(entry.id)", sheets: [verification], revealsExpected: revealsExpected).markdown
      case .missing:
        text = notice(entry.id, "No answers file was found for you: a file named \(entry.id), with any extension. Nothing was graded.")
      case let .unreadable(reason):
        text = notice(entry.id, "Your answers file could not be read, so nothing was graded: \(reason)")
      }
      return (entry.id + ".md", text)
    }
  }

  private func notice(_ id: String, _ sentence: String) -> String {
    var document = Document()
    document.add(.heading(level: 1, text: "Feedback for \(id)"))
    document.add(.paragraph([.text(sentence)]))
    return MarkdownRenderer.write(document, imageBase: nil)
  }

  /// The reason a file could not be read, or the evidence that a sheet fits another variant.
  private func note(_ entry: Entry) -> String {
    if case let .unreadable(reason) = entry.status { return reason }
    guard let copied = entry.copied else { return "" }
    return "\(copied.fits) answers are correct for \(copied.id)'s variant, \(copied.own) for the student's own"
  }

  /// The value of the roster's column `name` (any case) for `entry`, or nil when the roster has
  /// no such column or the field is empty.
  private func field(_ name: String, of entry: Entry) -> String? {
    guard let column = otherColumns.firstIndex(where: { $0.lowercased() == name.lowercased() }), column < entry.otherFields.count else { return nil }
    let value = entry.otherFields[column]
    return value.isEmpty ? nil : value
  }

  /// A percentage with at most 2 decimals: `100`, `38.24`.
  static func percent(_ value: Double) -> String { NumberFormat(decimals: 2).plain(value) }
}

/// Rows of text cells as lines with aligned columns (two spaces apart, no trailing spaces).
func alignedColumns(_ rows: [[String]]) -> [String] {
  let widths = (rows.first ?? []).indices.map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
  return rows.map { row in zip(row, widths).map { $0.padded(to: $1) }.joined(separator: "  ").trimmingTrailingSpaces }
}
