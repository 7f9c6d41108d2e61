/// The help texts of the course commands: `assign`, `grade` and `export`.
enum CourseHelp {
  /// Their lines of the overview's USAGE.
  static let usageLines = """
      backprop-trace assign FIXTURE --roster ROSTER.csv --output DIR [--seed S] [--vary params,inputs,targets] [--spread P]
      backprop-trace grade DIR SUBMISSIONS [--gradebook FILE.csv] [--gradebook-format csv|canvas] [--feedback DIR] [--hide-expected]
      backprop-trace export FIXTURE|DIR --format moodle-xml [--output FILE]
    """

  /// Their lines of the overview's COMMANDS.
  static let commandLines = """
      assign  Make a variant of a homework, a problem sheet and an answer key per student.
      grade   Judge each student's answers against their own variant: a gradebook, feedback.
      export  Write an assignment (or every variant of a course) as Moodle XML questions.
    """

  /// The help of one of them.
  static func text(for command: String) -> String {
    switch command {
    case "assign":
      return """
        USAGE
          backprop-trace assign FIXTURE --roster ROSTER.csv --output DIR [--seed S]
                                [--vary params,inputs,targets] [--spread P]

        Gives each student of the roster a variant of the fixture: its weights and biases
        (params), inputs and targets replaced by "nice" numbers (the fixture's own number of
        decimals, 2 for whole numbers) within ±P% of the original, with the original's sign, never
        0, targets inside the output activation's range (a softmax's or step's are kept). Each
        variant comes from the seed and the student's id alone, differs from every other
        student's, and is a sensible exercise: no |net| above 4, no dead ReLU layer (a draw that
        is not is redrawn, and the count is printed). The fixture must list its questions under
        "assignment".

        DIR gets variants/ID.json (the student's fixture), sheets/ID.md with sheets/ID.svg and
        sheets/ID.tex (the problem sheet: the network, the given values and the questions, with
        no computed value), keys/ID.json (the answers; an answers file that scores 100%) and
        keys/ID.md (values and worked steps), index.csv (a row per student with the roster's
        other columns) and course.json. The folder is written all or nothing; DIR must be new,
        empty, or an earlier output of 'assign' (which is replaced whole).

        ROSTER is a CSV file with a header and an "id" column (other columns are kept); an id is
        1 to 64 ASCII letters, digits, '-', '_' and '.', unique even ignoring case.

        OPTIONS
          --roster ROSTER.csv   The students (required).
          --output DIR          The folder to write (required).
          --seed S              A whole number; the same seed gives the same folder, byte for
                                byte (default: one chosen at random and printed).
          --vary PARTS          What varies: params, inputs, targets, comma-separated (default:
                                all three).
          --spread P            How far a value may move, in percent, above 0 and at most 100
                                (default 50).

        """
    case "grade":
      return """
        USAGE
          backprop-trace grade DIR SUBMISSIONS [--gradebook FILE.csv] [--gradebook-format csv|canvas]
                               [--canvas-assignment NAME] [--feedback DIR] [--hide-expected]
                               [--follow-through-credit F]

        Judges each student's answers file against the student's own variant in DIR (a folder
        written by 'assign') with the same rule as 'verify': correct, follow-through, too
        coarse, wrong, missing, the likely mistake. SUBMISSIONS is a folder of answers files
        named by student id, with any extension (s01.txt, s01.json, s01.csv), in any of the
        three answers formats. A student without a file is "missing"; a file that cannot be read
        (or two files for one student) is "unreadable", with the reason. A sheet whose answers
        are correct for another student's variant more often than for its own (at least half of
        them) is flagged with that student's id. Prints a table, a line per student.

        OPTIONS
          --gradebook FILE.csv     Write the gradebook: a row per roster entry with the roster's
                                   columns, status, score (percent of the assignment's keys),
                                   the counts of each verdict, the likely mistake, the flagged
                                   match and a note.
          --gradebook-format canvas
                                   Write it in Canvas's import format instead: Student, ID,
                                   SIS User ID, SIS Login ID, Section and one assignment column.
          --canvas-assignment NAME The assignment column's header: "Name (ID)" for an existing
                                   Canvas assignment (default: the fixture's title).
          --feedback DIR           Write a Markdown feedback file per student, DIR/ID.md (all or
                                   nothing; DIR must be new, empty or an earlier feedback folder).
          --hide-expected          Feedback without the true values.
          --follow-through-credit F
                                   The credit of a follow-through answer in the score, from 0
                                   (default: only correct answers count) to 1.

        Exit status 0 when every submission could be read, 2 when one could not (the gradebook
        and feedback are still written) or when DIR or an option is unusable.

        """
    default:
      return """
        USAGE
          backprop-trace export FIXTURE|DIR --format moodle-xml [--output FILE]

        Writes the keys of the fixture's "assignment" as Moodle XML (Question bank → Import →
        Moodle XML format): a category named after the fixture and a numerical question per key,
        whose text gives the network and its values, whose answer is the true value with a
        tolerance (the key's tolerance in the fixture, else half a unit of the last of the
        minimum significant digits: 0.0005 for 0.0822 at 2 digits), and whose general feedback is
        the worked step in $$...$$ (Moodle's TeX and MathJax filters). With DIR, a folder written
        by 'assign', one category per student's variant, below a category named after the
        fixture.

        OPTIONS
          --format moodle-xml  The only format (a Canvas CSV is a gradebook: see 'grade').
          --output FILE        Write to FILE (atomically) instead of standard output.

        """
    }
  }
}
