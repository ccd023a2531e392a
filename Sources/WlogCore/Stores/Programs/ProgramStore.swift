import Foundation
import GRDB

/// The stored training programs: their text, the state their progressions moved them to, the active
/// one, the lifter's place in it, 1RMs, and every finished workout. The only code with SQL on the
/// `program*` tables; each use case is one transaction. It reads the log (`logged_set`) but never writes it.
public struct ProgramStore: Sendable {
    let database: AppDatabase

    public init(database: AppDatabase) {
        self.database = database
    }

    /// Every stored program, by name; one whose stored state no longer parses is listed with why (`unreadable`).
    public func list() throws -> [ProgramSummary] {
        try database.read { db in
            let names = try String.fetchAll(db, sql: "SELECT name FROM program ORDER BY name")
            return try names.map { name in try Self.summary(named: name, db).summary }
        }
    }

    /// The program named `name`, else the active one.
    public func program(named name: String? = nil) throws -> StoredProgram {
        try database.read { db in
            let loaded = try ProgramRows.load(name, db)
            return StoredProgram(
                name: loaded.name, source: loaded.source, state: loaded.state, position: loaded.position,
                oneRepMaxes: try ProgramRows.oneRepMaxTable(loaded.id, db), isActive: loaded.isActive,
                createdAt: loaded.createdAt, updatedAt: loaded.updatedAt)
        }
    }

    /// Makes `name` the active program; when it was not, sets logged until now do not count towards its next workout.
    @discardableResult
    public func use(_ name: String, now: Date = Date()) throws -> ProgramSummary {
        try database.write { db in
            let loaded = try ProgramRows.load(name, db)
            try db.execute(
                sql:
                    "INSERT INTO active_program (singleton, program_id) VALUES (1, ?) ON CONFLICT (singleton) DO UPDATE SET program_id = excluded.program_id",
                arguments: [loaded.id])
            if !loaded.isActive {
                try db.execute(
                    sql: "UPDATE program SET counted_through = ?, updated_at = ? WHERE id = ?",
                    arguments: [try ProgramRows.latestLoggedSet(db), now, loaded.id])
            }
            return try Self.summary(ProgramRows.load(name, db), workouts: Self.workouts(loaded.id, db))
        }
    }

    /// Removes a program, its state and its history (also one whose stored state no longer parses);
    /// the sets logged while following it stay.
    @discardableResult
    public func remove(_ name: String) throws -> ProgramSummary {
        try database.write { db in
            let (id, summary) = try Self.summary(named: name, db)
            try db.execute(sql: "DELETE FROM program WHERE id = ?", arguments: [id])
            return summary
        }
    }

    /// Moves the lifter to `week` and `day` of a program (the active one when `name` is nil).
    @discardableResult
    public func setPosition(_ position: TrainingPosition, program name: String? = nil, now: Date = Date()) throws
        -> TrainingPosition
    {
        try database.write { db in
            let loaded = try ProgramRows.load(name, db)
            guard position.exists(in: loaded.state) else {
                let weeks = loaded.state.weeks
                let days =
                    weeks.indices.contains(position.week - 1)
                    ? " (week \(position.week) has \(weeks[position.week - 1].days.count) days)" : ""
                throw ProgramStoreError.badPosition(
                    "\(loaded.name) has no \(position.text): it has \(weeks.count) week\(weeks.count == 1 ? "" : "s")\(days)"
                )
            }
            try db.execute(
                sql: "UPDATE program SET week = ?, day = ?, counted_through = ?, updated_at = ? WHERE id = ?",
                arguments: [position.week, position.day, try ProgramRows.latestLoggedSet(db), now, loaded.id])
            return position
        }
    }

    /// Sets a 1RM or training max by hand for an exercise of a program (the active one when `name` is nil),
    /// stored under its movement's name (`OneRepMaxName`). Returns that name as the program writes it.
    @discardableResult
    public func setOneRepMax(
        _ exercise: String, _ weight: ProgramWeight, program name: String? = nil, now: Date = Date()
    ) throws -> String {
        try database.write { db in try Self.setOneRepMax(exercise, weight, program: name, now: now, db) }
    }

    /// Sets a 1RM by hand inside the caller's transaction.
    static func setOneRepMax(
        _ exercise: String, _ weight: ProgramWeight, program name: String?, now: Date, _ db: Database
    ) throws -> String {
        let loaded = try ProgramRows.load(name, db)
        guard let movement = OneRepMaxName.movement(exercise, in: loaded.state) else {
            throw ProgramStoreError.unknownExercise(name: exercise, program: loaded.name)
        }
        guard weight.value > 0, weight.value <= SetSectionParser.maximumLoad else {
            throw ProgramUseError(
                description:
                    "a 1RM must be more than 0 and at most \(ProgramNumber.text(SetSectionParser.maximumLoad)), not \(weight.text)"
            )
        }
        try ProgramRows.setOneRepMax(loaded.id, name: movement, weight: weight, source: "hand", now: now, db)
        return movement
    }

    /// Every change the progressions of a program made, oldest first.
    public func history(_ name: String? = nil) throws -> [ProgramHistoryEntry] {
        try database.read { db in
            let loaded = try ProgramRows.load(name, db)
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT w.finished_at, w.week, w.day, c.exercise, c.weight_before, c.weight_after, c.message
                    FROM program_change c JOIN program_workout w ON w.id = c.workout_id
                    WHERE w.program_id = ? ORDER BY w.finished_at, w.id, c.id
                    """, arguments: [loaded.id]
            ).map { row in
                ProgramHistoryEntry(
                    finishedAt: row["finished_at"], week: row["week"], day: row["day"], exercise: row["exercise"],
                    weightBefore: row["weight_before"], weightAfter: row["weight_after"], message: row["message"])
            }
        }
    }

    static func workouts(_ programID: Int64, _ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM program_workout WHERE program_id = ?", arguments: [programID])
            ?? 0
    }

    /// The id and summary of the program named `name`; when its stored state does not parse, the
    /// summary of its row, saying why.
    static func summary(named name: String, _ db: Database) throws -> (id: Int64, summary: ProgramSummary) {
        do {
            let loaded = try ProgramRows.load(name, db)
            return (loaded.id, summary(loaded, workouts: try workouts(loaded.id, db)))
        } catch let error as ProgramUseError {
            guard let row = try ProgramRows.plainRow(named: name, db) else { throw error }
            let id: Int64 = row["id"]
            return (
                id,
                ProgramSummary(
                    name: row["name"], isActive: row["active"], weeks: 0, days: 0, exercises: 0,
                    position: TrainingPosition(week: row["week"], day: row["day"]),
                    workoutsFinished: try workouts(id, db), updatedAt: row["updated_at"], unreadable: error.description)
            )
        }
    }

    static func summary(_ loaded: ProgramRows.Loaded, workouts: Int) -> ProgramSummary {
        ProgramSummary(
            name: loaded.name, isActive: loaded.isActive, weeks: loaded.state.weeks.count,
            days: loaded.state.days.count,
            exercises: ProgramMerge.names(loaded.state).count, position: loaded.position, workoutsFinished: workouts,
            updatedAt: loaded.updatedAt)
    }
}
