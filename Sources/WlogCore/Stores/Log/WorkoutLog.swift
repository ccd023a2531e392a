import Foundation
import GRDB

/// The workout log's store: records sets into sessions, answers history questions, corrects
/// mistakes (undo, delete, edit), imports and exports history. It owns the tables `logged_set`,
/// `workout_session` and `record_batch` (the change journal), import keys included: every SQL
/// statement about them lives here and in its extensions in `Stores/Log/`. Its reads join
/// `exercise` for names; exercises it creates (on import) are written through the exercise store.
public struct WorkoutLog: Sendable {
    let database: AppDatabase

    public init(database: AppDatabase) {
        self.database = database
    }

    // MARK: Sessions

    /// Opens a session now (or at `time`), named if `name` is given. When the latest session is
    /// open and still empty, that one starts again instead: two starts make one session.
    public func startSession(name: String?, at time: Date = Date()) throws -> WorkoutSession {
        try database.write { db in
            if var empty = try WorkoutSessionRow.all().newestFirst().fetchOne(db)?.session, empty.finishedAt == nil,
                try !Self.hasSets(sessionID: empty.id, in: db)
            {
                empty.startedAt = time
                empty.name = name ?? empty.name
                try empty.update(db)
                return empty
            }
            var session = WorkoutSession(
                id: nil, name: name, note: nil, startedAt: time, finishedAt: nil, createdAt: Date())
            try session.insert(db)
            return session
        }
    }

    static func hasSets(sessionID: Int64?, in db: Database) throws -> Bool {
        try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM logged_set WHERE session_id = ?)", arguments: [sessionID]) ?? false
    }

    /// Finishes the session that is open now; later sets open a new one.
    public func finishSession(now: Date = Date()) throws -> WorkoutSession {
        try database.write { db in
            let settings = try SettingsStore.load(db)
            guard var session = try Self.session(accepting: now, gap: settings.sessionGap, in: db),
                session.finishedAt == nil
            else {
                throw LogError.noOpenSession
            }
            session.finishedAt = now
            try session.update(db)
            return session
        }
    }

    /// Sets the note of the latest session.
    public func noteLatestSession(_ note: String) throws -> WorkoutSession {
        try database.write { db in
            guard var session = try WorkoutSessionRow.all().newestFirst().fetchOne(db)?.session else {
                throw LogError.noOpenSession
            }
            session.note = note
            try session.update(db)
            return session
        }
    }

    /// The newest `last` sessions (all when `nil`), newest first, with their counts and volume.
    public func sessions(last: Int? = nil) throws -> [SessionSummary] {
        try database.read { db in try Self.summaries(where: "1", arguments: [], limit: last, in: db) }
    }

    /// `sessions(last:)` with the unit their volume is shown in, read in the same transaction.
    public func sessionListing(last: Int? = nil) throws -> SessionListing {
        try database.read { db in
            SessionListing(
                sessions: try Self.summaries(where: "1", arguments: [], limit: last, in: db),
                unit: try SettingsStore.load(db).defaultUnit)
        }
    }

    /// One session with its counts and volume.
    public func session(id: Int64) throws -> SessionSummary {
        try database.read { db in
            guard let summary = try Self.summaries(where: "w.id = ?", arguments: [id], limit: 1, in: db).first else {
                throw LogError.noSuchSession(id)
            }
            return summary
        }
    }

    private static func summaries(where condition: String, arguments: StatementArguments, limit: Int?, in db: Database)
        throws -> [SessionSummary]
    {
        let rows = try Row.fetchAll(db, sql: summariesSQL(where: condition), arguments: arguments + [limit ?? -1])
        return try rows.map { row in
            SessionSummary(
                session: try WorkoutSessionRow(row: row).session, firstSetAt: row["first_set_at"],
                lastSetAt: row["last_set_at"],
                exercises: row["exercises"], sets: row["sets"], volumeKg: row["volume_kg"])
        }
    }

    // MARK: History

    /// The sets that match `filter`, newest first; `exercise` (slug, name, alias or unique
    /// prefix) narrows it to one exercise, found in the same read.
    public func history(_ filter: HistoryFilter = HistoryFilter(), exercise: String? = nil) throws -> [HistoryEntry] {
        try database.read { db in
            var filter = filter
            if let exercise { filter.exerciseID = try ExerciseStore.resolve(exercise, in: db).id }
            guard let last = filter.lastSessions else {
                return try HistoryEntry.fetchAll(
                    db, sql: Self.historySQL(matching: filter.condition), arguments: filter.arguments)
            }
            let sessions = try Self.newestSessions(last, matching: filter, in: db)
            let list = "[" + sessions.map(String.init).joined(separator: ",") + "]"
            return try HistoryEntry.fetchAll(
                db, sql: Self.historyInSessionsSQL(matching: filter.condition),
                arguments: StatementArguments([list]) + filter.arguments)
        }
    }

    /// One set by id.
    public func entry(id: Int64) throws -> HistoryEntry {
        try database.read { db in try Self.entry(id: id, in: db) }
    }

    static func entry(id: Int64, in db: Database) throws -> HistoryEntry {
        guard
            let entry = try HistoryEntry.fetchOne(
                db, sql: "SELECT \(HistoryEntry.selection) WHERE s.id = ?", arguments: [id])
        else {
            throw LogError.noSuchSet(id)
        }
        return entry
    }

    /// The number of sets in the log.
    public func setCount() throws -> Int {
        try database.read { db in try LoggedSetRow.fetchCount(db) }
    }
}
