import Foundation
import GRDB

/// The log (or part of it) as a file that `wlog import history` reads back, oldest first.
///
/// CSV and JSON keep every field of every set and of its session (`WlogWriter`). Strong's format
/// keeps what Strong keeps (`StrongWriter`). Rows are read from one snapshot of the database and
/// handed to the output a chunk at a time, so memory stays flat whatever the size of the log.
extension WorkoutLog {
    /// The exported text and how many sets it holds.
    public func exportHistory(
        _ filter: HistoryFilter = HistoryFilter(), exercise: String? = nil, format: HistoryExportFormat,
        unit: WeightUnit? = nil, timeZone: TimeZone = .current
    ) throws -> (text: String, sets: Int) {
        var text = ""
        let sets = try exportHistory(filter, exercise: exercise, format: format, unit: unit, timeZone: timeZone) {
            text += $0
        }
        return (text, sets)
    }

    /// Writes the export through `write`, a chunk of text at a time, and returns how many sets it
    /// holds; `progress` is told how many of the total sets are written. `exercise` (slug, name,
    /// alias or unique prefix) narrows `filter` to one exercise; a Strong export's weights are in
    /// `unit`, else in the log's default unit. One read transaction: one snapshot of the log.
    public func exportHistory(
        _ filter: HistoryFilter = HistoryFilter(), exercise: String? = nil, format: HistoryExportFormat,
        unit: WeightUnit? = nil, timeZone: TimeZone = .current, progress: ((Int, Int) -> Void)? = nil,
        write: (String) throws -> Void
    ) throws -> Int {
        try withoutActuallyEscaping(write) { write in
            try database.read { db in
                var filter = filter
                if let exercise { filter.exerciseID = try ExerciseStore.resolve(exercise, in: db).id }
                let unit = try unit ?? SettingsStore.load(db).defaultUnit
                let total =
                    progress == nil
                    ? 0
                    : try Int.fetchOne(
                        db, sql: "SELECT COUNT(*) FROM logged_set s WHERE \(filter.condition)",
                        arguments: filter.arguments) ?? 0
                var output = ChunkedOutput(write: write, total: total, progress: progress)
                switch format {
                case .csv, .json:
                    try Self.exportRows(
                        filter, to: &output, writer: WlogWriter(json: format == .json, timeZone: timeZone), in: db)
                case .strong:
                    try Self.exportSessions(filter, to: &output, unit: unit, timeZone: timeZone, in: db)
                }
                try output.flush()
                return output.sets
            }
        }
    }

    /// The query of the csv and json exports. CROSS JOIN keeps the sets the outer loop, read in
    /// time order from an index: rows stream out instead of being sorted all at once (only sets
    /// of the same second are sorted).
    static func exportRowsSQL(_ filter: HistoryFilter) -> String {
        """
        SELECT w.name, w.note, w.started_at, w.finished_at, \(HistoryEntry.selection) CROSS JOIN workout_session w ON w.id = s.session_id
        WHERE \(filter.condition) ORDER BY s.performed_at, s.session_id, s.id
        """
    }

    /// The csv or json export: every set with its session's fields, oldest first.
    private static func exportRows(
        _ filter: HistoryFilter, to output: inout ChunkedOutput, writer: WlogWriter, in db: Database
    ) throws {
        writer.begin(&output)
        let adapter = ScopeAdapter(["entry": RangeRowAdapter(4..<(4 + HistoryEntry.columnCount))])
        let rows = try Row.fetchCursor(db, sql: exportRowsSQL(filter), arguments: filter.arguments, adapter: adapter)
        while let row = try rows.next() {
            guard let entryRow = row.scopes["entry"] else { continue }
            try writer.append(try HistoryEntry(row: entryRow), session: (row[0], row[1], row[2], row[3]), to: &output)
        }
        writer.end(&output)
    }

    /// Strong's export: one session at a time, with the exercises' equipment after their names.
    private static func exportSessions(
        _ filter: HistoryFilter, to output: inout ChunkedOutput, unit: WeightUnit, timeZone: TimeZone,
        in db: Database
    ) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT id, equipment FROM exercise WHERE equipment IS NOT NULL")
        let equipment: [Int64: String] = Dictionary(rows.map { ($0["id"], $0["equipment"]) }) { first, _ in first }
        let writer = StrongWriter(unit: unit, timeZone: timeZone, equipment: equipment)
        writer.begin(&output)
        let sessions = try WorkoutSession.fetchCursor(db, sql: "SELECT * FROM workout_session ORDER BY started_at, id")
        let setsSQL =
            "SELECT \(HistoryEntry.selection) WHERE s.session_id = ? AND \(filter.condition) ORDER BY s.performed_at, s.id"
        while let session = try sessions.next() {
            guard let id = session.id else { continue }
            var arguments: StatementArguments = [id]
            arguments += filter.arguments
            try writer.append(
                session, sets: try HistoryEntry.fetchAll(db, sql: setsSQL, arguments: arguments), to: &output)
        }
    }
}
