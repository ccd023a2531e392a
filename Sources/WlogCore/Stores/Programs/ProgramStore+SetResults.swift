import Foundation
import GRDB

extension ProgramStore {
    /// Stores, for a finished workout, each exercise's sets as prescribed beside the sets counted as
    /// lifted (copied, so later edits of the log change nothing here), in `program_set_result`.
    static func storeSetResults(
        workoutID: Int64, day: DayPrescription, exerciseIDs: [ExerciseKey: Int64],
        logged: [ExerciseKey: [LoggedWorkSet]], _ db: Database
    ) throws {
        var prescribed: [ExerciseKey: [PrescribedSet]] = [:]
        var order: [ExerciseKey] = []
        for prescription in day.exercises {
            if prescribed[prescription.key] == nil { order.append(prescription.key) }
            prescribed[prescription.key, default: []] += prescription.sets
        }
        var written = Set<Int64>()
        for key in order {
            guard let exerciseID = exerciseIDs[key], written.insert(exerciseID).inserted else { continue }
            let sets = prescribed[key] ?? []
            let lifted = logged[key] ?? []
            for number in 0..<max(sets.count, lifted.count) {
                let set = number < sets.count ? sets[number] : nil
                let done = number < lifted.count ? lifted[number] : nil
                try db.execute(
                    sql: """
                        INSERT INTO program_set_result (workout_id, exercise_id, set_number, prescribed_reps, amrap,
                          prescribed_weight, prescribed_unit, lifted_reps, lifted_weight_kg)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        workoutID, exerciseID, number + 1, set?.reps, set?.isAMRAP ?? false, set?.weight?.value,
                        set?.weight?.unit.rawValue, done?.reps, done?.weightKilograms,
                    ])
            }
        }
    }

    /// The latest `workouts` finished program workouts with `exercise` (slug, name, alias or a unique
    /// prefix), newest first: each with the sets the program prescribed beside the sets lifted.
    public func prescribedBesideLifted(_ exercise: String, workouts: Int = 5) throws -> [ProgramWorkoutSets] {
        try database.read { db in
            let found = try ExerciseStore.resolve(exercise, in: db)
            guard let exerciseID = found.id else { return [] }
            return try Self.prescribedBesideLifted(exerciseID: exerciseID, workouts: workouts, in: db)
        }
    }

    /// `prescribedBesideLifted(_:workouts:)` of the exercise `exerciseID`, inside another store's read.
    static func prescribedBesideLifted(exerciseID: Int64, workouts: Int = 5, in db: Database) throws
        -> [ProgramWorkoutSets]
    {
        try setResults(
            where:
                "r.exercise_id = ?1 AND r.workout_id IN (SELECT workout_id FROM program_set_result WHERE exercise_id = ?1 GROUP BY workout_id ORDER BY workout_id DESC LIMIT ?2)",
            arguments: [exerciseID, max(workouts, 0)], db)
    }

    /// Every exercise of the latest `workouts` finished program workouts, newest first, for the report.
    public func recentSetResults(workouts: Int = 10) throws -> [ProgramWorkoutSets] {
        try database.read { db in try Self.recentSetResults(workouts: workouts, in: db) }
    }

    /// `recentSetResults(workouts:)` inside another store's read.
    static func recentSetResults(workouts: Int = 10, in db: Database) throws -> [ProgramWorkoutSets] {
        try setResults(
            where: "r.workout_id IN (SELECT id FROM program_workout ORDER BY id DESC LIMIT ?1)",
            arguments: [max(workouts, 0)], db)
    }

    /// The stored results matching `condition`, one `ProgramWorkoutSets` per workout and exercise.
    static func setResults(where condition: String, arguments: StatementArguments, _ db: Database) throws
        -> [ProgramWorkoutSets]
    {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT r.workout_id, r.exercise_id, e.name AS exercise, p.name, w.week, w.day, w.finished_at,
                  r.set_number, r.prescribed_reps, r.amrap, r.prescribed_weight, r.prescribed_unit, r.lifted_reps,
                  r.lifted_weight_kg
                FROM program_set_result r JOIN program_workout w ON w.id = r.workout_id
                JOIN program p ON p.id = w.program_id JOIN exercise e ON e.id = r.exercise_id
                WHERE \(condition)
                ORDER BY w.finished_at DESC, r.workout_id DESC, r.exercise_id, r.set_number
                """, arguments: arguments)
        var result: [ProgramWorkoutSets] = []
        var last: (workout: Int64, exercise: Int64)?
        for row in rows {
            let workoutID: Int64 = row["workout_id"]
            let exerciseID: Int64 = row["exercise_id"]
            if last?.workout != workoutID || last?.exercise != exerciseID {
                result.append(
                    ProgramWorkoutSets(
                        workoutID: workoutID, program: row["name"],
                        position: TrainingPosition(week: row["week"], day: row["day"]),
                        finishedAt: row["finished_at"], exercise: row["exercise"], sets: []))
                last = (workoutID, exerciseID)
            }
            let weight: Double? = row["prescribed_weight"]
            let unitText: String? = row["prescribed_unit"]
            let unit = unitText.flatMap(WeightUnit.init(rawValue:)) ?? .kg
            result[result.count - 1].sets.append(
                PrescribedBesideLifted(
                    setNumber: row["set_number"], prescribedReps: row["prescribed_reps"], isAMRAP: row["amrap"],
                    prescribedWeight: weight.map { ProgramWeight($0, unit) }, liftedReps: row["lifted_reps"],
                    liftedWeightKilograms: row["lifted_weight_kg"]))
        }
        return result
    }
}
