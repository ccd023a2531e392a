import Foundation

/// An ISO 8601 week: Monday 00:00 to the next Monday 00:00 on the local clock, numbered within
/// its week-based year (so 2027-01-02 falls in 2026-W53). A week that crosses a change of
/// daylight saving time is 167 or 169 hours long.
public struct IsoWeek: Hashable, Comparable, Sendable {
    /// The week-based year, which differs from the calendar year around New Year.
    public var year: Int
    /// 1 to 52, or 53 in long years.
    public var week: Int
    /// Monday 00:00, local time.
    public var start: Date
    /// The next Monday 00:00, local time (exclusive).
    public var end: Date

    /// `2026-W53`.
    public var label: String {
        String(format: "%04d-W%02d", year, week)
    }

    public static func < (left: IsoWeek, right: IsoWeek) -> Bool {
        left.start < right.start
    }
}

/// Puts moments into the ISO weeks of one time zone.
public struct WeeklyBuckets: Sendable {
    public let timeZone: TimeZone
    private let calendar: Calendar
    /// The moments whose weeks come from arithmetic (`IsoWeekArithmetic`), in seconds since 1970.
    private let arithmetic: Range<Double>

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
        arithmetic = IsoWeekArithmetic.covered(in: timeZone)
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    /// The week `date` falls in: by arithmetic on the local clock where it is sure of the
    /// calendar's answer (`IsoWeekArithmetic`), else by the calendar.
    public func week(containing date: Date) -> IsoWeek {
        if let week = IsoWeekArithmetic.week(containing: date, in: timeZone, covered: arithmetic) { return week }
        let interval =
            calendar.dateInterval(of: .weekOfYear, for: date)
            ?? DateInterval(start: date, duration: 7 * 86400)
        let parts = calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: interval.start)
        return IsoWeek(
            year: parts.yearForWeekOfYear ?? 0, week: parts.weekOfYear ?? 0, start: interval.start, end: interval.end)
    }

    /// Every week from the one holding `first` to the one holding `last`, in order, none skipped.
    public func weeks(from first: Date, through last: Date) -> [IsoWeek] {
        guard first <= last else { return [] }
        var weeks = [week(containing: first)]
        let final = week(containing: last)
        while let current = weeks.last, current < final {
            let next = week(containing: current.end)
            guard next.start > current.start else { break }
            weeks.append(next)
        }
        return weeks
    }

    /// `items` by the week of their date, every week from the first item's to `through`
    /// (or the last item's) present, empty weeks included.
    public func group<Item>(_ items: [Item], through end: Date? = nil, date: (Item) -> Date) -> [(
        week: IsoWeek, items: [Item]
    )] {
        let dates = items.map(date)
        guard let first = dates.min(), let last = dates.max() else { return [] }
        let weeks = weeks(from: first, through: max(last, end ?? last))
        // The weeks are consecutive and sorted, so each date finds its week by binary search
        // on the week starts: a calendar computation per set is slow on long histories.
        let starts = weeks.map(\.start)
        var grouped = Array(repeating: [Item](), count: weeks.count)
        for (item, when) in zip(items, dates) {
            var low = 0
            var high = starts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if starts[middle] <= when { low = middle } else { high = middle - 1 }
            }
            grouped[low].append(item)
        }
        return zip(weeks, grouped).map { ($0, $1) }
    }
}
