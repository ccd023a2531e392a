import Foundation
import Testing

@testable import WlogCore

/// Streaks count local days by arithmetic on a cached UTC offset; they must give exactly the
/// days and weeks a calendar gives, across changes of the clock in zones that have them.
@Suite struct LocalDaysTests {
    static let zones = [
        "Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kathmandu", "Pacific/Apia",
        "America/Sao_Paulo", "Asia/Tokyo", "UTC",
    ].compactMap { TimeZone(identifier: $0) }

    /// `count` moments from 1905 to 2035, oldest first.
    static func moments(count: Int, seed: UInt64) -> [Date] {
        var generator = SeededGenerator(seed: seed)
        let first = -2_051_222_400.0
        let last = 2_051_222_400.0
        return (0..<count).map { _ in Date(timeIntervalSince1970: Double.random(in: first...last, using: &generator)) }
            .sorted()
    }

    @Test(arguments: zones)
    func everyMomentFallsOnTheDayACalendarGives(zone: TimeZone) {
        var days = LocalDays(timeZone: zone)
        var transitions: [Date] = []
        var cursor = Date(timeIntervalSince1970: -2_051_222_400)
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor),
            next.timeIntervalSince1970 < 2_051_222_400, transitions.count < 400
        {
            transitions.append(next)
            cursor = next
        }
        let around = transitions.flatMap { change in
            [-3601.0, -1, 0, 1, 3599, 86_399].map { change.addingTimeInterval($0) }
        }
        for date in (Self.moments(count: 4000, seed: 3) + around).sorted() {
            #expect(
                days.ordinal(of: date) == TrainingDay(containing: date, timeZone: zone).ordinal,
                "\(zone.identifier) \(date)")
        }
    }

    @Test(arguments: zones)
    func streaksByArithmeticAreTheStreaksOfTheCalendar(zone: TimeZone) {
        var generator = SeededGenerator(seed: 5)
        var starts: [Date] = []
        var time = Date(timeIntervalSince1970: 1_600_000_000)
        for _ in 0..<600 {
            time = time.addingTimeInterval(Double.random(in: 3600...(3 * 86400), using: &generator))
            starts.append(time)
        }
        #expect(Streaks.daysAndWeeks(of: starts, asOf: starts[599], timeZone: zone).days.longest >= 3)
        for asOf in [
            starts[300], starts[599], starts[599].addingTimeInterval(86400), starts[599].addingTimeInterval(20 * 86400),
        ] {
            let past = starts.filter { $0 <= asOf }.shuffled(using: &generator)
            let buckets = WeeklyBuckets(timeZone: zone)
            let streaks = Streaks.daysAndWeeks(of: past, asOf: asOf, timeZone: zone)
            #expect(
                streaks.days
                    == Streaks.days(
                        past.map { TrainingDay(containing: $0, timeZone: zone) },
                        today: TrainingDay(containing: asOf, timeZone: zone)))
            #expect(
                streaks.weeks
                    == Streaks.weeks(
                        past.map(buckets.week(containing:)), thisWeek: buckets.week(containing: asOf), timeZone: zone))
        }
    }
}
