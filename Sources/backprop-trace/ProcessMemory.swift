#if canImport(Glibc)
  import Glibc
#endif

/// How the process's memory allocator is set up for one short command.
///
/// A derivation of a large network builds arrays of tens of megabytes (a 784-50-10 Markdown
/// trace touches about 130 MB). Every page touched for the first time is a page fault that the
/// kernel answers with a zeroed page; with glibc's defaults they were a fifth of such a run.
enum ProcessMemory {
  /// By how much the heap grows at a time: address space only, until a page is touched.
  private static let heapStep = 256 << 20

  /// Keeps memory that the command frees for its next allocations, and has the heap served in
  /// huge pages where the system grants them on request, so that far fewer pages are faulted in.
  ///
  /// By default glibc maps each block above 128 KB on its own and unmaps it when it is freed,
  /// so every such block touches fresh pages. With large blocks taken from the heap, the heap
  /// never trimmed and grown in large steps, freed memory is used again; a process that runs for
  /// a second at most loses nothing by holding on to it. Elsewhere than glibc, nothing changes.
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
      _ = mallopt(topPad, Int32(heapStep))
      adviseHugePages()
    #endif
  }

  #if canImport(Glibc)
    /// Grows the heap by one step now and asks for transparent huge pages (2 MB) over it, as
    /// glibc's `glibc.malloc.hugetlb=1` tunable would (a tunable is read only at start-up): one
    /// fault then maps 512 pages. Only a hint: where the system does not grant them, or the
    /// range is not the heap's, nothing changes.
    private static func adviseHugePages() {
      // A block below the mmap threshold comes from the heap, which grows by it and one step.
      // (Handed to `madvise`, so that the compiler cannot leave out an allocation never used.)
      guard let block = malloc(1 << 20) else { return }
      _ = madvise(block, 0, MADV_NORMAL)
      free(block)
      guard let end = sbrk(0) else { return }
      let hugePage = 2 << 20
      let last = Int(bitPattern: end) & ~(hugePage - 1)
      let first = (Int(bitPattern: end) - heapStep + hugePage - 1) & ~(hugePage - 1)
      guard last > first, let start = UnsafeMutableRawPointer(bitPattern: first) else { return }
      _ = madvise(start, last - first, MADV_HUGEPAGE)
    }
  #endif
}
