import Foundation

/// A date on the local calendar, numbered so that consecutive days differ by one whatever
/// the clock did in between (daylight saving time, New Year).
public struct TrainingDay: Hashable, Comparable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The local date of `date` in `timeZone`.
    public init(containing date: Date, timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    /// The day `ordinal` days after 1970-01-01 (the inverse of `ordinal`).
    public init(ordinal: Int) {
        let noon = Date(timeIntervalSince1970: Double(ordinal) * 86400 + 43200)
        let parts = Self.utc.dateComponents([.year, .month, .day], from: noon)
        self.init(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    /// Days since 1970-01-01: counted on a UTC calendar, where every day has 24 hours.
    public var ordinal: Int {
        let noon =
            Self.utc.date(from: DateComponents(year: year, month: month, day: day, hour: 12))
            ?? Date(timeIntervalSince1970: 43200)
        return Int((noon.timeIntervalSince1970 / 86400).rounded(.down))
    }

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current
        return calendar
    }()

    /// `2026-11-24`.
    public var text: String {
        Self.digits(year, 4) + "-" + Self.digits(month, 2) + "-" + Self.digits(day, 2)
    }

    /// `value` as `%0*d` writes it (`width` counts the minus sign), without `String(format:)`,
    /// which costs more than the rest of a day's text.
    static func digits(_ value: Int, _ width: Int) -> String {
        let sign = value < 0 ? "-" : ""
        let magnitude = String(value.magnitude)
        return sign + String(repeating: "0", count: max(0, width - sign.count - magnitude.count)) + magnitude
    }

    /// 0 for Monday to 6 for Sunday.
    public var weekdayFromMonday: Int {
        Self.weekdayFromMonday(ordinal: ordinal)
    }

    /// 0 for Monday to 6 for Sunday, for the day `ordinal` days after 1970-01-01 (a Thursday).
    static func weekdayFromMonday(ordinal: Int) -> Int {
        ((ordinal + 3) % 7 + 7) % 7
    }

    public static func < (left: TrainingDay, right: TrainingDay) -> Bool {
        (left.year, left.month, left.day) < (right.year, right.month, right.day)
    }
}
