import Foundation

/// The ISO week of a moment by arithmetic on the local clock instead of a calendar computation:
/// `Calendar.dateInterval(of: .weekOfYear, for:)` costs microseconds, and `stats` lays out every
/// week of an exercise's history (thousands over a long log). The answer is the calendar's
/// wherever the arithmetic is sure of it; elsewhere (a week in which the zone's offset changes,
/// or that starts or ends within a day of a change, an offset of local mean time, a moment before
/// `covered`) it gives no answer and the calendar decides.
enum IsoWeekArithmetic {
    /// The moments the arithmetic answers for in `timeZone`, in seconds since 1970: from 1700 (in
    /// the proleptic Gregorian days the arithmetic counts) in a zone whose clock never changes;
    /// from 1950 in the others, whose early offsets the calendar reads in ways of its own.
    static func covered(in timeZone: TimeZone) -> Range<Double> {
        let fixed = timeZone.nextDaylightSavingTimeTransition(after: .distantPast) == nil
        return (fixed ? -8_520_336_000 : -631_152_000)..<253_402_300_800
    }

    /// The week holding `date` on the clock of `timeZone`, or nil when the calendar must decide.
    /// `covered` is `covered(in: timeZone)`.
    static func week(containing date: Date, in timeZone: TimeZone, covered: Range<Double>) -> IsoWeek? {
        let seconds = date.timeIntervalSince1970
        guard covered.contains(seconds) else { return nil }
        let local = seconds + Double(timeZone.secondsFromGMT(for: date))
        let day = Int64((local / 86_400).rounded(.down))
        let monday = day - positiveRemainder(day + 3, 7)
        guard let start = midnight(of: monday, in: timeZone), let end = midnight(of: monday + 7, in: timeZone),
            start <= date, date < end, end.timeIntervalSince(start) == 7 * 86_400,
            offset(at: start.addingTimeInterval(302_400), in: timeZone) == offset(at: start, in: timeZone)
        else { return nil }
        let thursday = StoredTimeColumn.civil(monday + 3)
        let week = (monday + 3 - StoredTimeColumn.days(year: thursday.year, month: 1, day: 1)) / 7 + 1
        return IsoWeek(year: Int(thursday.year), week: Int(week), start: start, end: end)
    }

    /// The moment the local day `day` (days since 1970-01-01) begins, when the zone keeps one
    /// offset of whole minutes from a day before that midnight to a day after it (so that the
    /// midnight exists once and is the day's first moment); nil otherwise.
    private static func midnight(of day: Int64, in timeZone: TimeZone) -> Date? {
        let local = Double(day) * 86_400
        guard let offset = offset(at: Date(timeIntervalSince1970: local), in: timeZone) else { return nil }
        let moment = Date(timeIntervalSince1970: local - offset)
        for probe in [moment, moment.addingTimeInterval(-86_400), moment.addingTimeInterval(86_400)] {
            guard self.offset(at: probe, in: timeZone) == offset else { return nil }
        }
        return moment
    }

    /// The zone's offset from UTC at `moment`, in seconds, when it is whole minutes (the offsets
    /// of local mean time, before standard time, are not, and the calendar reads them otherwise).
    private static func offset(at moment: Date, in timeZone: TimeZone) -> Double? {
        let seconds = timeZone.secondsFromGMT(for: moment)
        return seconds % 60 == 0 ? Double(seconds) : nil
    }

    /// The remainder of `value` divided by `divisor`, from 0 to `divisor - 1`.
    private static func positiveRemainder(_ value: Int64, _ divisor: Int64) -> Int64 {
        ((value % divisor) + divisor) % divisor
    }
}
