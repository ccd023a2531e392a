import Foundation

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

    /// `value` checked for `key` and written as it is stored and shown (`lb`, `2h`).
    public static func normalised(_ value: String, for key: Key) throws -> String {
        switch key {
        case .unit: try WeightUnit.parse(value).rawValue
        case .sessionGap: DurationInput.format(try DurationInput.parse(value, option: "session-gap"))
        }
    }

    /// These settings with the stored `value` of the setting named `key`; a name or a value
    /// that cannot be read (written by another version) leaves the setting as it was.
    func applying(stored value: String, to key: String) -> LogSettings {
        var settings = self
        switch Key(rawValue: key) {
        case .unit: if let unit = try? WeightUnit.parse(value) { settings.defaultUnit = unit }
        case .sessionGap:
            if let gap = try? DurationInput.parse(value, option: "session-gap") { settings.sessionGap = gap }
        case nil: break
        }
        return settings
    }
}
