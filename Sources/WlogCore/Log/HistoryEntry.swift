import Foundation
import GRDB

/// One logged set with its exercise, as history, undo and delete show it.
public struct HistoryEntry: Equatable, Sendable, FetchableRecord {
    public var set: LoggedSet
    public var slug: String
    public var exercise: String

    /// Reads a row of `selection` by position: history and stats read thousands of sets, and
    /// looking each column up by name cost as much as reading it.
    public init(row: Row) throws {
        assert(row.count == 19, "a HistoryEntry is read from the columns of `selection`")
        set = LoggedSet(
            id: try row.decode(atIndex: 0), sessionId: try row.decode(atIndex: 1), exerciseId: try row.decode(atIndex: 2),
            batchId: try row.decode(atIndex: 3), performedAt: try row.decode(atIndex: 4), setNumber: try row.decode(atIndex: 5),
            reps: try row.decode(atIndex: 6), weightKg: try row.decode(atIndex: 7),
            weightUnit: WeightUnit(rawValue: try row.decode(String.self, atIndex: 8)) ?? .kg, bodyweight: try row.decode(atIndex: 9),
            durationS: try row.decode(atIndex: 10), distanceM: try row.decode(atIndex: 11), rpe: try row.decode(atIndex: 12),
            rir: try row.decode(atIndex: 13), kind: SetKind(rawValue: try row.decode(String.self, atIndex: 14)) ?? .working,
            note: try row.decode(atIndex: 15), createdAt: try row.decode(atIndex: 16))
        slug = try row.decode(atIndex: 17)
        exercise = try row.decode(atIndex: 18)
    }

    public init(set: LoggedSet, slug: String, exercise: String) {
        self.set = set
        self.slug = slug
        self.exercise = exercise
    }

    /// The columns `HistoryEntry` is read from, in the order `init(row:)` reads them: every set
    /// column, the exercise's slug and name.
    static let selection = "\(columns) FROM logged_set s JOIN exercise e ON e.id = s.exercise_id"

    /// The columns of `selection`, for queries that reach `logged_set s` and `exercise e` another way.
    static let columns = """
        s.id, s.session_id, s.exercise_id, s.batch_id, s.performed_at, s.set_number, s.reps, s.weight_kg, s.weight_unit, \
        s.bodyweight, s.duration_s, s.distance_m, s.rpe, s.rir, s.kind, s.note, s.created_at, e.slug AS slug, e.name AS exercise
        """
}

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
    public static let fields = ["id", "session_id", "performed_at", "slug", "exercise", "set_number", "reps", "weight", "unit",
                                "duration_s", "distance_m", "rpe", "rir", "kind", "note"]

    public init(_ entry: HistoryEntry, timeZone: TimeZone) {
        self.init(entry, formatter: Self.timeFormatter(timeZone))
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
        unit = set.weight.map { $0.bodyweight ? ($0.amount == nil ? "bw" : "bw+\($0.unit.rawValue)") : $0.unit.rawValue }
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
    var values: [ScalarValue] {
        [.int(Int(id)), .int(Int(sessionId)), .text(performedAt), .text(slug), .text(exercise), .int(setNumber),
         reps.map(ScalarValue.int) ?? .null, weight.map(ScalarValue.number) ?? .null, unit.map(ScalarValue.text) ?? .null,
         durationS.map(ScalarValue.number) ?? .null, distanceM.map(ScalarValue.number) ?? .null,
         rpe.map(ScalarValue.number) ?? .null, rir.map(ScalarValue.int) ?? .null, .text(kind), note.map(ScalarValue.text) ?? .null]
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

/// A JSON scalar, so that absent fields are written as null rather than left out.
enum ScalarValue: Encodable, Equatable {
    case int(Int), number(Double), text(String), null

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .int(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .text(let value): try container.encode(value)
        case .null: try container.encodeNil()
        }
    }

    var csvText: String {
        switch self {
        case .int(let value): return String(value)
        case .number(let value): return NumberText.plain(value)
        case .text(let value): return value
        case .null: return ""
        }
    }
}

/// Numbers as people write them: 40, 42.5, 0.333 (at most three decimals, no trailing zeros).
public enum NumberText {
    public static func plain(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(format: "%.3f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
