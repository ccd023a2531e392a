import Foundation

/// The two streaks `summary` shows: consecutive training days and consecutive training weeks,
/// over the whole log.
public struct TrainingStreaks: Equatable, Sendable {
    public var days: Streak
    public var weeks: Streak

    /// No training at all.
    public static let none = TrainingStreaks(
        days: Streak(current: 0, longest: 0), weeks: Streak(current: 0, longest: 0))

    public init(days: Streak, weeks: Streak) {
        self.days = days
        self.weeks = weeks
    }
}
