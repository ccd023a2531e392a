import Foundation
import GRDB

/// The formats `wlog export history` writes.
public enum HistoryExportFormat: String, CaseIterable, Sendable {
    /// The fields of `HistoryExporter.fields`, with a header row.
    case csv
    /// The fields of `HistoryExporter.fields`, as an array of objects.
    case json
    /// Strong's current CSV export, for apps that import it.
    case strong
}

/// Writes the log (or part of it) as a file that `wlog import history` reads back, oldest first.
///
/// CSV and JSON keep every field of every set and of its session. Strong's format keeps what
/// Strong keeps (see `StrongExportWriter`). Rows are read from one snapshot of the database and
/// handed to the output a chunk at a time, so memory stays flat whatever the size of the log.
public struct HistoryExporter: Sendable {
    /// The session's fields each exported set carries, after those of `ExportedSet`.
    public static let sessionFields = ["session_name", "session_note", "session_started_at", "session_finished_at"]
    /// Every field of the csv and json exports, in CSV column order.
    public static let fields = ExportedSet.fields + sessionFields

    /// How much text is gathered before it is handed to the output.
    static let chunkSize = 1 << 16

    private let database: AppDatabase

    public init(database: AppDatabase) {
        self.database = database
    }

    /// The exported text and how many sets it holds.
    public func export(_ filter: HistoryFilter = HistoryFilter(), format: HistoryExportFormat, unit: WeightUnit = .kg,
                       timeZone: TimeZone = .current) throws -> (text: String, sets: Int) {
        var text = ""
        let sets = try export(filter, format: format, unit: unit, timeZone: timeZone) { text += $0 }
        return (text, sets)
    }

    /// Writes the export through `write`, a chunk of text at a time, and returns how many sets it
    /// holds; `progress` is told how many of the total sets are written.
    public func export(_ filter: HistoryFilter = HistoryFilter(), format: HistoryExportFormat, unit: WeightUnit = .kg,
                       timeZone: TimeZone = .current, progress: ((Int, Int) -> Void)? = nil,
                       write: (String) throws -> Void) throws -> Int {
        try withoutActuallyEscaping(write) { write in try database.read { db in
            let total = progress == nil ? 0 : try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM logged_set s WHERE \(filter.condition)",
                                                                 arguments: filter.arguments) ?? 0
            var output = ChunkedOutput(write: write, total: total, progress: progress)
            switch format {
            case .csv, .json:
                try wlogRows(filter, json: format == .json, timeZone: timeZone, to: &output, in: db)
            case .strong:
                try StrongExportWriter(unit: unit, timeZone: timeZone).write(filter, to: &output, in: db)
            }
            try output.flush()
            return output.sets
        } }
    }

    /// The query of the csv and json exports. CROSS JOIN keeps the sets the outer loop, read in
    /// time order from an index: rows stream out instead of being sorted all at once (only sets
    /// of the same second are sorted).
    static func rowsSQL(_ filter: HistoryFilter) -> String {
        """
        SELECT w.name, w.note, w.started_at, w.finished_at, \(HistoryEntry.selection) CROSS JOIN workout_session w ON w.id = s.session_id
        WHERE \(filter.condition) ORDER BY s.performed_at, s.session_id, s.id
        """
    }

    /// The csv or json export: every set with its session's fields, oldest first.
    private func wlogRows(_ filter: HistoryFilter, json: Bool, timeZone: TimeZone, to output: inout ChunkedOutput, in db: Database) throws {
        let formatter = ExportedSet.timeFormatter(timeZone)
        let fieldOrder = Self.fields.indices.sorted { Self.fields[$0] < Self.fields[$1] }
        output.text.append(json ? "[\n" : CSVLine.text(Self.fields) + "\n")
        let sql = Self.rowsSQL(filter)
        let adapter = ScopeAdapter(["entry": RangeRowAdapter(4..<23)])
        let rows = try Row.fetchCursor(db, sql: sql, arguments: filter.arguments, adapter: adapter)
        while let row = try rows.next() {
            guard let entryRow = row.scopes["entry"] else { continue }
            let set = ExportedSet(try HistoryEntry(row: entryRow), formatter: formatter)
            let startedAt: Date = row[2]
            let finishedAt: Date? = row[3]
            let values = set.values + [
                (row[0] as String?).map(ScalarValue.text) ?? .null, (row[1] as String?).map(ScalarValue.text) ?? .null,
                .text(formatter.string(from: startedAt)), finishedAt.map { .text(formatter.string(from: $0)) } ?? .null,
            ]
            if json {
                if output.sets > 0 { output.text.append(",\n") }
                JSONObjectText.append(fieldOrder.map { (Self.fields[$0], values[$0]) }, to: &output.text)
            } else {
                CSVLine.appendLine(values.map(\.csvText), to: &output.text)
            }
            try output.setWritten()
        }
        if json { output.text.append("\n]\n") }
    }
}

/// Text gathered for the output and handed over in chunks, with the count of sets written.
struct ChunkedOutput {
    let write: (String) throws -> Void
    let total: Int
    let progress: ((Int, Int) -> Void)?
    var text = ""
    var sets = 0

    init(write: @escaping (String) throws -> Void, total: Int, progress: ((Int, Int) -> Void)?) {
        self.write = write
        self.total = total
        self.progress = progress
        text.reserveCapacity(HistoryExporter.chunkSize + 4096)
    }

    /// Counts one set; hands the text over once a chunk is full.
    mutating func setWritten() throws {
        sets += 1
        if text.utf8.count >= HistoryExporter.chunkSize { try flush() }
    }

    mutating func flush() throws {
        if !text.isEmpty { try write(text) }
        text.removeAll(keepingCapacity: true)
        progress?(sets, total)
    }
}

extension HistoryFilter {
    /// The SQL condition on `logged_set s` for the exercise and the time range (not `lastSessions`).
    var condition: String {
        var conditions: [String] = []
        if exerciseID != nil { conditions.append("s.exercise_id = ?") }
        if since != nil { conditions.append("s.performed_at >= ?") }
        if until != nil { conditions.append("s.performed_at < ?") }
        return conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
    }

    /// The values of `condition`'s placeholders.
    var arguments: StatementArguments {
        var values: [(any DatabaseValueConvertible)?] = []
        if let exerciseID { values.append(exerciseID) }
        if let since { values.append(since) }
        if let until { values.append(until) }
        return StatementArguments(values)
    }
}
