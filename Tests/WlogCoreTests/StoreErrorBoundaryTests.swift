import Foundation
import GRDB
import Testing

@testable import WlogCore

/// SQLite's failures leave the database's public entry points as the library's `StoreError`,
/// never as GRDB's own error type.
@Suite struct StoreErrorBoundaryTests {
    static let garbage = Data(String(repeating: "not a database ", count: 400).utf8)

    @Test func openingAFileThatIsNoDatabaseIsAStoreError() throws {
        let path = try TestSupport.temporaryFolder().appendingPathComponent("wlog.sqlite")
        try Self.garbage.write(to: path)
        #expect {
            try AppDatabase(path: path.path)
        } throws: { error in
            (error as? StoreError)?.kind == .damaged && (error as? StoreError)?.exitStatus == 2
        }
    }

    @Test func backingUpADatabaseDamagedWhileOpenIsAStoreError() throws {
        let (database, path) = try TestSupport.temporaryDatabase()
        let other = try DatabaseQueue(path: path.path)
        try other.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try other.close()
        try Self.garbage.write(to: path)
        let backup = path.deletingLastPathComponent().appendingPathComponent("backup.sqlite").path
        #expect(throws: StoreError.self) { try DatabaseMaintenance(database: database).backup(to: backup) }
        #expect(!FileManager.default.fileExists(atPath: backup))
    }
}
