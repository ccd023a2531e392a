import Foundation
import GRDB

@testable import WlogCore

/// A database with every bundled seed imported, for tests of the stores. Importing the seeds is
/// the slow part of such a test, so it is done once per test process, into a template file, and
/// each `SeededStore` is a copy of that file in a folder of its own, removed when the store is
/// released. Every folder lies inside one temporary folder, removed when the process exits.
final class SeededStore: Sendable {
    /// The folder of this copy.
    let folder: URL
    let database: AppDatabase

    init() throws {
        (database, folder) = try Self.copy()
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A seeded copy whose folder stays until the process exits, for helpers that hand out
    /// several databases per test.
    static func database() throws -> AppDatabase {
        try copy().database
    }

    private static func copy() throws -> (database: AppDatabase, folder: URL) {
        let template = try template.get()
        let folder = template.deletingLastPathComponent().appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        let path = folder.appendingPathComponent("wlog.sqlite")
        try FileManager.default.copyItem(at: template, to: path)
        return (try AppDatabase(path: path.path), folder)
    }

    private static let root = Result { try TestSupport.temporaryFolder() }

    /// The seeded file, checkpointed and closed, so that the file alone holds everything.
    private static let template = Result { () throws -> URL in
        let root = try SeededStore.root.get()
        atexit {
            if case .success(let root) = SeededStore.root { try? FileManager.default.removeItem(at: root) }
        }
        let path = root.appendingPathComponent("seeded.sqlite")
        do {
            let database = try AppDatabase(path: path.path)
            _ = try DocumentImporter(database: database).run(ImportSource.seeds())
            _ = try database.writer.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        }
        return path
    }
}
