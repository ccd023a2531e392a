import Foundation
import GRDB

/// The user's settings for the log: the unit a bare weight is in, and how long a pause
/// closes a session.
public struct LogSettings: Equatable, Sendable {
    public var defaultUnit: WeightUnit = .kg
    /// A set joins the current session when that session's last set is at most this old.
    public var sessionGap: TimeInterval = 3 * 3600

    public init(defaultUnit: WeightUnit = .kg, sessionGap: TimeInterval = 3 * 3600) {
        self.defaultUnit = defaultUnit
        self.sessionGap = sessionGap
    }

    /// The settings' names, as `wlog config` takes them.
    public enum Key: String, CaseIterable, Sendable {
        case unit
        case sessionGap = "session-gap"
    }
}

/// Reads and writes `LogSettings` in the `setting` table.
public struct SettingsStore: Sendable {
    private let database: AppDatabase

    public init(database: AppDatabase) {
        self.database = database
    }

    public func load() throws -> LogSettings {
        try database.read { db in try Self.load(db) }
    }

    static func load(_ db: Database) throws -> LogSettings {
        var settings = LogSettings()
        let rows = try Row.fetchAll(db, sql: "SELECT key, value FROM setting")
        for row in rows {
            let value: String = row["value"]
            switch LogSettings.Key(rawValue: row["key"]) {
            case .unit: if let unit = try? WeightUnit.parse(value) { settings.defaultUnit = unit }
            case .sessionGap: if let gap = try? DurationInput.parse(value, option: "session-gap") { settings.sessionGap = gap }
            case nil: break
            }
        }
        return settings
    }

    /// Checks `value` for `key` and stores it; returns the value as it will be shown.
    @discardableResult
    public func set(_ key: LogSettings.Key, to value: String) throws -> String {
        let normalised: String
        switch key {
        case .unit: normalised = try WeightUnit.parse(value).rawValue
        case .sessionGap: normalised = DurationInput.format(try DurationInput.parse(value, option: "session-gap"))
        }
        try database.write { db in
            try db.execute(sql: "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                           arguments: [key.rawValue, normalised])
        }
        return normalised
    }
}
