import Foundation

/// The local days (`TrainingDay.ordinal`) of many moments in one time zone, with arithmetic
/// instead of a calendar computation per moment: the zone's offset from UTC is looked up once
/// per stretch between two changes of its clock (daylight saving time, a new standard time) and
/// kept while the moments, taken oldest first, stay inside it. Streaks read every session of
/// the log, and a calendar per session made `summary` grow with the log's age.
struct LocalDays {
    let timeZone: TimeZone
    /// The moment the offset was looked up at, the next change of the clock after it, and the
    /// offset in seconds between the two.
    private var stretch: (from: Date, until: Date, offset: Double)?

    init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// Days since 1970-01-01 of the local date of `date`: equal to
    /// `TrainingDay(containing: date, timeZone: timeZone).ordinal`. Fastest in increasing order.
    mutating func ordinal(of date: Date) -> Int {
        let offset: Double
        if let stretch, date >= stretch.from, date < stretch.until {
            offset = stretch.offset
        } else {
            offset = Double(timeZone.secondsFromGMT(for: date))
            stretch = (date, timeZone.nextDaylightSavingTimeTransition(after: date) ?? .distantFuture, offset)
        }
        return Int(((date.timeIntervalSince1970 + offset) / 86400).rounded(.down))
    }

    /// The local days of `dates`, in any order.
    static func ordinals(of dates: [Date], timeZone: TimeZone) -> Set<Int> {
        var days = LocalDays(timeZone: timeZone)
        return Set(dates.sorted().map { days.ordinal(of: $0) })
    }
}
