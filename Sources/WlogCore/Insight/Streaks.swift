import Foundation

/// How long training has gone on without a gap: in days, or in weeks.
public struct Streak: Equatable, Sendable {
    /// The run that is still alive: it reaches today (or this week), or yesterday (or last
    /// week), since the day or week is not over yet. 0 when the last run has ended.
    public var current: Int
    /// The longest run ever.
    public var longest: Int

    public init(current: Int, longest: Int) {
        self.current = current
        self.longest = longest
    }
}

/// Runs of consecutive training days or weeks.
public enum Streaks {
    /// Consecutive days with at least one set, as of `today`.
    public static func days(_ days: some Sequence<TrainingDay>, today: TrainingDay) -> Streak {
        runs(Set(days.map(\.ordinal)), step: 1, now: today.ordinal)
    }

    /// Consecutive ISO weeks with at least one set, as of `thisWeek`.
    public static func weeks(_ weeks: some Sequence<IsoWeek>, thisWeek: IsoWeek, timeZone: TimeZone) -> Streak {
        let monday = { (week: IsoWeek) in TrainingDay(containing: week.start, timeZone: timeZone).ordinal }
        return runs(Set(weeks.map(monday)), step: 7, now: monday(thisWeek))
    }

    /// Consecutive days, and consecutive ISO weeks, with a session starting in them, as of the
    /// moment `asOf`: what `days` and `weeks` give for the local days and weeks of `starts`,
    /// without a calendar computation per session.
    static func daysAndWeeks(of starts: [Date], asOf: Date, timeZone: TimeZone) -> (days: Streak, weeks: Streak) {
        let days = LocalDays.ordinals(of: starts, timeZone: timeZone)
        let today = TrainingDay(containing: asOf, timeZone: timeZone).ordinal
        return (runs(days, step: 1, now: today), runs(Set(days.map(monday)), step: 7, now: monday(today)))
    }

    /// The Monday of the ISO week of the day `ordinal`.
    static func monday(_ ordinal: Int) -> Int {
        ordinal - TrainingDay.weekdayFromMonday(ordinal: ordinal)
    }

    /// Runs in `ordinals` where each member is `step` after the one before.
    static func runs(_ ordinals: Set<Int>, step: Int, now: Int) -> Streak {
        var longest = 0
        for start in ordinals where !ordinals.contains(start - step) {
            var length = 1
            while ordinals.contains(start + length * step) { length += 1 }
            longest = max(longest, length)
        }
        var current = 0
        var cursor = ordinals.contains(now) ? now : now - step
        while ordinals.contains(cursor) {
            current += 1
            cursor -= step
        }
        return Streak(current: current, longest: longest)
    }
}
