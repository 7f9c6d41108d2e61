#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// printf-style number formats for the benchmark's report lines.
enum Format {
  /// `%.6g`, as the reference programs print times.
  static func g(_ value: Double) -> String { printf("%.6g", value) }

  /// `%.Nf`.
  static func fixed(_ value: Double, _ decimals: Int) -> String { printf("%.\(decimals)f", value) }

  private static func printf(_ format: String, _ value: Double) -> String {
    var buffer = [CChar](repeating: 0, count: 64)
    _ = withVaList([value]) { vsnprintf(&buffer, buffer.count, format, $0) }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
