#if canImport(Glibc)
  import Glibc
#endif

/// How the process's memory allocator is set up for one short command.
enum ProcessMemory {
  /// Keeps memory that the command frees for its next allocations, instead of handing it back to
  /// the system and asking for fresh pages again.
  ///
  /// A derivation of a large network builds arrays of tens of megabytes. By default glibc maps
  /// each block above 128 KB on its own and unmaps it when it is freed, so every such block
  /// touches fresh pages, each a page fault that the kernel answers with a zeroed page. With
  /// large blocks taken from the heap, and the heap neither trimmed nor grown in small steps,
  /// freed memory is used again. A process that runs for a second at most loses nothing by
  /// holding on to it. Elsewhere than glibc, nothing changes.
  ///
  /// Huge pages (`madvise(MADV_HUGEPAGE)` over the heap) cut the faults of a 784-50-10 Markdown
  /// trace from 30,000 to 1,300 but made its system time swing between 0.01 and 0.3 s on this
  /// project's virtual machine, whose host takes back free 2 MB blocks: each huge page was
  /// backed anew by the host as it was zeroed. So pages stay the default size.
  static func keepFreedMemory() {
    #if canImport(Glibc)
      // `mallopt` is declared in <malloc.h>, which the Glibc module leaves out; its options'
      // values are glibc's ABI.
      typealias MallocOption = @convention(c) (Int32, Int32) -> Int32
      guard let symbol = dlsym(nil, "mallopt") else { return }
      let mallopt = unsafeBitCast(symbol, to: MallocOption.self)
      let trimThreshold: Int32 = -1, topPad: Int32 = -2, mmapThreshold: Int32 = -3
      // The largest threshold glibc accepts (32 MB on 64-bit): smaller blocks come from the heap.
      _ = mallopt(mmapThreshold, 32 << 20)
      _ = mallopt(trimThreshold, Int32.max)
      _ = mallopt(topPad, 64 << 20)
    #endif
  }
}
