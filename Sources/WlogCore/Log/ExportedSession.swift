import Foundation

/// A session as scripts read it (`sessions --format json`).
public struct ExportedSession: Encodable, Equatable, Sendable {
    public let id: Int64
    public let name: String?
    public let note: String?
    public let startedAt: String
    public let finishedAt: String?
    public let durationS: Double
    public let exercises: Int
    public let sets: Int
    public let volumeKg: Double

    enum CodingKeys: String, CodingKey {
        case id, name, note, exercises, sets
        case startedAt = "started_at", finishedAt = "finished_at", durationS = "duration_s", volumeKg = "volume_kg"
    }

    public init(_ summary: SessionSummary, timeZone: TimeZone) {
        let iso = ISO8601DateFormatter()
        iso.timeZone = timeZone
        id = summary.session.id ?? 0
        name = summary.session.name
        note = summary.session.note
        startedAt = iso.string(from: summary.session.startedAt)
        finishedAt = summary.session.finishedAt.map(iso.string)
        durationS = summary.duration
        exercises = summary.exercises
        sets = summary.sets
        volumeKg = summary.volumeKg
    }
}
