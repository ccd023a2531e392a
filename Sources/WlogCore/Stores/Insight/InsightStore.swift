import Foundation
import GRDB

/// Reads what the progress figures are computed from: logged sets by exercise and period, the
/// muscles of exercises, the records a new `record` broke, and the figures of `summary` and
/// `report` grouped in SQL. It reads the log's tables (`logged_set`, `workout_session`),
/// `exercise`, `exercise_muscle`, and `setting` through `SettingsStore`; the one table it owns,
/// `streak_memo`, is a cache of the streak walk that SQL triggers keep exact (`StreakMemo`).
/// Every SQL statement of the insight commands lives in this folder; the figures themselves
/// are pure functions in `Insight/`.
public struct InsightStore: Sendable {
    let database: AppDatabase

    public init(database: AppDatabase) {
        self.database = database
    }

    /// The sets of one exercise (or all), from `since` to before `until`, oldest first.
    public func sets(exerciseID: Int64? = nil, since: Date? = nil, until: Date? = nil) throws -> [HistoryEntry] {
        try database.read { db in try Self.sets(exerciseID: exerciseID, since: since, until: until, in: db) }
    }

    static func sets(exerciseID: Int64?, since: Date?, until: Date? = nil, in db: Database) throws -> [HistoryEntry] {
        var conditions = ["1"]
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let exerciseID {
            conditions.append("s.exercise_id = ?")
            arguments.append(exerciseID)
        }
        if let since {
            conditions.append("s.performed_ms >= ?")
            arguments.append(StoredTime.milliseconds(of: since))
        }
        if let until {
            conditions.append("s.performed_ms < ?")
            arguments.append(StoredTime.milliseconds(of: until))
        }
        return try HistoryEntry.fetchAll(
            db,
            sql: """
                SELECT \(HistoryEntry.selection) WHERE \(conditions.joined(separator: " AND "))
                ORDER BY s.performed_ms, s.id
                """, arguments: StatementArguments(arguments))
    }

    /// The sets of the exercise `query` (slug, name, alias or unique prefix) from `since` on,
    /// oldest first, with the exercise found and the unit weights are shown in: one read.
    public func exerciseSets(_ query: String, since: Date? = nil) throws -> ExerciseSets {
        try database.read { db in
            let exercise = try ExerciseStore.resolve(query, in: db)
            guard let id = exercise.id else { throw LogError.noSuchExercise }
            return ExerciseSets(
                slug: exercise.slug, name: exercise.name, entries: try Self.sets(exerciseID: id, since: since, in: db),
                unit: try SettingsStore.load(db).defaultUnit,
                programWorkouts: try ProgramStore.prescribedBesideLifted(exerciseID: id, in: db))
        }
    }

    /// The primary muscles of the exercises `ids`, by exercise id, in document order.
    public func primaryMuscles(of ids: Set<Int64>) throws -> [Int64: [String]] {
        try database.read { db in try Self.primaryMuscles(of: ids, in: db) }
    }

    static func primaryMuscles(of ids: Set<Int64>, in db: Database) throws -> [Int64: [String]] {
        guard !ids.isEmpty else { return [:] }
        let placeholders = ids.map { _ in "?" }.joined(separator: ",")
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT exercise_id, muscle FROM exercise_muscle
                WHERE role = 'primary' AND exercise_id IN (\(placeholders))
                ORDER BY exercise_id, position
                """, arguments: StatementArguments(Array(ids)))
        var muscles: [Int64: [String]] = [:]
        for row in rows { muscles[row["exercise_id"], default: []].append(row["muscle"]) }
        return muscles
    }

    /// The ids of the exercises that work `muscle`, primary or secondary, matched case-insensitively.
    public func exerciseIDs(working muscle: String) throws -> Set<Int64> {
        try database.read { db in
            Set(
                try Int64.fetchAll(
                    db, sql: "SELECT DISTINCT exercise_id FROM exercise_muscle WHERE muscle = ? COLLATE NOCASE",
                    arguments: [muscle]))
        }
    }

    /// The current records of every exercise with sets, or of those that work `muscle` (primary
    /// or secondary, any case), read from the record indexes: a few seeks per exercise and rep
    /// count, whatever the size of the log. A muscle that no exercise names is an error that
    /// lists the known ones.
    public func currentRecords(muscle: String? = nil) throws -> [PersonalRecord] {
        try database.read { db in try Self.currentRecords(muscle: muscle, in: db) }
    }

    /// `currentRecords(muscle:)` with the unit loads are shown in, read in the same transaction.
    public func records(muscle: String? = nil) throws -> CurrentRecords {
        try database.read { db in
            CurrentRecords(
                records: try Self.currentRecords(muscle: muscle, in: db), unit: try SettingsStore.load(db).defaultUnit)
        }
    }

    static func currentRecords(muscle: String?, in db: Database) throws -> [PersonalRecord] {
        guard let muscle else {
            return PersonalRecords.current(in: try RecordCandidates.entries(scope: .logged(), in: db))
        }
        try Self.checkKnown(muscle: muscle, in: db)
        return PersonalRecords.current(in: try RecordCandidates.entries(scope: .working(muscle), in: db))
    }

    /// The muscle names, lowercased, equal to the one bound, ignoring ASCII case.
    static let musclesNamedSQL = "SELECT DISTINCT lower(muscle) FROM exercise_muscle WHERE muscle = ? COLLATE NOCASE"

    /// Throws unless some exercise names `muscle` (compared lowercased); the error lists the
    /// known muscles. The muscle is first sought through the muscle index (the names it finds are
    /// a few of the known ones); only a muscle not found that way reads every muscle name.
    static func checkKnown(muscle: String, in db: Database) throws {
        let wanted = muscle.lowercased()
        let found = try String.fetchAll(db, sql: musclesNamedSQL, arguments: [muscle])
        if found.contains(wanted) { return }
        let known = try String.fetchAll(db, sql: "SELECT DISTINCT lower(muscle) FROM exercise_muscle ORDER BY 1")
        guard known.contains(wanted) else {
            let list =
                known.isEmpty ? "none yet: `wlog import seeds` brings the library" : known.joined(separator: ", ")
            throw LogInputError(
                option: "--muscle", value: muscle, expected: "a muscle of the exercise library (\(list))")
        }
    }

    /// The records the sets `result` stored took from every other stored set of the exercise.
    /// Read after the write, in one read transaction: a set another process stored meanwhile
    /// counts as an earlier one, so a set is announced only if it beats everything stored.
    public func newRecords(setBy result: WorkoutLog.RecordResult) throws -> [NewRecord] {
        try database.read { db in try Self.newRecords(setBy: result.entries, in: db) }
    }

    /// `newRecords(setBy:)` for the sets `entries` (stored, with ids, all of one exercise), inside
    /// a transaction a store has already begun: `record` checks them in the transaction that
    /// stores them.
    static func newRecords(setBy entries: [HistoryEntry], in db: Database) throws -> [NewRecord] {
        let ids = entries.compactMap(\.set.id)
        guard let exerciseID = entries.first?.set.exerciseId, !ids.isEmpty else { return [] }
        let added = Set(ids)
        // The batch's own sets can fill the top of every ranking: read past them.
        let earlier = try RecordCandidates.entries(
            scope: .exercise(exerciseID), depth: RecordCandidates.depth + added.count, in: db
        )
        .filter { !added.contains($0.set.id ?? 0) }
        return PersonalRecords.broken(by: entries, over: earlier)
    }

    /// The stored sets of one exercise that can hold a record: for each kind of record, the
    /// best few (ties kept earliest first). The records computed over these are the records
    /// over every set, without reading thousands of sets on each `record`. `skipping` more are
    /// read per kind, for sets the caller will leave out.
    func recordCandidates(exerciseID: Int64, skipping: Int = 0) throws -> [HistoryEntry] {
        try database.read { db in
            try RecordCandidates.entries(scope: .exercise(exerciseID), depth: RecordCandidates.depth + skipping, in: db)
        }
    }
}
