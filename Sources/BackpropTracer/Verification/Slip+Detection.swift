/// The values a slip in one answer may have started from.
package struct SlipSources: Sendable {
  /// A value of another key the student may have written instead.
  package struct Neighbour: Sendable {
    package let key: TraceKey
    /// The key's true value.
    package let truth: Double
    /// The student's answer for it, if any.
    package let student: Double?
    /// True when the key is an operand of the answer's formula, not a key of the same kind.
    package let isOperand: Bool
  }

  /// The answer's true value.
  package let truth: Double
  /// What the student's other answers give for it (follow-through), if anything.
  package let followThrough: Double?
  /// The values of other keys, in the order tried.
  package let neighbours: [Neighbour]
}

extension SlipFinding {
  /// The powers of ten tried for a misplaced decimal point, in the order tried.
  static let exponents = [1, -1, 2, -2, 3, -3]

  /// The first slip that gives `answer` under `judge`'s rule: the judge credits the answer when
  /// the slip's distortion of the true value is taken as the true value and its distortion of
  /// the follow-through value as the follow-through value. Tried in order: a lost sign,
  /// transposed digits (of the true or the follow-through value, at the answer's decimals), a
  /// factor of 2, a power of ten, then a neighbour's value (its true value, or the student's
  /// answer for it as follow-through). The answer must show the judge's minimum significant
  /// digits (the exact-value exemption of the floor is for true values). Nil when none does.
  ///
  /// Call it for wrong answers only: a correct answer is also "reproduced" by its true value.
  package static func find(in answer: PrintedNumber, key: TraceKey, sources: SlipSources, judge: Judge) -> SlipFinding? {
    guard judge.tolerance(for: key) != nil || answer.significantDigits >= judge.minimumSignificantDigits else { return nil }
    /// The slip, when the judge credits the answer for `distortion` of `truth` and
    /// `followThrough`; its reference is the undistorted value the answer was credited for.
    func credited(_ slip: Slip, truth: Double, followThrough: Double?, distortion: (Double) -> Double = { $0 }) -> SlipFinding? {
      switch judge.judge(answer, key: key, truth: distortion(truth), followThrough: followThrough.map(distortion)) {
      case .correct, .correctTruncated: return SlipFinding(slip: slip, reference: truth, fromStudent: false)
      case .followThrough: return followThrough.map { SlipFinding(slip: slip, reference: $0, fromStudent: true) }
      case .tooCoarse, .wrong: return nil
      }
    }
    func scaled(_ slip: Slip, by factor: @escaping (Double) -> Double) -> SlipFinding? {
      sources.truth == 0 ? nil : credited(slip, truth: sources.truth, followThrough: sources.followThrough, distortion: factor)
    }
    let powers = exponents.lazy.compactMap { exponent in
      let scale = (0..<abs(exponent)).reduce(1.0) { factor, _ in factor * 10 }
      return scaled(.powerOfTen(exponent: exponent)) { exponent > 0 ? $0 * scale : $0 / scale }
    }
    let transposed = ([sources.followThrough].compactMap { $0 }.map { ($0, true) } + [(sources.truth, false)]).first {
      answer.significantDigits >= 2 && answer.isTransposition(of: $0.0)
    }
    let neighbour = sources.neighbours.lazy.compactMap { neighbour in
      credited(.neighbour(neighbour.key, isOperand: neighbour.isOperand), truth: neighbour.truth, followThrough: neighbour.student)
    }.first
    return scaled(.lostSign) { -$0 }
      ?? transposed.map { SlipFinding(slip: .transposedDigits, reference: $0.0, fromStudent: $0.1) }
      ?? scaled(.doubled) { 2 * $0 } ?? scaled(.halved) { $0 / 2 } ?? powers.first ?? neighbour
  }
}

extension Trace {
  /// How far before and after an entry to look for a neighbour of the same kind.
  static let neighbourWindow = 256

  /// The values a slip in the answer at `position` may have started from: the true value and
  /// `followThrough` (unless it is the true value); then the nearest entry before and after of
  /// the same kind (a key that differs only in its numbers: `dE_dw5` for `dE_dw6`, within
  /// `neighbourWindow` entries) and the operands of its formula (`w5` for `w5_new`), each with
  /// its true value and the student's answer for it (if any).
  /// - Complexity: O(neighbourWindow + operands).
  package func slipSources(at position: Int, followThrough: Double?, student: [Int: Double]) -> SlipSources {
    let key = layout.keys[position]
    let before = stride(from: position - 1, through: max(0, position - Self.neighbourWindow), by: -1)
    let after = stride(from: position + 1, to: min(count, position + 1 + Self.neighbourWindow), by: 1)
    let sameKind = [before.first { layout.keys[$0].hasSameShape(as: key) }, after.first { layout.keys[$0].hasSameShape(as: key) }]
    let operands = layout.operands(of: position).filter { $0 >= 0 && layout.derivations[$0] != .one }
    let neighbours = sameKind.compactMap { $0 }.map { ($0, false) } + operands.map { ($0, true) }
    return SlipSources(
      truth: values[position], followThrough: followThrough == values[position] ? nil : followThrough,
      neighbours: neighbours.map { candidate, isOperand in
        SlipSources.Neighbour(key: layout.keys[candidate], truth: values[candidate], student: student[candidate], isOperand: isOperand)
      })
  }
}

extension TraceKey {
  /// True when the two keys differ only in their numbers, run of digits for run of digits
  /// (`dE_dw5` and `dE_dw6`, `w9_new` and `w10_new`): keys of the same kind about neighbouring
  /// names. Compares in place, without building strings.
  func hasSameShape(as other: TraceKey) -> Bool {
    func isDigit(_ byte: UInt8?) -> Bool { byte.map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } ?? false }
    var left = rawValue.utf8.makeIterator(), right = other.rawValue.utf8.makeIterator()
    var a = left.next(), b = right.next()
    while true {
      guard isDigit(a) == isDigit(b) else { return false }
      if isDigit(a) {
        while isDigit(a) { a = left.next() }
        while isDigit(b) { b = right.next() }
        continue
      }
      guard a == b else { return false }
      guard a != nil else { return true }
      a = left.next()
      b = right.next()
    }
  }
}
