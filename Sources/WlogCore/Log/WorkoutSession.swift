import Foundation

/// A training session: the sets logged close together in time, or between `session start` and `session finish`.
public struct WorkoutSession: Codable, Equatable, Identifiable, Sendable {
    public var id: Int64?
    public var name: String?
    public var note: String?
    public var startedAt: Date
    public var finishedAt: Date?
    public var createdAt: Date
    /// The identity of the workout an import made this session for (see `ImportKey`); `nil` for
    /// sessions the log opened itself.
    var importKey: Int64?
}
