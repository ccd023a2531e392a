import Foundation
import GRDB

extension ProgramStore {
    /// The next workout of the active program: weights resolved against the 1RMs set by hand or by
    /// scripts (else the best estimate in the log), in the lifter's unit, barbell weights rounded to
    /// what `plates` load (by default the bar and plates of `config`, read with the settings in the same
    /// transaction), with what was lifted last time.
    public func next(plates: PlateSet? = nil) throws -> NextWorkout {
        try database.read { db in
            let settings = try SettingsStore.load(db)
            let unit = settings.defaultUnit
            return try Self.next(
                try ProgramRows.load(nil, db), unit: unit, plates: plates ?? settings.plateSet(unit), db)
        }
    }

    /// The next workout of `loaded`, inside the caller's transaction.
    static func next(_ loaded: ProgramRows.Loaded, unit: WeightUnit, plates loadable: PlateSet, _ db: Database) throws
        -> NextWorkout
    {
        let exercises = try ProgramRows.exercises(loaded.id, db)
        var maxes = try ProgramRows.oneRepMaxTable(loaded.id, db)
        let day = try ProgramExpander.expand(
            loaded.state, week: loaded.position.week, day: loaded.position.day, oneRepMaxes: maxes)
        try Self.addEstimates(to: &maxes, for: day, exercises: exercises, unit: unit, db)
        let resolved = try ProgramExpander.expand(
            loaded.state, week: loaded.position.week, day: loaded.position.day, oneRepMaxes: maxes)
        return NextWorkout(
            program: loaded.name, position: loaded.position, weekTitle: resolved.weekTitle,
            dayTitle: resolved.dayTitle,
            description: resolved.dayDescription, unit: unit,
            exercises: try resolved.exercises.map { prescription in
                let library = exercises[ProgramRows.keyText(prescription.key)]
                let barbell = [library?.equipment, prescription.exercise.equipment].contains {
                    $0?.lowercased() == "barbell"
                }
                let plateSet = barbell ? loadable : nil
                return NextExercise(
                    name: prescription.exercise.displayName, slug: library?.slug ?? "",
                    description: prescription.description,
                    superset: prescription.superset,
                    warmups: (prescription.warmups ?? []).map { NextSet($0, unit: unit, plates: plateSet) },
                    sets: prescription.sets.map { NextSet($0, unit: unit, plates: plateSet) },
                    lastTime: try library.map { try Self.lastSession($0.id, db) } ?? [],
                    progression: prescription.progressDisabled
                        ? nil : prescription.progression.map(ProgressionText.summary))
            })
    }

    /// Finishes the active program's workout: runs each exercise's progression on the working sets logged
    /// for it in the workout's session (the first session since the last finish with a set of the day's
    /// exercises: one session is one workout, as `record` finishes a workout when a new session begins),
    /// stores the new state, records the changes (and the state before, for undo), and moves to the next
    /// day. When nothing was logged for the day's exercises, changes nothing.
    public func finish(now: Date = Date()) throws -> WorkoutFinishReport {
        try database.write { db in try Self.finish(now: now, db) }
    }

    /// Finishes the active program's workout inside the caller's transaction.
    static func finish(now: Date, _ db: Database) throws -> WorkoutFinishReport {
        let loaded = try ProgramRows.load(nil, db)
        let exercises = try ProgramRows.exercises(loaded.id, db)
        let maxes = try ProgramRows.oneRepMaxes(loaded.id, db)
        var stored = OneRepMaxes()
        for entry in maxes { stored[entry.name] = entry.weight }
        let day = try ProgramExpander.expand(
            loaded.state, week: loaded.position.week, day: loaded.position.day, oneRepMaxes: stored)
        // Progressions start from the same 1RMs `next` showed: a script's `rm1` of an exercise with
        // no 1RM of its own is the best estimate in the log, not zero.
        var table = stored
        try Self.addEstimates(
            to: &table, for: day, exercises: exercises, unit: try SettingsStore.load(db).defaultUnit, db)
        var ids: [ExerciseKey: Int64] = [:]
        for key in Set(day.exercises.map(\.key)) { ids[key] = exercises[ProgramRows.keyText(key)]?.id }
        // The workout is one session: the first since the last finish with a working set of the day's
        // exercises. Sessions after it (a finish forgotten) are left for the next day's finish.
        let session = try Self.firstSession(of: Array(ids.values), after: loaded.countedThrough, db)
        var logged: [ExerciseKey: [LoggedWorkSet]] = [:]
        for (key, id) in ids {
            logged[key] = try session.map { try Self.workingSets(id, after: loaded.countedThrough, in: $0, db) } ?? []
        }
        // A rest day (no exercises) is finished with nothing logged; a training day needs its sets.
        let latest =
            logged.values.joined().map(\.performedAt).max() ?? (day.exercises.isEmpty ? loaded.countedThrough : nil)
        guard latest != nil || day.exercises.isEmpty else {
            return WorkoutFinishReport(
                program: loaded.name, finished: loaded.position, next: loaded.position, didFinish: false,
                results: [], prints: [])
        }
        let outcome = try WorkoutFinish.run(loaded.state, at: loaded.position, oneRepMaxes: table, logged: logged)
        let before = maxes.map {
            [
                "name": $0.name, "weight": ProgramNumber.text($0.weight.value), "unit": $0.weight.unit.rawValue,
                "source": $0.source,
            ]
        }
        try db.execute(
            sql: """
                INSERT INTO program_workout (program_id, week, day, finished_at, counted_through, state_text_before, counted_through_before, one_rep_maxes_before)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                loaded.id, loaded.position.week, loaded.position.day, now, latest, loaded.stateText,
                loaded.countedThrough,
                String(
                    decoding: try JSONSerialization.data(withJSONObject: before, options: [.sortedKeys]),
                    as: UTF8.self),
            ])
        let workoutID = db.lastInsertedRowID
        for result in outcome.results {
            try db.execute(
                sql:
                    "INSERT INTO program_change (workout_id, exercise, weight_before, weight_after, message) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    workoutID, result.exercise, result.weightBefore?.text, result.weightAfter?.text,
                    result.messages.joined(separator: "; "),
                ])
        }
        try Self.storeSetResults(
            workoutID: workoutID,
            day: try ProgramExpander.expand(
                loaded.state, week: loaded.position.week, day: loaded.position.day, oneRepMaxes: table),
            exerciseIDs: ids, logged: logged, db)
        for (name, weight) in outcome.oneRepMaxes.weights where table[name] != weight {
            try ProgramRows.setOneRepMax(loaded.id, name: name, weight: weight, source: "script", now: now, db)
        }
        try db.execute(
            sql:
                "UPDATE program SET state_text = ?, week = ?, day = ?, counted_through = ?, updated_at = ? WHERE id = ?",
            arguments: [
                ProgramRenderer.liftoscript(outcome.program), outcome.next.week, outcome.next.day, latest, now,
                loaded.id,
            ])
        return WorkoutFinishReport(
            program: loaded.name, finished: loaded.position, next: outcome.next, didFinish: true,
            results: outcome.results, prints: outcome.prints)
    }

    /// Adds, for each exercise of `day` whose movement has no 1RM in `maxes` (`OneRepMaxName`), the best
    /// estimate in the log (in `unit`) of the library exercise its line resolved to.
    static func addEstimates(
        to maxes: inout OneRepMaxes, for day: DayPrescription,
        exercises: [String: (id: Int64, slug: String, equipment: String?)],
        unit: WeightUnit, _ db: Database
    ) throws {
        for prescription in day.exercises where maxes[prescription.exercise.movementName] == nil {
            guard let id = exercises[ProgramRows.keyText(prescription.key)]?.id,
                let best = try Self.bestEstimate(id, db)
            else { continue }
            maxes[prescription.exercise.movementName] = ProgramWeight(best, .kg).converted(to: unit)
        }
    }

    /// The working sets (not warm-ups) of an exercise logged after `time`, oldest first.
    static func workingSets(_ exerciseID: Int64, after time: Date?, _ db: Database) throws -> [LoggedWorkSet] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT reps, weight_kg, rpe, performed_at FROM logged_set
                WHERE exercise_id = ? AND performed_ms > ? AND kind <> 'warmup' ORDER BY performed_ms, id
                """, arguments: [exerciseID, time.map(StoredTime.milliseconds(of:)) ?? Int64.min]
        ).map { row in
            LoggedWorkSet(
                reps: row["reps"], weightKilograms: row["weight_kg"], rpe: row["rpe"], performedAt: row["performed_at"])
        }
    }

    /// The first session holding a working set of one of `exerciseIDs` logged after `time`.
    static func firstSession(of exerciseIDs: [Int64], after time: Date?, _ db: Database) throws -> Int64? {
        guard !exerciseIDs.isEmpty else { return nil }
        return try Int64.fetchOne(
            db,
            sql: """
                SELECT session_id FROM logged_set
                WHERE exercise_id IN (\(exerciseIDs.map { _ in "?" }.joined(separator: ", "))) AND performed_ms > ?
                  AND kind <> 'warmup'
                ORDER BY performed_ms, id LIMIT 1
                """, arguments: StatementArguments(exerciseIDs) + [time.map(StoredTime.milliseconds(of:)) ?? Int64.min])
    }

    /// The working sets (not warm-ups) of an exercise in `session` logged after `time`, oldest first.
    static func workingSets(_ exerciseID: Int64, after time: Date?, in session: Int64, _ db: Database) throws
        -> [LoggedWorkSet]
    {
        try Row.fetchAll(
            db,
            sql: """
                SELECT reps, weight_kg, rpe, performed_at FROM logged_set
                WHERE exercise_id = ? AND performed_ms > ? AND session_id = ? AND kind <> 'warmup'
                ORDER BY performed_ms, id
                """, arguments: [exerciseID, time.map(StoredTime.milliseconds(of:)) ?? Int64.min, session]
        ).map { row in
            LoggedWorkSet(
                reps: row["reps"], weightKilograms: row["weight_kg"], rpe: row["rpe"], performedAt: row["performed_at"])
        }
    }

    /// The working sets of the latest session that had the exercise.
    static func lastSession(_ exerciseID: Int64, _ db: Database) throws -> [LastSet] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT reps, weight_kg, weight_unit, performed_at FROM logged_set
                WHERE exercise_id = ?1 AND kind <> 'warmup'
                  AND session_id = (SELECT session_id FROM logged_set WHERE exercise_id = ?1 ORDER BY performed_ms DESC LIMIT 1)
                ORDER BY performed_ms, id
                """, arguments: [exerciseID]
        ).map { row in
            let unit = WeightUnit(rawValue: row["weight_unit"]) ?? .kg
            let kilograms: Double? = row["weight_kg"]
            return LastSet(
                reps: row["reps"], weight: kilograms.map { ProgramWeight($0, .kg).converted(to: unit).value },
                unit: unit, performedAt: row["performed_at"])
        }
    }

    /// The best Epley estimate of the exercise's 1RM in the log, in kilograms, from sets of at most 12 reps.
    static func bestEstimate(_ exerciseID: Int64, _ db: Database) throws -> Double? {
        try Double.fetchOne(
            db,
            sql: """
                SELECT max(\(OneRepMax.epleyFormula.sql(weight: "weight_kg", reps: "reps"))) FROM logged_set
                WHERE exercise_id = ? AND reps BETWEEN 1 AND \(OneRepMax.reliableReps) AND weight_kg > 0 AND kind <> 'warmup'
                """, arguments: [exerciseID])
    }
}
