import Foundation
import GRDB

/// The workout log: records sets into sessions, answers history questions, and corrects
/// mistakes (undo, delete, edit). Every SQL statement about sets and sessions lives here and in
/// its extensions (`WorkoutLog+Recent.swift`).
public struct WorkoutLog: Sendable {
    let database: AppDatabase

    public init(database: AppDatabase) {
        self.database = database
    }

    // MARK: Recording

    /// What one `record` stored.
    public struct RecordResult: Sendable, Equatable {
        public var entries: [HistoryEntry]
        public var session: WorkoutSession
        public var openedSession: Bool
        /// The sets of this exercise in the last session before this one that had it.
        public var previous: [HistoryEntry]
    }

    /// Stores the planned sets of `exercise` in one transaction: in the current session when its
    /// last set is within the session gap, else in a new one.
    public func record(_ plan: RecordPlan, exercise: Exercise, now: Date = Date()) throws -> RecordResult {
        guard let exerciseID = exercise.id else { throw LogError.noSuchExercise }
        return try database.write { db in
            let settings = try SettingsStore.load(db)
            var session: WorkoutSession
            var opened = false
            if let current = try Self.session(accepting: plan.performedAt, gap: settings.sessionGap, in: db) {
                session = current
            } else {
                session = WorkoutSession(id: nil, name: nil, note: nil, startedAt: plan.performedAt, finishedAt: nil, createdAt: now)
                try session.insert(db)
                opened = true
            }
            guard let sessionID = session.id else { throw LogError.noSuchSession(0) }
            let previous = try Self.lastPerformance(exerciseID: exerciseID, before: plan.performedAt, outside: sessionID, in: db)
            var batch = RecordBatch(id: nil, createdAt: now, openedSessionId: opened ? sessionID : nil)
            try batch.insert(db)
            let firstNumber = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(set_number), 0) + 1 FROM logged_set WHERE session_id = ? AND exercise_id = ?",
                                               arguments: [sessionID, exerciseID]) ?? 1
            var entries: [HistoryEntry] = []
            for (index, planned) in plan.sets.enumerated() {
                var set = LoggedSet(
                    id: nil, sessionId: sessionID, exerciseId: exerciseID, batchId: batch.id, performedAt: plan.performedAt,
                    setNumber: firstNumber + index, reps: planned.reps, weightKg: nil, weightUnit: .kg, bodyweight: false,
                    durationS: planned.durationS, distanceM: planned.distanceM, rpe: planned.rpe, rir: planned.rir,
                    kind: planned.kind, note: planned.note, createdAt: now)
                set.setWeight(planned.weight)
                try set.insert(db)
                entries.append(HistoryEntry(set: set, slug: exercise.slug, exercise: exercise.name))
            }
            return RecordResult(entries: entries, session: session, openedSession: opened, previous: previous)
        }
    }

    /// The session a set done at `time` joins: the latest one started by then, not finished
    /// before it, whose last set (or start) is at most `gap` earlier; else the first one that
    /// starts at most `gap` after it. The second rule makes the answer independent of the order
    /// sets are stored in: two processes that record at the same moment, each with its time
    /// taken before it got the write lock, share one session.
    /// A set being moved (`ignoring`) does not count as activity in its own session.
    static func session(accepting time: Date, gap: TimeInterval, ignoring setID: Int64? = nil, in db: Database) throws -> WorkoutSession? {
        if let session = try WorkoutSession.fetchOne(db, sql: """
            SELECT * FROM workout_session WHERE started_at <= ? ORDER BY started_at DESC, id DESC LIMIT 1
            """, arguments: [time]), session.finishedAt.map({ $0 > time }) ?? true {
            let lastSet = try Date.fetchOne(db, sql: """
                SELECT MAX(performed_at) FROM logged_set WHERE session_id = ? AND performed_at <= ? AND id IS NOT ?
                """, arguments: [session.id, time, setID])
            let lastActivity = max(session.startedAt, lastSet ?? session.startedAt)
            if time.timeIntervalSince(lastActivity) <= gap { return session }
        }
        return try WorkoutSession.fetchOne(db, sql: """
            SELECT * FROM workout_session WHERE started_at > ? AND started_at <= ? ORDER BY started_at, id LIMIT 1
            """, arguments: [time, time.addingTimeInterval(gap)])
    }

    /// The working sets (no warm-ups) of one exercise in the latest session before `time` that
    /// had them, other than `current`: the session a new set joins is not its "last time".
    static func lastPerformance(exerciseID: Int64, before time: Date, outside current: Int64?, in db: Database) throws -> [HistoryEntry] {
        guard let sessionID = try Int64.fetchOne(db, sql: """
            SELECT session_id FROM logged_set
            WHERE exercise_id = ? AND performed_at < ? AND session_id IS NOT ? AND kind <> 'warmup'
            ORDER BY performed_at DESC, id DESC LIMIT 1
            """, arguments: [exerciseID, time, current]) else { return [] }
        return try HistoryEntry.fetchAll(db, sql: """
            SELECT \(HistoryEntry.selection) WHERE s.session_id = ? AND s.exercise_id = ? AND s.kind <> 'warmup' ORDER BY s.set_number, s.id
            """, arguments: [sessionID, exerciseID])
    }

    /// The working sets this exercise was last done with, before `time`, in a session other than
    /// the one a set done at `time` would join.
    public func lastPerformance(of exercise: Exercise, before time: Date = Date()) throws -> [HistoryEntry] {
        guard let id = exercise.id else { return [] }
        return try database.read { db in
            let gap = try SettingsStore.load(db).sessionGap
            let current = try Self.session(accepting: time, gap: gap, in: db)?.id
            return try Self.lastPerformance(exerciseID: id, before: time, outside: current, in: db)
        }
    }

    // MARK: Sessions

    /// Opens a session now (or at `time`), named if `name` is given. When the latest session is
    /// open and still empty, that one starts again instead: two starts make one session.
    public func startSession(name: String?, at time: Date = Date()) throws -> WorkoutSession {
        try database.write { db in
            if var empty = try WorkoutSession.order(sql: "started_at DESC, id DESC").fetchOne(db), empty.finishedAt == nil,
               try !Self.hasSets(sessionID: empty.id, in: db) {
                empty.startedAt = time
                empty.name = name ?? empty.name
                try empty.update(db)
                return empty
            }
            var session = WorkoutSession(id: nil, name: name, note: nil, startedAt: time, finishedAt: nil, createdAt: Date())
            try session.insert(db)
            return session
        }
    }

    static func hasSets(sessionID: Int64?, in db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM logged_set WHERE session_id = ?)", arguments: [sessionID]) ?? false
    }

    /// Finishes the session that is open now; later sets open a new one.
    public func finishSession(now: Date = Date()) throws -> WorkoutSession {
        try database.write { db in
            let settings = try SettingsStore.load(db)
            guard var session = try Self.session(accepting: now, gap: settings.sessionGap, in: db), session.finishedAt == nil else {
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
            guard var session = try WorkoutSession.order(sql: "started_at DESC, id DESC").fetchOne(db) else { throw LogError.noOpenSession }
            session.note = note
            try session.update(db)
            return session
        }
    }

    /// The newest `last` sessions (all when `nil`), newest first, with their counts and volume.
    public func sessions(last: Int? = nil) throws -> [SessionSummary] {
        try database.read { db in try Self.summaries(where: "1", arguments: [], limit: last, in: db) }
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

    private static func summaries(where condition: String, arguments: StatementArguments, limit: Int?, in db: Database) throws -> [SessionSummary] {
        let rows = try Row.fetchAll(db, sql: summariesSQL(where: condition), arguments: arguments + [limit ?? -1])
        return try rows.map { row in
            SessionSummary(session: try WorkoutSession(row: row), firstSetAt: row["first_set_at"], lastSetAt: row["last_set_at"],
                           exercises: row["exercises"], sets: row["sets"], volumeKg: row["volume_kg"])
        }
    }

    // MARK: History

    /// The sets that match `filter`, newest first.
    public func history(_ filter: HistoryFilter = HistoryFilter()) throws -> [HistoryEntry] {
        try database.read { db in
            let matching = Self.matching(filter)
            guard let last = filter.lastSessions else {
                return try HistoryEntry.fetchAll(db, sql: Self.historySQL(matching: matching.condition), arguments: StatementArguments(matching.arguments))
            }
            let sessions = try Self.newestSessions(last, matching: matching, in: db)
            let list = "[" + sessions.map(String.init).joined(separator: ",") + "]"
            return try HistoryEntry.fetchAll(db, sql: Self.historyInSessionsSQL(matching: matching.condition),
                                             arguments: StatementArguments([list] + matching.arguments))
        }
    }

    /// One set by id.
    public func entry(id: Int64) throws -> HistoryEntry {
        try database.read { db in try Self.entry(id: id, in: db) }
    }

    static func entry(id: Int64, in db: Database) throws -> HistoryEntry {
        guard let entry = try HistoryEntry.fetchOne(db, sql: "SELECT \(HistoryEntry.selection) WHERE s.id = ?", arguments: [id]) else {
            throw LogError.noSuchSet(id)
        }
        return entry
    }

    /// The number of sets in the log.
    public func setCount() throws -> Int {
        try database.read { db in try LoggedSet.fetchCount(db) }
    }
}

/// A log operation that cannot be done.
public enum LogError: Error, Equatable, CustomStringConvertible {
    case noSuchSet(Int64)
    case noSuchSession(Int64)
    case noOpenSession
    case noSuchExercise
    /// Another change was made between showing the latest change and taking it back.
    case changedMeanwhile

    public var description: String {
        switch self {
        case .noSuchSet(let id): return "there is no set \(id); `wlog history --format csv` lists set ids"
        case .noSuchSession(let id): return "there is no session \(id); `wlog sessions` lists them"
        case .noOpenSession: return "no session is open; `wlog session start` opens one"
        case .noSuchExercise: return "that exercise is not in the database"
        case .changedMeanwhile: return "the log changed while undo was asking; nothing was undone, run `wlog undo` again"
        }
    }
}
