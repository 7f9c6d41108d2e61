import Foundation

/// The seeds of the generated corpus: fixed ones, so every run covers the same ground, plus one
/// fresh seed per run, printed, so the corpus keeps growing. `BACKPROP_CORPUS_SEED=N[,M…]`
/// replaces the fresh seed, to rerun a case the log named.
enum CorpusSeeds {
  /// The fixed network seeds.
  static let fixed: [UInt64] = Array(0..<32)

  /// The fixed graph seeds (those whose values are all finite are used).
  static let fixedGraphs: [UInt64] = Array(0..<24)

  /// This run's extra seeds: the ones `BACKPROP_CORPUS_SEED` names, else one fresh seed.
  static let extra: [UInt64] = {
    if let text = ProcessInfo.processInfo.environment["BACKPROP_CORPUS_SEED"] {
      let seeds = text.split(separator: ",").compactMap { UInt64($0.trimmingCharacters(in: .whitespaces)) }
      print("corpus: seeds from BACKPROP_CORPUS_SEED: \(seeds.map(String.init).joined(separator: ", "))")
      return seeds
    }
    // Above the fixed ones, so a fresh seed never repeats a fixed case.
    let fresh = UInt64.random(in: 1_000...UInt64(Int64.max))
    print("corpus: fresh seed \(fresh) (rerun with BACKPROP_CORPUS_SEED=\(fresh) swift test --filter Corpus)")
    return [fresh]
  }()

  /// Every network seed of this run.
  static let networks: [UInt64] = fixed + extra

  /// Every graph seed of this run.
  static let graphs: [UInt64] = fixedGraphs + extra

  /// Where to write the sample that `.ci/run` compiles and md-checks (`BACKPROP_CORPUS_OUT`), or nil.
  static let sampleFolder: URL? = ProcessInfo.processInfo.environment["BACKPROP_CORPUS_OUT"].map {
    URL(fileURLWithPath: $0, isDirectory: true)
  }
}
