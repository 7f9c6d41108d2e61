import BackpropTracer

/// The help texts.
enum Help {
  static let commands = ["trace", "check", "verify", "quiz", "graph", "assign", "grade", "export", "walkthroughs", "help"]

  static var overview: String {
    """
    backprop-trace: trace backpropagation step by step, at the level of single numbers.

    USAGE
      backprop-trace trace FIXTURE [--format markdown|latex|json] [--notation NAME] [--decimals N | --significant N]
                           [--rounded-intermediates] [--detail full|summary|tables] [--only NAMES] [--steps N] [--quiet]
                           [--output FILE] [--variant NAME]
      backprop-trace check FIXTURE...
      backprop-trace verify FIXTURE ANSWERS... [--format text|markdown|json] [--hide-expected] [--output FILE]
      backprop-trace quiz FIXTURE [--only forward|backward|updates | --keys K1,K2,...] [--reveal] [--report FILE]
      backprop-trace graph FIXTURE [--format markdown|latex|json|dot] [--decimals N] [--fragment] [--output FILE]
    \(CourseHelp.usageLines)
      backprop-trace walkthroughs [--fixtures DIR] [--output DIR]
      backprop-trace help [COMMAND]

    COMMANDS
      trace   Run the forward pass, the backward pass and the update on a fixture's network and
              print every value as a step-by-step derivation (Markdown or LaTeX) or as JSON.
      check   Compare each value a fixture says its book printed with the computed one, at the
              book's printed precision; a line per value.
      verify  Judge students' answers (text, CSV or JSON files) against a fixture: right, wrong,
              consistent with their own earlier answers (follow-through), and the likely mistake.
      quiz    Practise a derivation: type each value in turn and get a hint, then the worked
              step, after a wrong answer; a score and the steps to review at the end.
      graph   Derive the chain rule on a computational graph (a graph fixture, or a network
              fixture's error as a graph): forward values, the backward pass node by node with
              every sum over paths, symbolic derivatives and a gradient check; or Graphviz DOT.
    \(CourseHelp.commandLines)
      walkthroughs
              Regenerate the derivations (Markdown, SVG, LaTeX) of every fixture and the index
              in Walkthroughs/.

    EXIT STATUS
    \(ExitCode.allCases.map { "  " + $0.help }.joined(separator: "\n"))

    Run 'backprop-trace help COMMAND' for a command's options.

    """
  }

  /// The help of `--output FILE`, its description starting at column `width` + 2.
  static func outputOption(width: Int) -> String {
    let lines = [
      "Write to FILE (atomically) instead of standard output; never onto",
      "an input or a folder. A device, a FIFO or /dev/stdout is written",
      "through (no figure); a figure goes beside FILE only where no file",
      "is or over a figure this tool wrote.",
    ]
    let option = "  --output FILE"
    return lines.enumerated().map { index, line in
      (index == 0 ? option + String(repeating: " ", count: width + 2 - option.count) : String(repeating: " ", count: width + 2)) + line
    }.joined(separator: "\n")
  }

  static func text(for command: String) throws(CommandFailure) -> String {
    switch command {
    case "trace":
      return """
        USAGE
          backprop-trace trace FIXTURE [--format markdown|latex|json] [--notation NAME] [--error-term]
                                       [--decimals N | --significant N] [--rounded-intermediates]
                                       [--detail full|summary|tables] [--fragment] [--steps N] [--quiet]
                                       [--output FILE] [--variant NAME]

        Traces one training step of the fixture's network on its example (and more steps with
        --steps), recording every net input, output, error term, chain-rule factor, delta,
        gradient and updated parameter.

        OPTIONS
          --format markdown|latex|json
                                  Markdown with LaTeX math (default) and an SVG figure of the
                                  network written beside it (FILE.svg with --output, none on
                                  standard output; FILE-loss.svg for a loss curve when --steps > 1);
                                  a standalone LaTeX document (pdflatex; amsmath, amssymb, TikZ);
                                  or every value under its stable key as JSON, at full precision.
          --notation NAME         \(NotationPreset.all.map(\.name).joined(separator: ", ")) (default: the
                                  fixture's "notation", else mazur).
          --error-term            Show δ as the error term Err = −∂E/∂net and the update as
                                  w ← w + η·Err·out (the signs shown flip; the numbers do not).
          --decimals N            Decimals shown, 0 to 17 (default 9; trailing zeros are
                                  dropped). Values are always computed in double precision.
          --significant N         Significant digits shown, 1 to 17, instead of --decimals.
          --rounded-intermediates Compute by hand: round every given value and intermediate as
                                  printed before it is used, and end with the drift from full
                                  precision of each updated parameter and of the total error.
          --detail LEVEL          full (every parameter derived, default), summary (one neuron
                                  and one weight per layer derived, the rest in tables), or
                                  tables (values only). Above 2,000 parameters Markdown
                                  and LaTeX default to summary (a note on stderr says so).
          --only NAMES            Derive only these neurons and parameters (comma-separated,
                                  e.g. h1,w5) and leave every other value out.
          --fragment              With --format latex: only the body, to \\input into slides.
          --steps N               Steps to run (default: the fixture's "steps", else 1). The
                                  first step is derived in full; the error over the data set
                                  is recorded after every epoch (every step with the fixture's
                                  "recordError": "everyStep"). A run longer than a second shows its
                                  step, loss and rate on one updating line of stderr (when
                                  stderr is a terminal).
          --quiet                 No progress line.
        \(outputOption(width: 24))
          --gradcheck             Instead of the derivation, print each parameter's gradient beside
                                  a central difference of the error (h = 1e-6) and their
                                  relative error.
          --variant NAME          Compute the step with a deliberate deviation (a common mistake
                                  or an undocumented convention); the output says so at the top.
        \(Variant.allCases.map { "                            " + $0.name + ": the " + $0.summary }.joined(separator: "\n"))

        """
    case "verify":
      return """
        USAGE
          backprop-trace verify FIXTURE ANSWERS... [--format text|markdown|json] [--hide-expected] [--output FILE]

        Judges each answer of each ANSWERS file against the fixture's trace, at the precision the
        student wrote it, with at least 2 significant digits (or the exact value; a fixture may
        set "minimumSignificantDigits" and per-key tolerances): correct (rounded, or with the
        digits cut off), follow-through (what the student's own earlier answers give), too
        coarse (too few digits to judge; scores 0), wrong (with the true value and the
        difference), or missing (keys listed under the fixture's "assignment"). Answers under
        unknown keys are listed apart with the nearest key and not scored. Then names the common
        mistake that best explains the wrong answers, with the answers it reproduces, and the
        slips in single answers (a lost sign, transposed digits, a factor of 2, a power of ten,
        a neighbouring key's value).

        ANSWERS is recognised from its text: a JSON object {"net_h1": 0.3775, ...}; CSV lines
        net_h1,0.3775 (an optional header row); or text lines net_h1 = 0.3775 (# comments, blank
        lines and a trailing comma allowed). Keys are those of 'trace --format json'.

        OPTIONS
          --format text|markdown|json  A terminal report (default), Markdown feedback for the
                                       student, or JSON for a gradebook. Several files give one
                                       summary table.
          --hide-expected              Judge without showing true values or differences.
        \(outputOption(width: 29))

        Each file is judged on its own: an unusable one gets a one-line error and the others
        their reports. Exit status 2 when the fixture or an answers file is unusable (the message
        gives the line), else 1 when an answer is not correct (or is missing or unknown), else 0.

        """
    case "quiz":
      return """
        USAGE
          backprop-trace quiz FIXTURE [--only forward|backward|updates | --keys K1,K2,...] [--reveal] [--report FILE]

        Asks for each value of the fixture's derivation in the order a lecture computes it
        (net_h1, out_h1, ..., E_total, the chain-rule factors, ..., w1_new), showing the formula
        to use, and judges each answer by the same rule as 'verify' (at the precision typed,
        with at least 2 significant digits; follow-through accepted). A wrong answer gets a hint
        (the formula with your own earlier values substituted), a second one the worked step,
        and the quiz goes on with the correct value. A common mistake or a slip that gives your
        answer is named. Something that is not a number, or too coarse to judge, is asked again;
        q or the end of input (Ctrl-D) stops with the score so far. Answers may be piped in, one
        per line.

        OPTIONS
          --only PART      Ask only the forward pass, the backward pass or the updates.
          --keys K1,K2,... Ask only these values (keys of 'trace --format json').
          --reveal         Ask nothing: show the worked steps one at a time (Enter: the next).
          --report FILE    Also write the score and the steps to review to FILE as Markdown
                           (atomically).

        Exit status 0 when the quiz ran (whatever the score), 2 when the fixture or an option is
        unusable, or the input has a line over 1,000 bytes or 100 unusable lines in a row.

        """
    case "check":
      return """
        USAGE
          backprop-trace check FIXTURE...

        For each fixture, traces its example and compares every value under "expected" with the
        computed one. A printed value matches when the computed value, rounded or truncated to
        the printed number of decimals, gives the printed digits; truncations are reported as
        such, and values listed under the fixture's "errata" as known slips of the book (they
        pass when the recorded correction is reproduced). Exit status 0 when every value of every fixture matches, 1 when one does not, 2
        when a fixture is unusable.

        """
    case "graph":
      return """
        USAGE
          backprop-trace graph FIXTURE [--format markdown|latex|json|dot] [--decimals N] [--fragment] [--output FILE]

        FIXTURE is a graph fixture (Fixtures/graphs/NAME.json: "inputs" with values, ordered
        "definitions" such as "y = x^3 + 7", an optional "output" and "notation" leibniz or bars)
        or a network fixture, drawn as the computational graph of its error on its (first)
        example with the parameters as inputs. Formulas use + - * / ^, exp, log, sin, cos, tanh,
        sigma, max(0, u) and step. A formula that cannot be read or evaluated at the given values
        is refused with its position: FILE:LINE:COL: definitions[1]: col 9: expected ')'.

        OPTIONS
          --format markdown|latex|json|dot
                                  Markdown with math (with an SVG figure beside --output FILE),
                                  standalone LaTeX with a TikZ figure, every value under its key
                                  as JSON (value_y, grad_y, local_z_y), or Graphviz DOT with
                                  each node's value and gradient.
          --decimals N            Decimals shown, 0 to 17 (default 6).
          --fragment              With --format latex: only the body.
        \(outputOption(width: 24))

        """
    case "walkthroughs":
      return """
        USAGE
          backprop-trace walkthroughs [--fixtures DIR] [--output DIR]

        Renders every FIXTURE.json of the fixtures folder (default Fixtures) as FIXTURE.md (with
        its figure FIXTURE.svg) and FIXTURE.tex in the output folder (default Walkthroughs), in the
        fixture's notation, with an index README.md. Each file is written
        atomically. Run it from the repository's top folder after changing a fixture or a
        renderer; a test fails while Walkthroughs/ differs from a fresh render.

        """
    case "assign", "grade", "export":
      return CourseHelp.text(for: command)
    case "help", "--help", "-h":
      return overview
    default:
      let guess = nearestName(to: command, among: commands)
      throw usage("unknown command '\(command.terminalSafe)'" + (guess.map { "; did you mean '\($0)'?" } ?? ""))
    }
  }
}
