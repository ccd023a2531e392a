import Foundation

/// The set as scripts read it (`history --format json|csv`): the field names and units the README documents.
public struct ExportedSet: Encodable, Equatable, Sendable {
    public var id: Int64
    public var sessionId: Int64
    public var performedAt: String
    public var slug: String
    public var exercise: String
    public var setNumber: Int
    public var reps: Int?
    public var weight: Double?
    public var unit: String?
    public var durationS: Double?
    public var distanceM: Double?
    public var rpe: Double?
    public var rir: Int?
    public var kind: String
    public var note: String?

    /// The CSV header, in field order.
    public static let fields = [
        "id", "session_id", "performed_at", "slug", "exercise", "set_number", "reps", "weight", "unit",
        "duration_s", "distance_m", "rpe", "rir", "kind", "note",
    ]

    public init(_ entry: HistoryEntry, timeZone: TimeZone) {
        self.init(entry, formatter: Self.timeFormatter(timeZone))
    }

    /// The sets `entries`, in their order, with one time formatter for all of them (making a
    /// formatter costs far more than writing one time with it).
    public static func list(_ entries: [HistoryEntry], timeZone: TimeZone) -> [ExportedSet] {
        let formatter = timeFormatter(timeZone)
        return entries.map { ExportedSet($0, formatter: formatter) }
    }

    /// The set, its time written by `formatter` (one formatter serves a whole export).
    init(_ entry: HistoryEntry, formatter: ISO8601DateFormatter) {
        let set = entry.set
        id = set.id ?? 0
        sessionId = set.sessionId
        performedAt = formatter.string(from: set.performedAt)
        slug = entry.slug
        exercise = entry.exercise
        setNumber = set.setNumber
        reps = set.reps
        weight = set.weight?.amount
        unit = set.weight.map {
            $0.bodyweight ? ($0.amount == nil ? "bw" : "bw+\($0.unit.rawValue)") : $0.unit.rawValue
        }
        durationS = set.durationS
        distanceM = set.distanceM
        rpe = set.rpe
        rir = set.rir
        kind = set.kind.rawValue
        note = set.note
    }

    /// Times as `performed_at` writes them: ISO 8601 with the offset of `timeZone`.
    static func timeFormatter(_ timeZone: TimeZone) -> ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = timeZone
        formatter.formatOptions = [.withInternetDateTime]
        return formatter
    }

    /// Every field, absent ones as JSON null.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: AnyKey.self)
        for (field, value) in zip(Self.fields, values) {
            try container.encode(value, forKey: AnyKey(field))
        }
    }

    /// The fields as CSV cells: absent values empty, numbers without a needless `.0`.
    public var csvCells: [String] {
        values.map { $0.csvText }
    }

    /// The values of `fields`, in their order.
    var values: [JSONValue] {
        [
            .int(Int(id)), .int(Int(sessionId)), .text(performedAt), .text(slug), .text(exercise), .int(setNumber),
            .int(reps),
            .number(weight), .text(unit), .number(durationS), .number(distanceM), .number(rpe), .int(rir), .text(kind),
            .text(note),
        ]
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
