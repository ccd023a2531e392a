import Foundation
import GRDB

/// Recording: the `record` use case, the session a set joins, and the "last time" sets.
extension WorkoutLog {
    /// What one `record` stored.
    public struct RecordResult: Sendable, Equatable {
        public var entries: [HistoryEntry]
        public var session: WorkoutSession
        public var openedSession: Bool
        /// The sets of this exercise in the last session before this one that had it.
        public var previous: [HistoryEntry]
    }

    /// The `record` use case, in one transaction: checks `request` against the settings, finds
    /// `exercise` (slug, name, alias or unique prefix), stores the sets in the session they join
    /// and finds the records they took. With `dryRun`, works out the same and stores nothing.
    /// A bad value is reported before an unknown exercise, as the options are read first.
    public func record(
        _ request: RecordRequest, of exercise: String, dryRun: Bool = false, now: Date = Date(),
        timeZone: TimeZone = .current
    ) throws -> RecordOutcome {
        func plan(in db: Database) throws -> (RecordPlan, Exercise, LogSettings) {
            let settings = try SettingsStore.load(db)
            let plan = try RecordPlan.make(request, settings: settings, now: now, timeZone: timeZone)
            return (plan, try ExerciseStore.resolve(exercise, in: db), settings)
        }
        if dryRun {
            return try database.read { db in
                let (plan, found, settings) = try plan(in: db)
                let previous = try Self.lastPerformance(
                    of: found, before: plan.performedAt, gap: settings.sessionGap, in: db)
                return RecordOutcome(
                    exercise: found, plan: plan, stored: nil, previous: previous, newRecords: [],
                    defaultUnit: settings.defaultUnit)
            }
        }
        return try database.write { db in
            let (plan, found, settings) = try plan(in: db)
            return try Self.recordOutcome(plan, exercise: found, settings: settings, now: now, in: db)
        }
    }

    /// Stores `plan` inside the caller's transaction and finds the records it took.
    static func recordOutcome(
        _ plan: RecordPlan, exercise: Exercise, settings: LogSettings, now: Date, in db: Database
    ) throws -> RecordOutcome {
        let stored = try store(plan, exercise: exercise, settings: settings, now: now, in: db)
        return RecordOutcome(
            exercise: exercise, plan: plan, stored: stored, previous: stored.previous,
            newRecords: try InsightStore.newRecords(setBy: stored.entries, in: db),
            defaultUnit: settings.defaultUnit)
    }

    /// Stores the planned sets of `exercise` in one transaction: in the current session when its
    /// last set is within the session gap, else in a new one.
    public func record(_ plan: RecordPlan, exercise: Exercise, now: Date = Date()) throws -> RecordResult {
        try database.write { db in
            try Self.store(plan, exercise: exercise, settings: try SettingsStore.load(db), now: now, in: db)
        }
    }

    private static func store(_ plan: RecordPlan, exercise: Exercise, settings: LogSettings, now: Date, in db: Database)
        throws -> RecordResult
    {
        guard let exerciseID = exercise.id else { throw LogError.noSuchExercise }
        var session: WorkoutSession
        var opened = false
        if let current = try Self.session(accepting: plan.performedAt, gap: settings.sessionGap, in: db) {
            session = current
        } else {
            session = WorkoutSession(
                id: nil, name: nil, note: nil, startedAt: plan.performedAt, finishedAt: nil, createdAt: now)
            try session.insert(db)
            opened = true
        }
        guard let sessionID = session.id else { throw LogError.noSuchSession(0) }
        let previous = try lastPerformance(exerciseID: exerciseID, before: plan.performedAt, outside: sessionID, in: db)
        var batch = ChangeBatch(id: nil, createdAt: now, openedSessionId: opened ? sessionID : nil)
        try batch.insert(db)
        let firstNumber = try nextSetNumber(of: exerciseID, in: sessionID, db: db)
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

    /// The number the next set of `exerciseID` in `sessionID` takes. The session's few sets are
    /// read from the session index: `+` keeps SQLite off the exercise index, which it may prefer
    /// when that index has no statistics (a migration that rebuilt it drops them) and which holds
    /// every set of the exercise.
    static func nextSetNumber(of exerciseID: Int64, in sessionID: Int64, db: Database) throws -> Int {
        let highest = try Int.fetchOne(
            db, sql: "SELECT MAX(set_number) FROM logged_set WHERE session_id = ? AND +exercise_id = ?",
            arguments: [sessionID, exerciseID])
        return (highest ?? 0) + 1
    }

    /// The session a set done at `time` joins: the latest one started by then, not finished
    /// before it, whose last set (or start) is at most `gap` earlier; else the first one that
    /// starts at most `gap` after it. The second rule makes the answer independent of the order
    /// sets are stored in: two processes that record at the same moment, each with its time
    /// taken before it got the write lock, share one session.
    /// A set being moved (`ignoring`) does not count as activity in its own session.
    static func session(accepting time: Date, gap: TimeInterval, ignoring setID: Int64? = nil, in db: Database) throws
        -> WorkoutSession?
    {
        if let session = try WorkoutSessionRow.fetchOne(
            db,
            sql: """
                SELECT * FROM workout_session WHERE started_at <= ? ORDER BY started_at DESC, id DESC LIMIT 1
                """, arguments: [time])?.session, session.finishedAt.map({ $0 > time }) ?? true
        {
            let lastSet = try Date.fetchOne(
                db,
                sql: """
                    SELECT MAX(performed_at) FROM logged_set WHERE session_id = ? AND performed_ms <= ? AND id IS NOT ?
                    """, arguments: [session.id, StoredTime.milliseconds(of: time), setID])
            let lastActivity = max(session.startedAt, lastSet ?? session.startedAt)
            if time.timeIntervalSince(lastActivity) <= gap { return session }
        }
        return try WorkoutSessionRow.fetchOne(
            db,
            sql: """
                SELECT * FROM workout_session WHERE started_at > ? AND started_at <= ? ORDER BY started_at, id LIMIT 1
                """, arguments: [time, time.addingTimeInterval(gap)])?.session
    }

    /// The working sets (no warm-ups) of one exercise in the latest session before `time` that
    /// had them, other than `current`: the session a new set joins is not its "last time".
    static func lastPerformance(exerciseID: Int64, before time: Date, outside current: Int64?, in db: Database) throws
        -> [HistoryEntry]
    {
        guard
            let sessionID = try Int64.fetchOne(
                db,
                sql: """
                    SELECT session_id FROM logged_set
                    WHERE exercise_id = ? AND performed_ms < ? AND session_id IS NOT ? AND kind <> 'warmup'
                    ORDER BY performed_ms DESC, id DESC LIMIT 1
                    """, arguments: [exerciseID, StoredTime.milliseconds(of: time), current])
        else { return [] }
        return try HistoryEntry.fetchAll(
            db,
            sql: """
                SELECT \(HistoryEntry.selection) WHERE s.session_id = ? AND +s.exercise_id = ? AND s.kind <> 'warmup' ORDER BY s.set_number, s.id
                """, arguments: [sessionID, exerciseID])
    }

    /// The "last time" of `exercise` for a set done at `time`: outside the session that set would join.
    static func lastPerformance(of exercise: Exercise, before time: Date, gap: TimeInterval, in db: Database) throws
        -> [HistoryEntry]
    {
        guard let id = exercise.id else { return [] }
        let current = try session(accepting: time, gap: gap, in: db)?.id
        return try lastPerformance(exerciseID: id, before: time, outside: current, in: db)
    }

    /// The working sets this exercise was last done with, before `time`, in a session other than
    /// the one a set done at `time` would join.
    public func lastPerformance(of exercise: Exercise, before time: Date = Date()) throws -> [HistoryEntry] {
        try database.read { db in
            try Self.lastPerformance(of: exercise, before: time, gap: try SettingsStore.load(db).sessionGap, in: db)
        }
    }
}
