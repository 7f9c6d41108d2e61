import Foundation
import Testing

@testable import BackpropTracer

@Suite("Variants")
struct VariantTests {
  @Test("Without a variant the step reproduces the engine bit for bit; later steps too, for plain descent")
  func identity() throws {
    for seed in UInt64(1)...100 {
      let (network, examples) = RandomNetworks.make(seed: seed)
      let trace = try network.trace(examples, steps: 3)
      let replayed = trace.run(nil, overriding: [:])
      for position in 0..<trace.count {
        if case .repeatedSteps = trace.layout.derivations[position], !trace.followsLaterSteps { continue }
        #expect(replayed.values[position] == trace.values[position], "seed \(seed): \(trace.layout.keys[position])")
      }
    }
    let mazur = try Repository.fixture("mazur-2-2-2").trace(steps: 4)
    #expect(mazur.run(nil, overriding: [:]).values == mazur.values)
  }

  @Test("Each variant deviates where its mistake is made, and keeps the keys")
  func deviations() throws {
    let trace = try Repository.fixture("mazur-2-2-2").trace()
    func value(_ variant: Variant, _ key: TraceKey) throws -> Double {
      try #require(trace.replay(variant: variant)[key])
    }
    #expect(try value(.biasOmitted, "net_h1") == 0.15 * 0.05 + 0.2 * 0.1)
    #expect(try value(.sigmoidSignLost, "out_h1") == 1 / (1 + exp(try #require(trace["net_h1"]))))
    #expect(try value(.lossWithoutHalf, "dE_dout_o1") == 2 * (try #require(trace["dE_dout_o1"])))
    #expect(try value(.lossWithoutHalf, "E_o1") == 2 * (try #require(trace["E_o1"])))
    #expect(try value(.gradientAdded, "w5_new") == 0.4 + 0.5 * (try #require(trace["dE_dw5"])))
    #expect(try value(.learningRateOmitted, "w5_new") == 0.4 - (try #require(trace["dE_dw5"])))
    #expect(try value(.slopeOmitted, "delta_o1") == (try #require(trace["dE_dout_o1"])))
    #expect(try value(.slopeOmitted, "dout_dnet_o1") == (try #require(trace["dout_dnet_o1"])))
    #expect(try value(.updatedOutputWeights, "dnet_o1_dout_h1") == (try #require(trace["w5_new"])))
    #expect(try value(.updatedOutputWeights, "dE_dw5") == (try #require(trace["dE_dw5"])))
    #expect(try value(.targetsSwapped, "target_o1") == 0.99)
    #expect(try value(.targetsSwapped, "target_o2") == 0.01)
    for variant in Variant.allCases {
      #expect(trace.replay(variant: variant).layout.keys == trace.layout.keys)
    }
  }

  @Test("Later steps follow the variant: adding the gradient makes the error grow")
  func laterSteps() throws {
    let trace = try Repository.fixture("mazur-2-2-2").trace(steps: 3)
    let deviating = trace.replay(variant: .gradientAdded)
    let before = try #require(deviating["E_total"])
    let after1 = try #require(deviating["E_total_after_step1"])
    let after3 = try #require(deviating["E_total_after_step3"])
    #expect(before < after1 && after1 < after3)
    #expect(deviating["w5_after_step3"] != trace["w5_after_step3"])
  }

  @Test("A variant's walkthrough opens with the deviation notice after the title")
  func notice() throws {
    let trace = try Repository.fixture("mazur-2-2-2").trace().deviating(.sigmoidSignLost)
    let markdown = try #require(
      LectureFiles.render(trace, options: RenderOptions(), format: .markdown, base: nil, notice: Variant.sigmoidSignLost.notice).first
    ).contents
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "# Backpropagation step by step: the 2-2-2 sigmoid network (deliberate deviation: sigmoid-sign-lost)")
    #expect(lines.dropFirst(2).first?.hasPrefix("*Warning: deliberate deviation.*") == true)
    #expect(markdown.contains("The numbers below are computed with a deliberate mistake (variant sigmoid-sign-lost): the sigmoid computed as 1/(1 + e^net), with the exponent's sign lost."))
  }
}
