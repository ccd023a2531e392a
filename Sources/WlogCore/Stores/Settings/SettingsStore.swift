import Foundation
import GRDB

/// Reads and writes `LogSettings` in the `setting` table (one row per key that was set), the only
/// table it owns. A key it does not know, or a value it cannot read, is left for the default.
public struct SettingsStore: Sendable {
    private let database: AppDatabase

    public init(database: AppDatabase) {
        self.database = database
    }

    /// The settings as stored, with the default for each one never set.
    public func load() throws -> LogSettings {
        try database.read { db in try Self.load(db) }
    }

    /// `load()` inside a transaction a store has already begun.
    static func load(_ db: Database) throws -> LogSettings {
        try Row.fetchAll(db, sql: "SELECT key, value FROM setting").reduce(LogSettings()) { settings, row in
            settings.applying(stored: row["value"], to: row["key"])
        }
    }

    /// Checks `value` for `key` and stores it; returns the value as it will be shown. A bar or plate
    /// list is stored for its unit (the one typed, else the default unit), apart from the other unit's.
    @discardableResult
    public func set(_ key: LogSettings.Key, to value: String) throws -> String {
        try database.write { db in
            let entry = try Self.load(db).entry(value, for: key)
            try db.execute(
                sql:
                    "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                arguments: [entry.storedKey, entry.storedValue])
            return entry.shown
        }
    }
}
