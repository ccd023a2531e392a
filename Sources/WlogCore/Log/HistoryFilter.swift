import Foundation

/// Which sets `history` shows.
public struct HistoryFilter: Sendable, Equatable {
    public var exerciseID: Int64?
    public var since: Date?
    /// Sets before this moment (exclusive).
    public var until: Date?
    /// Only the newest N sessions that match.
    public var lastSessions: Int?

    public init(exerciseID: Int64? = nil, since: Date? = nil, until: Date? = nil, lastSessions: Int? = nil) {
        self.exerciseID = exerciseID
        self.since = since
        self.until = until
        self.lastSessions = lastSessions
    }
}
