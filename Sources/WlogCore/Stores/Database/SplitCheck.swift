import Dispatch
import GRDB

/// `check` of a sound file on two cores. `integrity_check` of the log's table (most of the work:
/// each set is looked up in each of its indexes) runs on the command's connection while a
/// second, read-only connection runs `quick_check` (every page of the file, the freelist, the
/// NOT NULL and CHECK constraints of every table), `integrity_check` of every other table,
/// `foreign_key_check` and the counts. Together the parts check all that one
/// `PRAGMA integrity_check` checks.
///
/// A split check answers only for a file whose integrity checks all pass. On any integrity
/// problem, or when a part cannot run (an in-memory database, a file the second connection
/// cannot open, damage that stops a pragma), it gives no report and `check` runs the single
/// `integrity_check` it always ran, so a problem is worded, counted and ordered as that pragma
/// reports it.
///
/// Each connection reads in its own transaction: a write committed between their starts is
/// seen by one part and not the other. Each part still checks one consistent state of the file.
struct SplitCheck {
    /// The table checked on the command's connection: the log, by far the largest.
    static let largestTable = "logged_set"

    /// What the second connection found.
    fileprivate struct OtherParts: Sendable {
        var foreignKeyProblems: [String]
        var contents: DatabaseMaintenance.Contents?
    }

    /// The report of a file whose integrity checks all pass, or nil (the caller runs the full check).
    static func report(on writer: any DatabaseWriter) -> DatabaseMaintenance.CheckReport? {
        guard let second = secondConnection(to: writer.path) else { return nil }
        defer { try? second.close() }
        let otherParts = OtherPartsRun { try? second.read { db in try checkOtherParts(db) } }
        let largestPasses =
            (try? writer.writeWithoutTransaction { db in
                try DatabaseMaintenance.withCheckCache(db) { try passes(db, "PRAGMA integrity_check(\(quoted))") }
            }) ?? false
        guard let others = otherParts.result(), largestPasses else { return nil }
        return DatabaseMaintenance.CheckReport(
            integrityProblems: [], foreignKeyProblems: others.foreignKeyProblems, contents: others.contents)
    }

    /// A read-only connection to the file at `path`; nil for an in-memory database or a file it cannot open.
    private static func secondConnection(to path: String) -> DatabaseQueue? {
        guard !path.isEmpty, path != ":memory:", !path.hasPrefix("file:") else { return nil }
        var configuration = AppDatabase.makeConfiguration()
        configuration.readonly = true
        return try? DatabaseQueue(path: path, configuration: configuration)
    }

    /// Everything but the largest table's `integrity_check`; nil when an integrity check finds a problem.
    private static func checkOtherParts(_ db: Database) throws -> OtherParts? {
        try DatabaseMaintenance.withCheckCache(db) {
            guard try passes(db, "PRAGMA quick_check") else { return nil }
            // Virtual tables too: a SQLite that checks them (FTS5, from 3.44) does so in the full check.
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> ?", arguments: [largestTable])
            for table in tables {
                guard try passes(db, "PRAGMA integrity_check(\(table.quotedDatabaseIdentifier))") else { return nil }
            }
            return OtherParts(
                foreignKeyProblems: try DatabaseMaintenance.foreignKeyProblems(db),
                contents: try? DatabaseMaintenance.contents(db))
        }
    }

    private static var quoted: String { largestTable.quotedDatabaseIdentifier }

    /// Whether the integrity pragma `sql` answers only `ok`.
    private static func passes(_ db: Database, _ sql: String) throws -> Bool {
        try String.fetchAll(db, sql: sql) == ["ok"]
    }
}

/// The second connection's parts, run on another thread while the caller checks the largest table.
private final class OtherPartsRun: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var found: SplitCheck.OtherParts?

    init(_ work: @escaping @Sendable () -> SplitCheck.OtherParts?) {
        DispatchQueue.global().async { [self] in
            found = work()
            done.signal()
        }
    }

    /// What the parts found (nil: a problem, or they could not run), once they are done.
    func result() -> SplitCheck.OtherParts? {
        done.wait()
        return found
    }
}
