import Foundation

/// Reads Hevy's CSV export: `title,start_time,end_time,description,exercise_title,superset_id,
/// exercise_notes,set_index,set_type,weight_kg,reps,distance_km,duration_seconds,rpe`, or
/// `weight_lbs` and `distance_miles` for imperial users. Times look like `25 Nov 2023, 18:02`;
/// `set_type` is normal, warmup, dropset or failure; `exercise_notes` repeats on every set of the
/// exercise and is kept once, on its first set; `description` is the workout's note.
enum HevyReader {
    static func matches(header: [String]) -> Bool {
        header.contains("exercise_title") && header.contains("set_index")
    }

    static func read(_ table: CSVTable, path: String, timeZone: TimeZone) throws(HistoryImportFailure)
        -> ImportedHistory
    {
        let weight =
            table.column("weight_kg").map { ($0, WeightUnit.kg) }
            ?? table.column("weight_lbs").map { ($0, WeightUnit.lb) }
        let distance =
            table.column("distance_km").map { ($0, DistanceUnit.km) }
            ?? table.column("distance_miles").map { ($0, DistanceUnit.mi) }
        let required = [
            ("start_time", table.column("start_time")), ("exercise_title", table.column("exercise_title")),
            ("set_type", table.column("set_type")), ("reps", table.column("reps")), ("weight_kg", weight?.0),
        ]
        if let missing = required.first(where: { $0.1 == nil })?.0 {
            throw HistoryImportFailure(problems: [
                HistoryImportError(
                    path: path, line: 1, message: "this Hevy export has no `\(missing)` column",
                    hint: "export it again from Hevy")
            ])
        }
        var assembler = WorkoutAssembler(source: "hevy")
        var problems: [HistoryImportError] = []
        var skipped = 0
        while let record = try table.next() {
            let cells = ExportCells(record, in: table, path: path)
            do throws(HistoryImportError) {
                let workout = try self.workout(cells, table, timeZone: timeZone)
                let exercise = cells.text(table.column("exercise_title"))
                guard !exercise.isEmpty else { throw cells.problem("the exercise_title is empty") }
                if let note = cells.note(table.column("exercise_notes")) {
                    assembler.setExerciseNote(note, exercise: exercise, workoutID: workout.id)
                }
                let unit = weight?.1 ?? .kg
                let amount = try cells.load(weight?.0, unit: unit)
                let reps = try cells.reps(table.column("reps"))
                let seconds = try cells.seconds(table.column("duration_seconds"))
                let metres = try cells.metres(try cells.positive(distance?.0, "distance"), unit: distance?.1 ?? .km)
                guard amount != nil || reps != nil || seconds != nil || metres != nil else {
                    skipped += 1
                    continue
                }
                let set = ImportedSet(
                    line: cells.line, performedAt: workout.startedAt, exerciseName: exercise, reps: reps,
                    load: .appLoad(amount: amount, unit: unit),
                    durationS: seconds, distanceM: metres, rpe: try cells.rpe(table.column("rpe")),
                    kind: try kind(cells.text(table.column("set_type")), cells), key: 0)
                assembler.add(set, to: workout)
            } catch {
                problems.append(error)
            }
        }
        guard problems.isEmpty else { throw HistoryImportFailure(problems: problems) }
        return ImportedHistory(format: .hevy, workouts: assembler.workoutsInOrder(), skippedRows: skipped)
    }

    private static func workout(_ cells: ExportCells, _ table: CSVTable, timeZone: TimeZone) throws(HistoryImportError)
        -> WorkoutAssembler.Workout
    {
        let startText = cells.text(table.column("start_time"))
        guard let start = LocalDateTime.hevy(startText), let startedAt = start.date(in: timeZone) else {
            throw cells.problem("the start_time \"\(startText)\" is not a time such as 25 Nov 2023, 18:02")
        }
        let endText = cells.text(table.column("end_time"))
        var finishedAt: Date?
        if !endText.isEmpty {
            guard let end = LocalDateTime.hevy(endText)?.date(in: timeZone) else {
                throw cells.problem("the end_time \"\(endText)\" is not a time such as 25 Nov 2023, 19:10")
            }
            finishedAt = end > startedAt ? end : nil
        }
        let title = cells.note(table.column("title"))
        return WorkoutAssembler.Workout(
            id: start.canonical + "\u{1F}" + (title ?? ""), start: start, name: title,
            note: cells.note(table.column("description")), startedAt: startedAt, finishedAt: finishedAt)
    }

    private static func kind(_ type: String, _ cells: ExportCells) throws(HistoryImportError) -> SetKind {
        switch type.lowercased() {
        case "normal", "": return .working
        case "warmup", "warm_up", "warm-up": return .warmup
        case "dropset", "drop_set", "drop": return .drop
        case "failure": return .failure
        default: throw cells.problem("the set_type \"\(type)\" is not normal, warmup, dropset or failure")
        }
    }
}
