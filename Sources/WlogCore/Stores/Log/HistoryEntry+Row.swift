import Foundation
import GRDB

/// A set with its exercise as read from `logged_set s JOIN exercise e`. The reading stays
/// inside the library: callers get `HistoryEntry` values, never rows.
extension HistoryEntry {
    /// Reads a row of `selection` by position: history and stats read thousands of sets, and
    /// looking each column up by name cost as much as reading it.
    init(row: Row) throws {
        assert(row.count == Self.columnCount, "a HistoryEntry is read from the columns of `selection`")
        set = LoggedSet(
            id: try row.decode(atIndex: 0), sessionId: try row.decode(atIndex: 1),
            exerciseId: try row.decode(atIndex: 2),
            batchId: try row.decode(atIndex: 3), performedAt: try Self.date(atIndex: 4, of: row),
            setNumber: try row.decode(atIndex: 5),
            reps: try row.decode(atIndex: 6), weightKg: try row.decode(atIndex: 7),
            weightUnit: WeightUnit(rawValue: try row.decode(String.self, atIndex: 8)) ?? .kg,
            bodyweight: try row.decode(atIndex: 9),
            durationS: try row.decode(atIndex: 10), distanceM: try row.decode(atIndex: 11),
            rpe: try row.decode(atIndex: 12),
            rir: try row.decode(atIndex: 13),
            kind: SetKind(rawValue: try row.decode(String.self, atIndex: 14)) ?? .working,
            note: try row.decode(atIndex: 15), createdAt: try Self.date(atIndex: 16, of: row))
        set.importKey = try row.decode(atIndex: 17)
        slug = try row.decode(atIndex: 18)
        exercise = try row.decode(atIndex: 19)
    }

    /// The time at column `index`, the `Date` GRDB reads, without GRDB's calendar computation
    /// when the column holds a stored time (`StoredTime.date(stored:)`).
    private static func date(atIndex index: Int, of row: Row) throws -> Date {
        let value: DatabaseValue = row[index]
        if case .string(let text) = value.storage, let date = StoredTime.date(stored: text) { return date }
        return try row.decode(atIndex: index)
    }

    /// The columns `HistoryEntry` is read from, in the order `init(row:)` reads them: every set
    /// column, the exercise's slug and name.
    static let selection = "\(columns) FROM logged_set s JOIN exercise e ON e.id = s.exercise_id"

    /// The columns of `selection`, for queries that reach `logged_set s` and `exercise e` another way.
    static let columns = """
        s.id, s.session_id, s.exercise_id, s.batch_id, s.performed_at, s.set_number, s.reps, s.weight_kg, s.weight_unit, \
        s.bodyweight, s.duration_s, s.distance_m, s.rpe, s.rir, s.kind, s.note, s.created_at, s.import_key, \
        e.slug AS slug, e.name AS exercise
        """

    /// How many columns `selection` reads.
    static let columnCount = 20

    /// Every entry `sql` (a statement over `selection` or `columns`) finds.
    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments = StatementArguments()) throws
        -> [HistoryEntry]
    {
        var entries: [HistoryEntry] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() { entries.append(try HistoryEntry(row: row)) }
        return entries
    }

    /// The first entry `sql` finds, if any.
    static func fetchOne(_ db: Database, sql: String, arguments: StatementArguments = StatementArguments()) throws
        -> HistoryEntry?
    {
        try Row.fetchOne(db, sql: sql, arguments: arguments).map(HistoryEntry.init(row:))
    }
}
