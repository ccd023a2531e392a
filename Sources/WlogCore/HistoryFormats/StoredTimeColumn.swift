import Foundation

/// One time column of an export, written as `ISO8601DateFormatter` writes it (internet date
/// time with the offset of the export's time zone) but by arithmetic on the stored text: the
/// store keeps times as `YYYY-MM-DD HH:MM:SS.SSS` in UTC. The zone's offset is asked once per
/// stretch between two of its transitions. Text of any other shape, and years or offsets the
/// arithmetic does not cover, go through the formatter, so the output is the same.
struct StoredTimeColumn {
    let column: Int
    let formatter: ISO8601DateFormatter
    private let zone: TimeZone
    /// The stretch of seconds since 1970 in which `knownOffset` holds.
    private var validFrom = Int64.max
    private var validUntil = Int64.min
    private var knownOffset = 0

    init(column: Int, formatter: ISO8601DateFormatter) {
        self.column = column
        self.formatter = formatter
        zone = formatter.timeZone
    }

    /// Appends the time as a CSV cell or a JSON string (NULL: an empty cell or `null`).
    mutating func append(from row: some ExportColumns, json: Bool, to output: inout ChunkedOutput) throws {
        let written = try row.withText(column) { stored -> Bool in
            guard let stored, let seconds = Self.seconds(stored) else { return false }
            return appendTime(seconds, json: json, to: &output)
        }
        guard !written else { return }
        guard let date = try row.date(column) else {
            if json { output.append("null") }
            return
        }
        let text = formatter.string(from: date)
        if json { output.appendJSON(string: text) } else { output.appendCSV(cell: text) }
    }

    private mutating func appendTime(_ seconds: Int64, json: Bool, to output: inout ChunkedOutput) -> Bool {
        let offset = zoneOffset(at: seconds)
        guard offset % 60 == 0 else { return false }
        let local = seconds + Int64(offset)
        let days = local >= 0 ? local / 86400 : (local - 86399) / 86400
        let (year, month, day) = Self.civil(days)
        guard (1000...9999).contains(year) else { return false }
        let time = local - days * 86400
        let minutes = abs(offset) / 60
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 27) { text in
            var count = 0
            func put(_ byte: UInt8) {
                text[count] = byte
                count += 1
            }
            func put(digitOf value: Int64) { put(UInt8(ascii: "0") + UInt8(value % 10)) }
            if json { put(UInt8(ascii: "\"")) }
            put(digitOf: year / 1000)
            put(digitOf: year / 100)
            put(digitOf: year / 10)
            put(digitOf: year)
            put(UInt8(ascii: "-"))
            put(digitOf: month / 10)
            put(digitOf: month)
            put(UInt8(ascii: "-"))
            put(digitOf: day / 10)
            put(digitOf: day)
            put(UInt8(ascii: "T"))
            put(digitOf: time / 36000)
            put(digitOf: time / 3600)
            put(UInt8(ascii: ":"))
            put(digitOf: time % 3600 / 600)
            put(digitOf: time % 3600 / 60)
            put(UInt8(ascii: ":"))
            put(digitOf: time % 60 / 10)
            put(digitOf: time % 60)
            if offset == 0 {
                put(UInt8(ascii: "Z"))
            } else {
                put(UInt8(ascii: offset < 0 ? "-" : "+"))
                put(digitOf: Int64(minutes / 600))
                put(digitOf: Int64(minutes / 60))
                put(UInt8(ascii: ":"))
                put(digitOf: Int64(minutes % 60 / 10))
                put(digitOf: Int64(minutes % 60))
            }
            if json { put(UInt8(ascii: "\"")) }
            output.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[..<count]))
        }
        return true
    }

    /// The zone's offset at `seconds`, asked of the zone only outside the stretch last asked.
    private mutating func zoneOffset(at seconds: Int64) -> Int {
        if seconds >= validFrom && seconds < validUntil { return knownOffset }
        let date = Date(timeIntervalSince1970: TimeInterval(seconds))
        knownOffset = zone.secondsFromGMT(for: date)
        validFrom = seconds
        validUntil =
            zone.nextDaylightSavingTimeTransition(after: date).map { Int64($0.timeIntervalSince1970.rounded(.up)) }
            ?? .max
        return knownOffset
    }

    /// Whole seconds since 1970 of `YYYY-MM-DD HH:MM:SS.SSS` (a real date), else nil.
    static func seconds(_ text: UnsafeRawBufferPointer) -> Int64? {
        guard text.count == 23, text[4] == UInt8(ascii: "-"), text[7] == UInt8(ascii: "-"),
            text[10] == UInt8(ascii: " "), text[13] == UInt8(ascii: ":"), text[16] == UInt8(ascii: ":"),
            text[19] == UInt8(ascii: ".")
        else { return nil }
        func number(_ range: Range<Int>) -> Int64? {
            var value: Int64 = 0
            for index in range {
                let byte = text[index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int64(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            number(20..<23) != nil, (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year),
            hour < 24, minute < 60, second < 60
        else { return nil }
        return days(year: year, month: month, day: day) * 86400 + hour * 3600 + minute * 60 + second
    }

    private static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a date of the proleptic Gregorian calendar.
    static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let year = month <= 2 ? year - 1 : year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    /// The year, month and day of `days` since 1970-01-01.
    static func civil(_ days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = days + 719468
        let era = (shifted >= 0 ? shifted : shifted - 146096) / 146097
        let dayOfEra = shifted - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
