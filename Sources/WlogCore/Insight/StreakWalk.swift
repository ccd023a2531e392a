import Foundation

/// The walk that finds the streaks, as a state that can be kept and continued: training days
/// are taken oldest first, and the walk holds what the streaks need of those taken so far (the
/// newest day, the runs of days and of weeks that end there, the longest runs). Continuing a
/// kept walk with the newer days gives exactly what one walk over all the days gives.
struct StreakWalk: Equatable, Sendable {
    /// The newest training day taken (`TrainingDay.ordinal`); nil before the first.
    var lastDay: Int?
    /// Consecutive days ending on `lastDay`, and the longest such run so far.
    var dayRun = 0
    var longestDays = 0
    /// Consecutive ISO weeks ending in `lastDay`'s week, and the longest such run so far.
    var weekRun = 0
    var longestWeeks = 0
    /// False once a day older than `lastDay` came: the days were not taken in order, and the
    /// state no longer says what the days say.
    private(set) var isInOrder = true

    init() {}

    init(lastDay: Int?, dayRun: Int, longestDays: Int, weekRun: Int, longestWeeks: Int) {
        self.lastDay = lastDay
        self.dayRun = dayRun
        self.longestDays = longestDays
        self.weekRun = weekRun
        self.longestWeeks = longestWeeks
    }

    /// Takes the training day `day`, which must not be older than the last one taken.
    mutating func take(day: Int) {
        guard let last = lastDay else {
            (lastDay, dayRun, weekRun) = (day, 1, 1)
            (longestDays, longestWeeks) = (max(longestDays, 1), max(longestWeeks, 1))
            return
        }
        guard day > last else {
            if day < last { isInOrder = false }
            return
        }
        dayRun = day == last + 1 ? dayRun + 1 : 1
        let (week, lastWeek) = (Streaks.monday(day), Streaks.monday(last))
        if week != lastWeek { weekRun = week == lastWeek + 7 ? weekRun + 1 : 1 }
        lastDay = day
        longestDays = max(longestDays, dayRun)
        longestWeeks = max(longestWeeks, weekRun)
    }

    /// The streaks as of the day `today`, no older than any day taken: a run is still alive when
    /// it reaches today or yesterday (this week or last week).
    func streaks(today: Int) -> TrainingStreaks {
        guard let lastDay else { return TrainingStreaks.none }
        let thisWeek = Streaks.monday(today)
        let lastWeek = Streaks.monday(lastDay)
        return TrainingStreaks(
            days: Streak(current: lastDay >= today - 1 ? dayRun : 0, longest: longestDays),
            weeks: Streak(current: lastWeek >= thisWeek - 7 ? weekRun : 0, longest: longestWeeks))
    }
}
