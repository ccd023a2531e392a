import Foundation
import GRDB

/// The whole log's totals of each exercise, as the triggers of migration 0013 keep them in
/// `exercise_log_totals` (one row per exercise with sets), with its first and last set from two
/// seeks of its time index: no set is read.
extension ReportFigures {
    /// Every exercise with sets, its totals over the whole log and no chart weeks yet.
    static func wholeLogTotals(in db: Database) throws -> [Int64: Exercise] {
        var exercises: [Int64: Exercise] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: wholeLogTotalsSQL))
        while let row = try rows.next() {
            let id: Int64 = row["exercise_id"]
            exercises[id] = Exercise(
                totals: ExerciseTotals(
                    exerciseID: id, slug: "", exercise: "", sets: row["sets"], warmupSets: row["warmup_sets"],
                    reps: row["reps"], volumeKg: row["volume_kg"], durationS: row["duration_s"],
                    distanceM: row["distance_m"]),
                sessions: row["sessions"], firstAt: row["first_at"], lastAt: row["last_at"],
                holds: (row["holds"] as Int) > 0, chartWeeks: [:])
        }
        return exercises
    }

    /// The totals table, whole, with each exercise's first and last set time (each its own
    /// subquery reading one end of the exercise's time index, which holds `performed_ms`).
    static let wholeLogTotalsSQL = """
        SELECT t.exercise_id, t.sets, t.warmup_sets, t.reps, t.volume_kg, t.duration_s, t.distance_m, t.holds, t.sessions,
               (SELECT performed_at FROM logged_set WHERE exercise_id = t.exercise_id ORDER BY performed_ms LIMIT 1) AS first_at,
               (SELECT performed_at FROM logged_set WHERE exercise_id = t.exercise_id ORDER BY performed_ms DESC LIMIT 1) AS last_at
        FROM exercise_log_totals t
        """
}
