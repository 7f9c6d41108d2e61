import Foundation
import Testing

/// Checks one case's outputs and writes the corpus sample that `.ci/run` gives to the real
/// engines.
enum CorpusOutput {
  /// Records an issue for every problem of the Markdown (and its SVG figures), the LaTeX and
  /// the fragment; `label` names the case (seed, notation, detail) so it can be rerun.
  static func check(markdown files: [(name: String, contents: String)], latex: String, fragment: String?, label: String) {
    var problems: [String] = []
    for file in files {
      if file.name.hasSuffix(".svg") {
        problems += SVGCheck.problems(in: file.contents).map { "\(file.name): \($0)" }
      } else {
        problems += MarkdownCheck.problems(in: file.contents).map { "Markdown: \($0)" }
      }
      if file.contents.contains("NaN") || file.contents.contains("Infinity") { problems.append("\(file.name): a value that is not a number") }
    }
    problems += LaTeXCheck.problems(in: latex).map { "LaTeX: \($0)" }
    if let fragment { problems += LaTeXCheck.problems(in: fragment).map { "fragment: \($0)" } }
    guard !problems.isEmpty else { return }
    let first = problems.prefix(6).joined(separator: "\n")
    Issue.record("\(label): \(problems.count) problems, the first ones:\n\(first)")
  }

  /// Checks a Beamer deck's LaTeX and, for a third of the seeds, writes it to
  /// `BACKPROP_CORPUS_OUT` as `base-deck.tex`, which `.ci/run` compiles and whose log it reads
  /// for overfull boxes.
  static func deck(_ deck: String, base: String, seed: UInt64, label: String) {
    let problems = LaTeXCheck.problems(in: deck)
    if !problems.isEmpty {
      Issue.record("\(label): the deck has \(problems.count) problems, the first ones:\n\(problems.prefix(6).joined(separator: "\n"))")
    }
    guard seed % 3 == 0 else { return }
    write([(base + "-deck.tex", deck)])
  }

  /// Writes files to `BACKPROP_CORPUS_OUT`, when it is set.
  static func write(_ files: [(String, String)]) {
    guard let folder = CorpusSeeds.sampleFolder else { return }
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      for (name, contents) in files {
        try Data(contents.utf8).write(to: folder.appendingPathComponent(name), options: .atomic)
      }
    } catch {
      Issue.record("could not write the corpus sample to \(folder.path): \(error)")
    }
  }

  /// Writes part of a case to `BACKPROP_CORPUS_OUT` (when set): the standalone LaTeX of two
  /// variants per seed, a fragment wrapped in a minimal document for a quarter of the seeds,
  /// and the Markdown with its figures for another quarter, so that `.ci/run` compiles about 100
  /// documents and md-checks about 12.
  static func sample(
    markdown: [(name: String, contents: String)], latex: String, fragment: String, base: String, seed: UInt64, variant: Int
  ) {
    guard CorpusSeeds.sampleFolder != nil else { return }
    let chosen = Int(seed % 6)
    var files: [(String, String)] = []
    if variant == chosen || variant == (chosen + 3) % 6 { files.append((base + ".tex", latex)) }
    if variant == chosen, seed % 4 == 0 {
      let wrapper = "\\documentclass{article}\n\\usepackage{amsmath,amssymb,tikz}\n\\begin{document}\n" + fragment + "\\end{document}\n"
      files.append((base + "-fragment.tex", wrapper))
    }
    if variant == chosen, seed % 4 == 1 { files += markdown.map { ($0.name, $0.contents) } }
    write(files)
  }
}
