import Foundation
import GRDB

/// Reads what the progress figures are computed from: logged sets by exercise and period, the
/// muscles of exercises, and the records a new `record` broke. Every SQL statement of the
/// insight commands lives here; the figures themselves are pure functions over the sets.
public struct InsightRepository: Sendable {
    private let database: AppDatabase

    public init(database: AppDatabase) {
        self.database = database
    }

    /// The sets of one exercise (or all), from `since` to before `until`, oldest first.
    public func sets(exerciseID: Int64? = nil, since: Date? = nil, until: Date? = nil) throws -> [HistoryEntry] {
        try database.writer.read { db in
            var conditions = ["1"]
            var arguments: [(any DatabaseValueConvertible)?] = []
            if let exerciseID { conditions.append("s.exercise_id = ?"); arguments.append(exerciseID) }
            if let since { conditions.append("s.performed_at >= ?"); arguments.append(since) }
            if let until { conditions.append("s.performed_at < ?"); arguments.append(until) }
            return try HistoryEntry.fetchAll(db, sql: """
                SELECT \(HistoryEntry.selection) WHERE \(conditions.joined(separator: " AND "))
                ORDER BY s.performed_at, s.id
                """, arguments: StatementArguments(arguments))
        }
    }

    /// When every set of the log was done, oldest first (for streaks).
    public func setTimes() throws -> [Date] {
        try database.writer.read { db in
            try Date.fetchAll(db, sql: "SELECT performed_at FROM logged_set ORDER BY performed_at")
        }
    }

    /// The primary muscles of every exercise that has sets, by exercise id, in document order.
    public func primaryMuscles() throws -> [Int64: [String]] {
        try database.writer.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT exercise_id, muscle FROM exercise_muscle
                WHERE role = 'primary' AND exercise_id IN (SELECT DISTINCT exercise_id FROM logged_set)
                ORDER BY exercise_id, position
                """)
            var muscles: [Int64: [String]] = [:]
            for row in rows { muscles[row["exercise_id"], default: []].append(row["muscle"]) }
            return muscles
        }
    }

    /// The ids of the exercises that work `muscle`, primary or secondary, matched case-insensitively.
    public func exerciseIDs(working muscle: String) throws -> Set<Int64> {
        try database.writer.read { db in
            Set(try Int64.fetchAll(db, sql: "SELECT DISTINCT exercise_id FROM exercise_muscle WHERE muscle = ? COLLATE NOCASE",
                                   arguments: [muscle]))
        }
    }

    /// The records the sets `result` stored took from every other stored set of the exercise.
    /// Read after the write, in one read transaction: a set another process stored meanwhile
    /// counts as an earlier one, so a set is announced only if it beats everything stored.
    public func newRecords(setBy result: WorkoutLog.RecordResult) throws -> [NewRecord] {
        let ids = result.entries.compactMap(\.set.id)
        guard let exerciseID = result.entries.first?.set.exerciseId, !ids.isEmpty else { return [] }
        let added = Set(ids)
        let new = result.entries
        let reps = Set(new.compactMap(\.set.reps))
        // The batch's own sets can fill the top of every ranking: read past them.
        let earlier = try recordCandidates(exerciseID: exerciseID, reps: reps, skipping: added.count)
            .filter { !added.contains($0.set.id ?? 0) }
        return PersonalRecords.broken(by: new, over: earlier)
    }

    /// The stored sets of one exercise that can hold a record a set with `reps` could beat: for
    /// each kind of record, the best few (ties kept earliest first). The records computed over
    /// these are the records over every set, without reading thousands of sets on each `record`.
    /// `skipping` more are read per kind, for sets the caller will leave out.
    func recordCandidates(exerciseID: Int64, reps: Set<Int>, skipping: Int = 0) throws -> [HistoryEntry] {
        let work = "s.exercise_id = ? AND s.kind <> 'warmup'"
        let external = "s.bodyweight = 0 AND COALESCE(s.weight_kg, 0) > 0"
        let added = "s.bodyweight = 1 AND COALESCE(s.weight_kg, 0) > 0"
        let epley = "CASE WHEN s.reps = 1 THEN s.weight_kg ELSE s.weight_kg * (1 + s.reps / 30.0) END"
        // Each condition with the index (migration 0005) that holds its sets in ranking order.
        var queries = [
            ("\(external) AND s.reps BETWEEN 1 AND \(OneRepMax.reliableReps) ORDER BY \(epley) DESC", "logged_set_for_estimate_records"),
            ("s.reps IS NOT NULL AND NOT (\(external)) ORDER BY s.reps DESC", "logged_set_for_rep_records"),
            ("s.duration_s IS NOT NULL AND s.reps IS NULL AND s.distance_m IS NULL ORDER BY s.duration_s DESC", "logged_set_for_hold_records"),
            ("s.distance_m IS NOT NULL ORDER BY s.distance_m DESC", "logged_set_for_distance_records"),
        ]
        for count in reps.sorted() {
            queries.append(("\(external) AND s.reps = \(count) ORDER BY s.weight_kg DESC", "logged_set_for_load_records"))
            queries.append(("\(added) AND s.reps = \(count) ORDER BY s.weight_kg DESC", "logged_set_for_load_records"))
        }
        return try database.writer.read { db in
            // The ids come from the indexes alone (each holds every column its conditions read);
            // only the few chosen rows are then read from the table.
            var ids: [Int64] = []
            for (condition, index) in queries {
                let sql = "SELECT s.id FROM logged_set s INDEXED BY \(index) WHERE \(work) AND \(condition), s.performed_at, s.id LIMIT ?"
                for id in try Int64.fetchAll(db.cachedStatement(sql: sql), arguments: [exerciseID, 3 + skipping]) where !ids.contains(id) {
                    ids.append(id)
                }
            }
            guard !ids.isEmpty else { return [] }
            let placeholders = ids.map { _ in "?" }.joined(separator: ",")
            return try HistoryEntry.fetchAll(db, sql: "SELECT \(HistoryEntry.selection) WHERE s.id IN (\(placeholders))",
                                             arguments: StatementArguments(ids))
        }
    }
}
