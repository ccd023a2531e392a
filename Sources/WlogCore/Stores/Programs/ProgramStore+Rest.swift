import Foundation
import GRDB

extension ProgramStore {
    /// The rest, in seconds, the active program prescribes after the latest set logged since its last
    /// finished workout: the rest of that set's place among the exercise's sets today (the last set's
    /// rest once past them). Nil when no program is active, nothing was logged since, the set's exercise
    /// is not in today's workout, or the program gives that set no rest.
    public func prescribedRest() throws -> TimeInterval? {
        try database.read { db in try Self.prescribedRest(db) }
    }

    /// The prescribed rest inside the caller's transaction.
    static func prescribedRest(_ db: Database) throws -> TimeInterval? {
        guard try Int64.fetchOne(db, sql: "SELECT program_id FROM active_program") != nil else { return nil }
        let loaded = try ProgramRows.load(nil, db)
        guard
            let latest = try Int64.fetchOne(
                db,
                sql:
                    "SELECT exercise_id FROM logged_set WHERE performed_ms > ? ORDER BY performed_ms DESC, id DESC LIMIT 1",
                arguments: [loaded.countedThrough.map(StoredTime.milliseconds(of:)) ?? Int64.min])
        else { return nil }
        let exercises = try ProgramRows.exercises(loaded.id, db)
        let day = try ProgramExpander.expand(
            loaded.state, week: loaded.position.week, day: loaded.position.day,
            oneRepMaxes: try ProgramRows.oneRepMaxTable(loaded.id, db))
        guard
            let prescription = day.exercises.first(where: {
                exercises[ProgramRows.keyText($0.key)]?.id == latest
            }), !prescription.sets.isEmpty
        else { return nil }
        let done = try Self.workingSets(latest, after: loaded.countedThrough, db).count
        return prescription.sets[min(max(done, 1), prescription.sets.count) - 1].rest.map(TimeInterval.init)
    }
}
