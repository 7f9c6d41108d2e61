/// A ledger that keeps the values alone, appended one after the other into the trace's value
/// array: the core notes them in lecture order, so recording a value is one store.
///
struct ValueLedger: Ledger {
  private let values: UnsafeMutableBufferPointer<Double>
  private var count = 0

  /// Runs `body` with a ledger for exactly `count` values; returns them and whether every one is
  /// finite.
  static func recording(count: Int, _ body: (inout ValueLedger) -> Void) -> (values: [Double], allFinite: Bool) {
    var allFinite = true
    let values = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
      var ledger = ValueLedger(values: buffer)
      body(&ledger)
      precondition(ledger.count == count, "the step noted as many values as its layout has")
      initialized = count
      allFinite = Self.allFinite(UnsafeBufferPointer(buffer))
    }
    return (values, allFinite)
  }

  /// Whether no value is ±∞ or NaN, in one pass without a branch per value (which the compiler
  /// turns into vector instructions): a value's exponent bits plus the exponent's lowest bit carry
  /// into the top bit exactly when the exponent is all ones.
  private static func allFinite(_ values: UnsafeBufferPointer<Double>) -> Bool {
    var carries: UInt64 = 0
    for value in values { carries |= (value.bitPattern & 0x7FF0_0000_0000_0000) &+ 0x0010_0000_0000_0000 }
    return carries >> 63 == 0
  }

  private init(values: UnsafeMutableBufferPointer<Double>) { self.values = values }

  @inline(__always) mutating func enter(_ scope: KeyScope) {}

  @inline(__always) mutating func begin(_ section: @autoclosure () -> TraceSection.Kind) {}

  @inline(__always) mutating func note(
    _ quantity: @autoclosure () -> Quantity, _ value: Double, by derivation: @autoclosure () -> Derivation
  ) -> Double {
    precondition(count < values.count, "the step noted as many values as its layout has")
    values.initializeElement(at: count, to: value)
    count &+= 1
    return value
  }
}
