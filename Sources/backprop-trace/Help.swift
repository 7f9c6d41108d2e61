import BackpropTracer

/// The help texts.
enum Help {
  static let commands = ["trace", "check", "walkthroughs", "help"]

  static var overview: String {
    """
    backprop-trace: trace backpropagation step by step, at the level of single numbers.

    USAGE
      backprop-trace trace FIXTURE [--format markdown|latex|json] [--notation NAME] [--decimals N | --significant N]
                           [--rounded-intermediates] [--detail full|summary|tables] [--steps N] [--output FILE]
      backprop-trace check FIXTURE...
      backprop-trace walkthroughs [--fixtures DIR] [--output DIR]
      backprop-trace help [COMMAND]

    COMMANDS
      trace   Run the forward pass, the backward pass and the update on a fixture's network and
              print every value as a step-by-step derivation (Markdown or LaTeX) or as JSON.
      check   Compare each value a fixture says its book printed with the computed one, at the
              book's printed precision; a line per value.
      walkthroughs
              Regenerate the derivations (Markdown, SVG, LaTeX) of every fixture and the index
              in Walkthroughs/.

    EXIT STATUS
    \(ExitCode.allCases.map { "  " + $0.help }.joined(separator: "\n"))

    Run 'backprop-trace help COMMAND' for a command's options.

    """
  }

  static func text(for command: String) throws(CommandFailure) -> String {
    switch command {
    case "trace":
      return """
        USAGE
          backprop-trace trace FIXTURE [--format markdown|latex|json] [--notation NAME] [--error-term]
                                       [--decimals N | --significant N] [--rounded-intermediates]
                                       [--detail full|summary|tables] [--fragment] [--steps N] [--output FILE]

        Traces one training step of the fixture's network on its example (and more steps with
        --steps), recording every net input, output, error term, chain-rule factor, delta,
        gradient and updated parameter.

        OPTIONS
          --format markdown|latex|json
                                  Markdown with LaTeX math (default) and an SVG figure of the
                                  network written beside it (FILE.svg with --output, else
                                  FIXTURE.svg; FILE-loss.svg for a loss curve when --steps > 1);
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
                                  tables (values only).
          --fragment              With --format latex: only the body, to \\input into slides.
          --steps N               Steps to run (default: the fixture's "steps", else 1). The
                                  first step is derived in full; the error after every step is
                                  recorded.
          --output FILE           Write to FILE (atomically) instead of standard output.

        """
    case "check":
      return """
        USAGE
          backprop-trace check FIXTURE...

        For each fixture, traces its example and compares every value under "expected" with the
        computed one. A printed value matches when the computed value, rounded or truncated to
        the printed number of decimals, gives the printed digits; truncations are reported as
        such. Exit status 0 when every value of every fixture matches, 1 when one does not, 2
        when a fixture is unusable.

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
    case "help", "--help", "-h":
      return overview
    default:
      let guess = nearestName(to: command, among: commands)
      throw usage("unknown command '\(command.terminalSafe)'" + (guess.map { "; did you mean '\($0)'?" } ?? ""))
    }
  }
}
