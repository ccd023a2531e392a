import Foundation
import WlogCore

/// Paths and temporary databases the tests share.
enum TestSupport {
    /// The repository's root folder.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// `../shared`, beside the repository.
    static let shared = repository.deletingLastPathComponent().appendingPathComponent("shared")
    static let referenceDocument = shared.appendingPathComponent("examples/reverse-hyperextension.md")

    /// The folder that holds every temporary folder of this test process, under the system's
    /// temporary folder; removed with all it holds when the process exits.
    static let temporaryRoot: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wlog-tests-\(UUID().uuidString)")
        atexit { try? FileManager.default.removeItem(at: TestSupport.temporaryRoot) }
        return root
    }()

    /// A new empty folder, removed when the tests end.
    static func temporaryFolder() throws -> URL {
        let folder = temporaryRoot.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A fresh database file in a new temporary folder.
    static func temporaryDatabase() throws -> (AppDatabase, URL) {
        let path = try temporaryFolder().appendingPathComponent("wlog.sqlite")
        return (try AppDatabase(path: path.path), path)
    }

    /// Parses `text` as a document named `fileName`.
    static func parse(_ text: String, fileName: String = "test-exercise.md") throws -> ExerciseDocument {
        try DocumentParser.parse(Data(text.utf8), fileName: fileName)
    }

    /// The error parsing `data` raises, or `nil` if it parses.
    static func parseError(_ data: Data, fileName: String = "test-exercise.md") -> DocumentError? {
        do {
            _ = try DocumentParser.parse(data, fileName: fileName)
            return nil
        } catch {
            return error
        }
    }

    static func parseError(_ text: String, fileName: String = "test-exercise.md") -> DocumentError? {
        parseError(Data(text.utf8), fileName: fileName)
    }
}
