import Foundation

/// The ends of a `--since` / `--until` range: a bare day means the whole day, in local time.
public enum DayBound {
    /// `2026-11-01` → the start of that day; any other time expression → that moment.
    public static func start(of text: String, option: String, now: Date = Date(), timeZone: TimeZone = .current)
        throws(LogInputError) -> Date
    {
        if let day = try day(text, option: option, timeZone: timeZone) { return day }
        return try moment(text, option: option, now: now, timeZone: timeZone)
    }

    /// `2026-11-24` → the start of the next day (so that day is included); any other time expression → that moment.
    public static func end(of text: String, option: String, now: Date = Date(), timeZone: TimeZone = .current)
        throws(LogInputError) -> Date
    {
        if let day = try day(text, option: option, timeZone: timeZone) {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            return calendar.date(byAdding: .day, value: 1, to: day) ?? day
        }
        return try moment(text, option: option, now: now, timeZone: timeZone)
    }

    /// A time expression; a rejection names `option` (`--since`), not `--at`.
    private static func moment(_ text: String, option: String, now: Date, timeZone: TimeZone) throws(LogInputError)
        -> Date
    {
        do {
            return try TimeExpression.parse(text, now: now, timeZone: timeZone)
        } catch {
            throw LogInputError(option: option, value: error.value, expected: error.expected)
        }
    }

    private static func day(_ text: String, option: String, timeZone: TimeZone) throws(LogInputError) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let dayOfMonth = Int(parts[2])
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: year, month: month, day: dayOfMonth)
        guard let date = calendar.date(from: components),
            calendar.dateComponents([.year, .month, .day], from: date) == components
        else {
            throw LogInputError(
                option: option, value: text, expected: "a real day such as 2026-11-01, or a time such as yesterday")
        }
        return date
    }
}
