import Foundation

/// When a set was done, as typed after --at, in the user's local time.
public enum TimeExpression {
    static let expectedForm = "a time such as \"2026-11-24 18:30\", 18:30, yesterday, \"yesterday 18:30\" or \"2h ago\""

    /// Accepts: "now"; "2026-11-24 18:30", "2026-11-24 18:30:15", "2026-11-24T18:30"; "2026-11-24" (that day at 12:00);
    /// "18:30" (today at that time); "yesterday" (now minus one day); "yesterday 18:30"; "today 07:15";
    /// "2h ago", "90m ago", "90 min ago", "3 days ago", "1d ago", "45 minutes ago", "2 hours ago".
    /// Case-insensitive, surrounding spaces ignored. Interpreted in `timeZone` (use a Calendar(identifier: .gregorian) with that zone).
    /// Errors are LogInputError(option: "--at", value: text, expected: "a time such as \"2026-11-24 18:30\", 18:30, yesterday, \"yesterday 18:30\" or \"2h ago\"").
    /// Does NOT reject future times (the caller does).
    ///
    /// Days ("yesterday", "3 days ago", "1w ago") are calendar days, so they keep the wall-clock time across a DST change;
    /// hours, minutes and seconds ago are exact lengths of time. The number before "ago" has at most six digits.
    /// A wall-clock time skipped by a DST change ("02:30" on the night clocks go forward) moves forward by the skipped hour.
    public static func parse(_ text: String, now: Date, timeZone: TimeZone) throws(LogInputError) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let words = text.lowercased().split(whereSeparator: \.isWhitespace)
        guard let date = resolve(words, now: now, calendar: calendar) else {
            throw LogInputError(option: "--at", value: text, expected: expectedForm)
        }
        return date
    }

    private static func resolve(_ words: [Substring], now: Date, calendar: Calendar) -> Date? {
        if words.last == "ago" {
            return timeAgo(Array(words.dropLast()), now: now, calendar: calendar)
        }
        switch words.count {
        case 1 where words[0] == "now":
            return now
        case 1 where words[0] == "yesterday":
            return calendar.date(byAdding: .day, value: -1, to: now)
        case 1 where words[0].contains(":") && !words[0].contains("-"):
            guard let time = ClockTime(words[0]) else { return nil }
            return date(on: CalendarDay(containing: now, calendar: calendar), at: time, calendar: calendar)
        case 1:
            let parts = words[0].split(separator: "t", omittingEmptySubsequences: false)
            guard let day = CalendarDay(parts[0], calendar: calendar) else { return nil }
            if parts.count == 1 { return date(on: day, at: .noon, calendar: calendar) }
            guard parts.count == 2, let time = ClockTime(parts[1]) else { return nil }
            return date(on: day, at: time, calendar: calendar)
        case 2:
            guard let day = namedOrDatedDay(words[0], now: now, calendar: calendar), let time = ClockTime(words[1])
            else { return nil }
            return date(on: day, at: time, calendar: calendar)
        default:
            return nil
        }
    }

    /// "today", "yesterday" or a "2026-11-24" date.
    private static func namedOrDatedDay(_ word: Substring, now: Date, calendar: Calendar) -> CalendarDay? {
        switch word {
        case "today":
            return CalendarDay(containing: now, calendar: calendar)
        case "yesterday":
            return calendar.date(byAdding: .day, value: -1, to: now).map {
                CalendarDay(containing: $0, calendar: calendar)
            }
        default:
            return CalendarDay(word, calendar: calendar)
        }
    }

    /// The words before "ago": a whole number and a unit, together ("2h") or apart ("2 hours").
    private static func timeAgo(_ words: [Substring], now: Date, calendar: Calendar) -> Date? {
        guard let first = words.first, words.count <= 2 else { return nil }
        let digits = first.prefix { $0.isASCII && $0.isNumber }
        let unit = words.count == 2 && digits.count == first.count ? words[1] : first.dropFirst(digits.count)
        guard (1...6).contains(digits.count), words.count == 1 || digits.count == first.count, let amount = Int(digits)
        else { return nil }
        switch unit {
        case "d", "day", "days":
            return calendar.date(byAdding: .day, value: -amount, to: now)
        case "w", "wk", "wks", "week", "weeks":
            return calendar.date(byAdding: .day, value: -7 * amount, to: now)
        case "h", "hr", "hrs", "hour", "hours":
            return now.addingTimeInterval(-Double(amount) * 3600)
        case "m", "min", "mins", "minute", "minutes":
            return now.addingTimeInterval(-Double(amount) * 60)
        case "s", "sec", "secs", "second", "seconds":
            return now.addingTimeInterval(-Double(amount))
        default:
            return nil
        }
    }

    private static func date(on day: CalendarDay, at time: ClockTime, calendar: Calendar) -> Date? {
        calendar.date(
            from: DateComponents(
                year: day.year, month: day.month, day: day.day,
                hour: time.hour, minute: time.minute, second: time.second
            ))
    }

    /// A run of ASCII digits of an allowed length whose value is in `range`.
    private static func number(_ text: Substring, digits: ClosedRange<Int>, within range: ClosedRange<Int>) -> Int? {
        guard digits.contains(text.count), text.allSatisfy({ $0.isASCII && $0.isNumber }),
            let value = Int(text), range.contains(value)
        else { return nil }
        return value
    }

    /// A time of day on the wall clock.
    private struct ClockTime {
        static let noon = ClockTime(hour: 12, minute: 0, second: 0)
        var hour: Int
        var minute: Int
        var second: Int

        init(hour: Int, minute: Int, second: Int) {
            self.hour = hour
            self.minute = minute
            self.second = second
        }

        /// "18:30" or "7:15:05": hour 0–23 in one or two digits, minutes and seconds in two digits below 60.
        init?(_ text: Substring) {
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2 || parts.count == 3,
                let hour = TimeExpression.number(parts[0], digits: 1...2, within: 0...23),
                let minute = TimeExpression.number(parts[1], digits: 2...2, within: 0...59)
            else { return nil }
            let second = parts.count == 3 ? TimeExpression.number(parts[2], digits: 2...2, within: 0...59) : 0
            guard let second else { return nil }
            self.init(hour: hour, minute: minute, second: second)
        }
    }

    /// A date on the calendar, without a time.
    private struct CalendarDay: Equatable {
        var year: Int
        var month: Int
        var day: Int

        init(year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }

        init(containing date: Date, calendar: Calendar) {
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            self.init(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0)
        }

        /// "2026-11-24" (month and day may have one digit); nil for dates that do not exist, such as 2026-02-30.
        init?(_ text: Substring, calendar: Calendar) {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3,
                let year = TimeExpression.number(parts[0], digits: 4...4, within: 1...9999),
                let month = TimeExpression.number(parts[1], digits: 1...2, within: 1...12),
                let day = TimeExpression.number(parts[2], digits: 1...2, within: 1...31)
            else { return nil }
            self.init(year: year, month: month, day: day)
            guard let noon = TimeExpression.date(on: self, at: .noon, calendar: calendar),
                CalendarDay(containing: noon, calendar: calendar) == self
            else { return nil }
        }
    }
}
