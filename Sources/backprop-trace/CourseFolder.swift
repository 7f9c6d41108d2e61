import BackpropTracer
import Foundation

/// Reading a folder written by `assign`: its manifest, its index and every student's variant.
enum CourseFolder {
  /// What `grade` and `export` need of a course folder.
  struct Course {
    let manifest: CourseManifest
    let index: CourseIndex
    /// One per index entry, in order.
    let variants: [StudentVariant]
  }

  /// True when `path` is a folder (so `export` reads a course rather than a fixture).
  static func isFolder(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
  }

  /// Loads the course in `folder`; anything missing or malformed is exit status 2.
  static func load(_ folder: String) throws(CommandFailure) -> Course {
    let base = folder.hasSuffix("/") ? folder : folder + "/"
    guard isFolder(folder) else { throw CommandFailure(message: "\(folder.terminalSafePath): no such folder", code: .unusableInput) }
    guard FileManager.default.fileExists(atPath: base + CourseFiles.manifestName) else {
      throw CommandFailure(
        message: "\(folder.terminalSafePath): not a folder written by 'assign' (it has no \(CourseFiles.manifestName))", code: .unusableInput)
    }
    let manifestBytes = try FileAccess.read(base + CourseFiles.manifestName)
    let indexBytes = try FileAccess.read(base + CourseFiles.indexName)
    let manifest: CourseManifest, index: CourseIndex
    do throws(CourseError) {
      manifest = try CourseManifest.parse(manifestBytes, file: base + CourseFiles.manifestName)
      index = try CourseIndex.parse(indexBytes, file: base + CourseFiles.indexName)
    } catch {
      throw CommandFailure(message: error.description, code: .unusableInput)
    }
    guard manifest.generator == CourseFiles.generator else {
      throw CommandFailure(message: "\(base)\(CourseFiles.manifestName): written by '\(manifest.generator.terminalSafe)', not by 'assign'", code: .unusableInput)
    }
    let variants = try index.entries.map { (entry) throws(CommandFailure) -> StudentVariant in
      let path = base + entry.variant
      let bytes = try FileAccess.read(path)
      let fixture: Fixture
      do throws(FixtureError) {
        fixture = try Fixture.load(bytes, file: path)
      } catch {
        throw CommandFailure(message: error.description, code: .unusableInput)
      }
      let student = Roster.Student(id: entry.id, line: entry.line, fields: [entry.id] + entry.otherFields)
      return StudentVariant(student: student, json: String(decoding: bytes, as: UTF8.self), fixture: fixture, trace: try Commands.trace(fixture, steps: nil))
    }
    return Course(manifest: manifest, index: index, variants: variants)
  }
}
