import Foundation
import GRDB
import Testing

@testable import WlogCore

/// The settings in the `setting` table: checked and normalised when set, defaults for what is
/// missing or unreadable.
@Suite struct SettingsStoreTests {
    @Test func settingsAreNormalisedStoredAndReadBack() throws {
        let (database, path) = try TestSupport.temporaryDatabase()
        defer { try? FileManager.default.removeItem(at: path.deletingLastPathComponent()) }
        let settings = SettingsStore(database: database)
        #expect(try settings.load() == LogSettings())
        #expect(try settings.set(.unit, to: "LB") == "lb")
        #expect(try settings.set(.sessionGap, to: "90m") == DurationInput.format(5400))
        #expect(try settings.load() == LogSettings(defaultUnit: .lb, sessionGap: 5400))
        #expect(throws: (any Error).self) { try settings.set(.unit, to: "stone") }
        try database.writer.write { db in
            try db.execute(sql: "INSERT INTO setting (key, value) VALUES ('colour', 'blue')")
            try db.execute(sql: "UPDATE setting SET value = 'stone' WHERE key = 'unit'")
        }
        #expect(try settings.load() == LogSettings(defaultUnit: .kg, sessionGap: 5400))
    }
}
