import Foundation

/// One line of `wlog sessions`.
public struct SessionSummary: Equatable, Sendable {
    public var session: WorkoutSession
    public var firstSetAt: Date?
    public var lastSetAt: Date?
    public var exercises: Int
    public var sets: Int
    /// Sum of reps × load over sets with both, in kilograms.
    public var volumeKg: Double

    /// From the start (or first set) to the finish (or last set).
    public var duration: TimeInterval {
        let start = min(session.startedAt, firstSetAt ?? session.startedAt)
        let end = session.finishedAt ?? lastSetAt ?? start
        return max(0, end.timeIntervalSince(start))
    }
}
