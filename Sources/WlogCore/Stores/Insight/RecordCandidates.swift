import Foundation
import GRDB

/// The SQL that finds, for one exercise or many, the few stored sets that can hold a personal
/// record: for every kind of record, the best `depth` sets (ties earliest first), each read from
/// the partial index of migration 0006 that holds that kind's sets in ranking order. The records
/// computed over these sets are the records over every set, at a cost that grows with the number
/// of exercises and rep counts, not with the log.
enum RecordCandidates {
    /// How many of the best sets of each ranking are read: enough for a tie kept earliest and the
    /// records a set can take.
    static let depth = 3

    /// Which exercises to read, and from when: a `WITH` table `scope(id, since)` and its
    /// arguments (`since` in milliseconds as `performed_ms` holds them, the smallest integer for
    /// the whole log).
    struct Scope {
        var sql: String
        var arguments: StatementArguments

        /// One exercise.
        static func exercise(_ id: Int64) -> Scope {
            Scope(sql: "SELECT ? AS id, ? AS since", arguments: [id, Int64.min])
        }

        /// Every exercise that has sets: a walk over the exercise index that seeks the next
        /// exercise id, one seek per exercise instead of reading every set.
        /// From `since` on, when given.
        static func logged(since: Date? = nil) -> Scope {
            Scope(
                sql: """
                    SELECT MIN(exercise_id) AS id, ? AS since FROM logged_set
                    UNION ALL
                    SELECT (SELECT MIN(exercise_id) FROM logged_set WHERE exercise_id > scope.id), scope.since FROM scope WHERE scope.id IS NOT NULL
                    """, arguments: [since.map(StoredTime.milliseconds(of:)) ?? Int64.min])
        }

        /// The exercises that work `muscle` (primary or secondary, any case) and have sets.
        static func working(_ muscle: String) -> Scope {
            Scope(
                sql: """
                    SELECT DISTINCT m.exercise_id AS id, ? AS since FROM exercise_muscle m
                    WHERE m.muscle = ? COLLATE NOCASE AND EXISTS (SELECT 1 FROM logged_set WHERE exercise_id = m.exercise_id)
                    """, arguments: [Int64.min, muscle])
        }
    }

    /// The conditions that warm-ups and sets without a load leave the load-record index by
    /// (they repeat its `WHERE`, so that SQLite may use it).
    static let loaded = "kind <> 'warmup' AND reps IS NOT NULL AND weight_kg > 0"
    /// The condition of the rep-record index: reps without an external load.
    static let unloaded =
        "kind <> 'warmup' AND reps IS NOT NULL AND (bodyweight = 1 OR weight_kg IS NULL OR weight_kg = 0)"
    /// The condition of the hold-record index.
    static let held = "kind <> 'warmup' AND duration_s IS NOT NULL AND reps IS NULL AND distance_m IS NULL"
    /// The condition of the distance-record index.
    static let covered = "kind <> 'warmup' AND distance_m IS NOT NULL"

    /// The statement that lists the ids of the candidate sets of the exercises of `scope`.
    ///
    /// Load records are kept per rep count, with and without bodyweight: `load_group` walks the
    /// index from one (exercise, bodyweight, reps) group to the next, a seek each (a row-value
    /// `(bodyweight, reps) >` would read through the whole group instead), and takes
    /// the three heaviest sets of each. The best Epley estimate is among them, since for one
    /// rep count the estimate grows with the load. Most reps, the longest hold and the longest
    /// distance take the best three sets of each exercise.
    static func idsSQL(scope: Scope, depth: Int = RecordCandidates.depth) -> (
        sql: String, arguments: StatementArguments
    ) {
        let load = "logged_set INDEXED BY logged_set_for_load_records"
        // Each of the best `depth` is its own seek into the index (`OFFSET` 0, 1, 2…; SQLite
        // takes no column in `OFFSET`): a join on `id IN (… LIMIT 3)` would have it scan a whole
        // index for every exercise.
        func best(_ index: String, _ condition: String, _ order: String) -> String {
            (0..<depth).map { place in
                """
                SELECT (SELECT id FROM logged_set INDEXED BY \(index) WHERE exercise_id = scope.id AND performed_ms >= scope.since AND \(condition)
                        ORDER BY \(order) DESC, performed_ms, id LIMIT 1 OFFSET \(place)) FROM scope
                """
            }.joined(separator: "\nUNION\n")
        }
        let heaviest = (0..<depth).map { place in
            """
            SELECT (SELECT id FROM \(load) WHERE exercise_id = g.exercise_id AND bodyweight = g.bodyweight AND reps = g.reps AND performed_ms >= g.since
                    AND \(loaded) ORDER BY weight_kg DESC, performed_ms, id LIMIT 1 OFFSET \(place)) FROM load_group g
            """
        }.joined(separator: "\nUNION\n")
        let sql = """
            WITH RECURSIVE scope(id, since) AS (\(scope.sql)),
            load_group(exercise_id, bodyweight, reps, since) AS (
                SELECT t.exercise_id, t.bodyweight, t.reps, scope.since FROM scope JOIN logged_set t ON t.id = (
                    SELECT id FROM \(load) WHERE exercise_id = scope.id AND \(loaded) ORDER BY bodyweight, reps LIMIT 1)
                UNION ALL
                SELECT t.exercise_id, t.bodyweight, t.reps, g.since FROM load_group g JOIN logged_set t ON t.id = COALESCE(
                    (SELECT id FROM \(load) WHERE exercise_id = g.exercise_id AND bodyweight = g.bodyweight AND reps > g.reps AND \(loaded)
                     ORDER BY reps LIMIT 1),
                    (SELECT id FROM \(load) WHERE exercise_id = g.exercise_id AND bodyweight > g.bodyweight AND \(loaded)
                     ORDER BY bodyweight, reps LIMIT 1))
            )
            \(heaviest)
            UNION
            \(best("logged_set_for_rep_records", unloaded, "reps"))
            UNION
            \(best("logged_set_for_hold_records", held, "duration_s"))
            UNION
            \(best("logged_set_for_distance_records", covered, "distance_m"))
            """
        return (sql, scope.arguments)
    }

    /// The candidate sets of the exercises of `scope`, with their exercises.
    static func entries(scope: Scope, depth: Int = RecordCandidates.depth, in db: Database) throws -> [HistoryEntry] {
        let ids = idsSQL(scope: scope, depth: depth)
        // NOT INDEXED leaves SQLite only the rowid to reach the few chosen sets by: with the
        // statistics of a small log it would rather walk an index over every set.
        let sql = """
            SELECT \(HistoryEntry.columns) FROM logged_set s NOT INDEXED JOIN exercise e ON e.id = s.exercise_id
            WHERE s.id IN (\(ids.sql)) ORDER BY s.performed_ms, s.id
            """
        return try HistoryEntry.fetchAll(
            db, sql: sql,
            arguments: ids.arguments)
    }
}
