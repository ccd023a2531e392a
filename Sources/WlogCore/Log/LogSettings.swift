import Foundation

/// The user's settings for the log: the unit a bare weight is in, how long a pause closes a session,
/// the bar and plates in each unit, and the rest between sets when a program prescribes none.
public struct LogSettings: Equatable, Sendable {
    public var defaultUnit: WeightUnit = .kg
    /// A set joins the current session when that session's last set is at most this old.
    public var sessionGap: TimeInterval = 3 * 3600
    /// The bar set for each unit (`config bar 20kg`, `config bar 45lb`); a unit without one takes the standard bar.
    public var bars: [WeightUnit: Double] = [:]
    /// The plate sizes set for each unit, heaviest first; a unit without them takes the standard plates.
    public var plateSizes: [WeightUnit: [Double]] = [:]
    /// The rest `wlog rest` counts down when given no duration and no program prescribes one.
    public var rest: TimeInterval = 120

    public init(defaultUnit: WeightUnit = .kg, sessionGap: TimeInterval = 3 * 3600) {
        self.defaultUnit = defaultUnit
        self.sessionGap = sessionGap
    }

    /// The settings' names, as `wlog config` takes them.
    public enum Key: String, CaseIterable, Sendable {
        case unit
        case sessionGap = "session-gap"
        case bar, plates, rest
    }

    /// `value` checked for `key` and written as it is stored and shown (`lb`, `2h`).
    public static func normalised(_ value: String, for key: Key) throws -> String {
        switch key {
        case .unit: try WeightUnit.parse(value).rawValue
        case .sessionGap: DurationInput.format(try DurationInput.parse(value, option: "session-gap"))
        case .bar, .plates, .rest: try LogSettings().entry(value, for: key).shown
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
        case .bar, .plates, .rest, nil: settings.applyEquipment(stored: value, to: key)
        }
        return settings
    }
}
