import Foundation

/// A session as scripts read it (`sessions --format json|csv`): ISO 8601 times, canonical units, and
/// figures rounded once, here, where they leave the library: whole seconds, volume to the gram.
public struct ExportedSession: Encodable, Equatable, Sendable {
    public let id: Int64
    public let name: String?
    public let note: String?
    public let startedAt: String
    public let finishedAt: String?
    public let durationS: Int
    public let exercises: Int
    public let sets: Int
    public let volumeKg: Double

    /// The CSV header, in column order; the JSON keys are the same.
    public static let fields = [
        "id", "started_at", "finished_at", "duration_s", "exercises", "sets", "volume_kg", "name", "note",
    ]

    enum CodingKeys: String, CodingKey {
        case id, name, note, exercises, sets
        case startedAt = "started_at", finishedAt = "finished_at", durationS = "duration_s", volumeKg = "volume_kg"
    }

    public init(_ summary: SessionSummary, timeZone: TimeZone) {
        self.init(summary, formatter: Self.timeFormatter(timeZone))
    }

    /// The sessions `summaries`, in their order, with one time formatter for all of them.
    public static func list(_ summaries: [SessionSummary], timeZone: TimeZone) -> [ExportedSession] {
        let formatter = timeFormatter(timeZone)
        return summaries.map { ExportedSession($0, formatter: formatter) }
    }

    /// Times as `started_at` and `finished_at` are written: ISO 8601 with the offset of `timeZone`.
    static func timeFormatter(_ timeZone: TimeZone) -> ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = timeZone
        return formatter
    }

    /// The session, its times written by `iso`.
    init(_ summary: SessionSummary, formatter iso: ISO8601DateFormatter) {
        id = summary.session.id ?? 0
        name = summary.session.name
        note = summary.session.note
        startedAt = iso.string(from: summary.session.startedAt)
        finishedAt = summary.session.finishedAt.map(iso.string)
        durationS = Int(summary.duration.rounded())
        exercises = summary.exercises
        sets = summary.sets
        volumeKg = (summary.volumeKg * 1000).rounded() / 1000
    }

    /// The fields as CSV cells, in `fields` order: absent values empty, numbers as `NumberText` writes them.
    public var csvCells: [String] {
        [
            String(id), startedAt, finishedAt ?? "", String(durationS), String(exercises), String(sets),
            NumberText.plain(volumeKg), name ?? "", note ?? "",
        ]
    }
}
