import Foundation

/// A wall-clock date and time as an export writes it, without a time zone: turned into a moment
/// in the user's time zone, and written canonically for import keys (so a key does not depend on
/// the time zone the import runs in).
struct LocalDateTime: Equatable {
    var year: Int, month: Int, day: Int
    var hour = 0, minute = 0, second = 0

    /// `2023-05-01T18:02:11`.
    var canonical: String {
        Self.padded(year, 4) + "-" + Self.padded(month, 2) + "-" + Self.padded(day, 2) + "T" + Self.padded(hour, 2)
            + ":" + Self.padded(minute, 2) + ":" + Self.padded(second, 2)
    }

    /// `value` with zeros before it up to `width` digits, as `%0<width>d` writes it.
    private static func padded(_ value: Int, _ width: Int) -> String {
        guard value >= 0 else { return String(format: "%0\(width)d", value) }
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// The moment in `timeZone`; nil for a day or time that does not exist (2023-02-30, 25:00).
    func date(in timeZone: TimeZone) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second),
            let date = calendar.date(from: components),
            calendar.dateComponents([.year, .month, .day], from: date)
                == DateComponents(year: year, month: month, day: day)
        else { return nil }
        return date
    }

    /// Strong: `2023-05-01 18:02:11` or `2023-05-01 6:02:11 PM` (a narrow or plain no-break space
    /// before AM/PM counts as a space); seconds may be left out.
    static func strong(_ text: String) -> LocalDateTime? {
        let parts = spaced(text).split(separator: " ")
        guard parts.count == 2 || parts.count == 3, var value = day(parts[0]) else { return nil }
        guard value.setTime(parts[1], meridiem: parts.count == 3 ? parts[2] : nil) else { return nil }
        return value
    }

    /// Hevy: `25 Nov 2023, 18:02` (the month in English, abbreviated or not).
    static func hevy(_ text: String) -> LocalDateTime? {
        let parts = spaced(text).replacingOccurrences(of: ",", with: " ").split(separator: " ")
        guard parts.count == 4 || parts.count == 5,
            let day = Int(parts[0]), let month = monthNumber(parts[1]), let year = Int(parts[2]), parts[2].count == 4
        else { return nil }
        var value = LocalDateTime(year: year, month: month, day: day)
        guard value.setTime(parts[3], meridiem: parts.count == 5 ? parts[4] : nil) else { return nil }
        return value
    }

    /// FitNotes: `2023-05-01`.
    static func day(_ text: some StringProtocol) -> LocalDateTime? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        return LocalDateTime(year: year, month: month, day: day)
    }

    /// `18:02`, `18:02:11`, `6:02:11` with `PM`.
    private mutating func setTime(_ text: Substring, meridiem: Substring?) -> Bool {
        let pieces = text.split(separator: ":", omittingEmptySubsequences: false)
        guard pieces.count == 2 || pieces.count == 3, pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
            let hour = Int(pieces[0]), let minute = Int(pieces[1]), pieces[1].count == 2
        else { return false }
        let second = pieces.count == 3 ? Int(pieces[2]) : 0
        guard let second else { return false }
        self.minute = minute
        self.second = second
        guard let meridiem else {
            self.hour = hour
            return true
        }
        guard (1...12).contains(hour) else { return false }
        switch meridiem.lowercased().replacingOccurrences(of: ".", with: "") {
        case "am": self.hour = hour % 12
        case "pm": self.hour = hour % 12 + 12
        default: return false
        }
        return true
    }

    /// The text with no-break spaces (U+00A0, U+202F) as plain spaces, runs of spaces collapsed.
    private static func spaced(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{202F}", with: " ").replacingOccurrences(of: "\u{00A0}", with: " ")
            .split(separator: " ").joined(separator: " ")
    }

    private static func monthNumber(_ name: Substring) -> Int? {
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        let lowered = name.lowercased()
        guard lowered.count >= 3 else { return nil }
        return months.firstIndex { lowered.hasPrefix($0) }.map { $0 + 1 }
    }
}
