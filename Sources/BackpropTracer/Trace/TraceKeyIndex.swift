/// The position of every key of a layout, found without `Hasher`: an open-addressing table
/// (linear probing, at most half full) hashed by FNV-1a over the key's UTF-8 bytes.
///
/// A layout's keys are short ASCII strings; for them this is several times faster than a
/// `Dictionary`, whose seeded SipHash costs more per key than the rest of the lookup. A layout
/// of a 784-50-10 network looks up about 650,000 keys while it is built.
struct TraceKeyIndex: Sendable {
  private let keys: [TraceKey]
  /// For each slot, the position of the key stored there, or -1.
  private let slots: [Int32]
  private let mask: Int

  /// The index of `keys`, which must be unique (a duplicate stops the program, naming it).
  init(_ keys: [TraceKey]) {
    precondition(keys.count < Int(Int32.max), "a layout's positions fit in 32 bits")
    var capacity = 16
    while capacity < 2 * keys.count { capacity *= 2 }
    var slots = [Int32](repeating: -1, count: capacity)
    let mask = capacity - 1
    for (position, key) in keys.enumerated() {
      var slot = Self.hash(key) & mask
      while slots[slot] >= 0 {
        precondition(keys[Int(slots[slot])] != key, "duplicate key \(key)")
        slot = (slot + 1) & mask
      }
      slots[slot] = Int32(position)
    }
    self.keys = keys
    self.slots = slots
    self.mask = mask
  }

  /// The position of `key`, or nil when the layout has none.
  func position(of key: TraceKey) -> Int? {
    var slot = Self.hash(key) & mask
    while slots[slot] >= 0 {
      let position = Int(slots[slot])
      if keys[position] == key { return position }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// FNV-1a of the key's UTF-8 bytes, its high bits folded into the low ones the mask keeps.
  ///
  /// The bytes are read in place (`withUTF8`): iterating a `String.UTF8View` costs several times
  /// more per byte.
  private static func hash(_ key: TraceKey) -> Int {
    var text = key.rawValue
    let hash = text.withUTF8 { bytes in
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
      return hash
    }
    return Int(truncatingIfNeeded: hash ^ (hash >> 29))
  }
}
