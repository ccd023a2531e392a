import Foundation

/// Reads Strong's CSV exports: the current comma-separated one (`Date,Workout Name,Duration,
/// Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE`, weights in the
/// app's unit), the older semicolon-separated one with `Weight Unit` and `Distance Unit` columns,
/// and the variant whose headers carry the units (`Weight (kg)`, `Distance (meters)`, `Duration (sec)`,
/// the last being the set's time when there is no `Seconds` column).
///
/// All rows of a workout share its start (`Date`); `Set Order` is a number, or `W`, `D`, `F` for
/// warm-up, drop and failure sets; `Note` rows hold a note about the exercise and `Rest Timer`
/// rows no set. A weight or distance of 0 means none.
enum StrongReader {
    static func matches(header: [String]) -> Bool {
        header.contains("Exercise Name") && header.contains("Set Order")
    }

    /// `unit` is the app's weight unit for files whose weights carry none; distances without a
    /// unit are then in km (kg) or miles (lb).
    static func read(_ table: CSVTable, path: String, unit: WeightUnit, timeZone: TimeZone) throws(HistoryImportFailure)
        -> ImportedHistory
    {
        let columns = try checkedColumns(table, path: path)
        var assembler = WorkoutAssembler(source: "strong")
        let skipped = try readRows(table, columns, path: path, unit: unit, timeZone: timeZone, into: &assembler) {
            _, _ in
        }
        return ImportedHistory(format: .strong, workouts: assembler.workoutsInOrder(), skippedRows: skipped)
    }

    /// Reads the file as `read` does, handing each workout to `emit` as soon as the rows move on to
    /// another one, so that only one workout is held at a time. Returns the rows without a set and
    /// whether each workout's rows followed one another; when they did not, the workouts handed
    /// over are not those of the file (`read` must read it instead).
    static func stream(
        _ table: CSVTable, path: String, unit: WeightUnit, timeZone: TimeZone, emit: (ImportedWorkout) -> Void
    ) throws(HistoryImportFailure) -> (skippedRows: Int, contiguous: Bool) {
        let columns = try checkedColumns(table, path: path)
        var assembler = WorkoutAssembler(source: "strong")
        var current: String?
        let skipped = try readRows(table, columns, path: path, unit: unit, timeZone: timeZone, into: &assembler) {
            assembler, workoutID in
            guard workoutID != current else { return }
            current = workoutID
            assembler.noteRow(of: workoutID)
            for workout in assembler.finishWorkouts(except: workoutID) { emit(workout) }
        }
        for workout in assembler.workoutsInOrder() { emit(workout) }
        return (skipped, !assembler.reopened)
    }

    /// The columns of the variant at hand, or a failure naming one that is missing.
    private static func checkedColumns(_ table: CSVTable, path: String) throws(HistoryImportFailure) -> Columns {
        let columns = Columns(table)
        if let missing = columns.missing {
            throw HistoryImportFailure(problems: [
                HistoryImportError(
                    path: path, line: 1, message: "this Strong export has no `\(missing)` column",
                    hint: "export it again from Strong")
            ])
        }
        return columns
    }

    /// Reads every row into `assembler`, telling `rowRead` the workout of each row read without a
    /// problem before its set is added. Returns how many rows hold no set.
    private static func readRows(
        _ table: CSVTable, _ columns: Columns, path: String, unit: WeightUnit, timeZone: TimeZone,
        into assembler: inout WorkoutAssembler, rowRead: (inout WorkoutAssembler, String) -> Void
    ) throws(HistoryImportFailure) -> Int {
        var problems: [HistoryImportError] = []
        var skipped = 0
        var times: WorkoutTimes?
        // One copy of each exercise name, whatever the number of its sets.
        var names: Set<String> = []
        while let record = try table.next() {
            let cells = ExportCells(record, in: table, path: path)
            do throws(HistoryImportError) {
                let workout = try self.workout(cells, columns, timeZone: timeZone, last: &times)
                let exercise = names.insert(cells.text(columns.exercise)).memberAfterInsert
                guard !exercise.isEmpty else { throw cells.problem("the exercise name is empty") }
                let order = cells.text(columns.setOrder)
                rowRead(&assembler, workout.id)
                switch order.lowercased() {
                case "rest timer":
                    skipped += 1
                case "note":
                    if let note = cells.note(columns.notes) {
                        assembler.addExerciseNote(note, exercise: exercise, workoutID: workout.id)
                    }
                default:
                    guard
                        let set = try self.set(
                            cells, columns, kind: try kind(order, cells), exercise: exercise, at: workout.startedAt,
                            unit: unit)
                    else {
                        skipped += 1
                        continue
                    }
                    assembler.add(set, to: workout)
                }
            } catch {
                problems.append(error)
            }
        }
        guard problems.isEmpty else { throw HistoryImportFailure(problems: problems) }
        return skipped
    }

    /// When a workout started and finished, as read from the cells of its date and duration.
    private struct WorkoutTimes {
        var dateText: String
        var durationText: String
        var start: LocalDateTime
        var canonical: String
        var startedAt: Date
        var finishedAt: Date?
    }

    /// The workout of a row. Its times are read again only when the date or duration differ from
    /// those of `last` (the previous row's): a workout's rows follow one another and repeat them.
    private static func workout(
        _ cells: ExportCells, _ columns: Columns, timeZone: TimeZone, last: inout WorkoutTimes?
    ) throws(HistoryImportError) -> WorkoutAssembler.Workout {
        let dateText = cells.text(columns.date)
        let durationText = cells.text(columns.durationSeconds ?? columns.duration)
        let times: WorkoutTimes
        if let last, last.dateText == dateText, last.durationText == durationText {
            times = last
        } else {
            let (start, startedAt, finishedAt) = try self.times(cells, columns, timeZone: timeZone)
            times = WorkoutTimes(
                dateText: dateText, durationText: durationText, start: start, canonical: start.canonical,
                startedAt: startedAt, finishedAt: finishedAt)
            last = times
        }
        return WorkoutAssembler.Workout(
            id: times.canonical, start: times.start, name: cells.note(columns.workoutName),
            note: cells.note(columns.workoutNotes), startedAt: times.startedAt, finishedAt: times.finishedAt)
    }

    private static func times(_ cells: ExportCells, _ columns: Columns, timeZone: TimeZone) throws(HistoryImportError)
        -> (start: LocalDateTime, startedAt: Date, finishedAt: Date?)
    {
        let text = cells.text(columns.date)
        guard let start = LocalDateTime.strong(text) else {
            throw cells.problem(
                "the date \"\(text)\" is not a date such as 2023-05-01 18:02:11 or 2023-05-01 6:02:11 PM")
        }
        guard let startedAt = start.date(in: timeZone) else {
            throw cells.problem("the date \"\(text)\" does not exist")
        }
        var duration: Double?
        if let column = columns.durationSeconds {
            duration = try cells.seconds(column)
        } else if columns.duration != nil {
            let written = cells.text(columns.duration)
            if !written.isEmpty, written.contains(where: { $0.isNumber && $0 != "0" }) {
                do {
                    duration = try DurationInput.parse(written, option: "Duration")
                } catch {
                    throw cells.problem("the duration \"\(written)\" is not a duration such as 1h 5m, 45m or 30s")
                }
            }
        }
        return (start, startedAt, duration.map { startedAt.addingTimeInterval($0) })
    }

    private static func kind(_ order: String, _ cells: ExportCells) throws(HistoryImportError) -> SetKind {
        switch order.uppercased() {
        case "W": return .warmup
        case "D": return .drop
        case "F": return .failure
        default:
            guard let number = Int(order), number >= 0 else {
                throw cells.problem("the set order \"\(order)\" is not a number, W, D, F, Note or Rest Timer")
            }
            return .working
        }
    }

    /// The set of one row; nil for a row with no value at all (a set left empty in the app).
    private static func set(
        _ cells: ExportCells, _ columns: Columns, kind: SetKind, exercise: String, at time: Date,
        unit appUnit: WeightUnit
    ) throws(HistoryImportError) -> ImportedSet? {
        let weightUnit: WeightUnit
        switch columns.weight {
        case .kilograms: weightUnit = .kg
        case .pounds: weightUnit = .lb
        case .appUnit: weightUnit = appUnit
        case .unitColumn(let column):
            let written = cells.text(column)
            if written.isEmpty {
                weightUnit = appUnit
            } else {
                guard let spelled = WeightUnit.spelling(written) else {
                    throw cells.problem("the weight unit \"\(written)\" is not kg or lbs")
                }
                weightUnit = spelled
            }
        }
        let distanceUnit: DistanceUnit
        switch columns.distance {
        case .fixed(let unit): distanceUnit = unit
        case .appUnit: distanceUnit = appUnit == .kg ? .km : .mi
        case .unitColumn(let column):
            let written = cells.text(column)
            if written.isEmpty {
                distanceUnit = appUnit == .kg ? .km : .mi
            } else {
                guard let spelled = DistanceUnit.spelling(written) else {
                    throw cells.problem("the distance unit \"\(written)\" is not m, km or mi")
                }
                distanceUnit = spelled
            }
        }
        let amount = try cells.load(columns.weightValue, unit: weightUnit)
        let reps = try cells.reps(columns.reps)
        let seconds = try cells.seconds(columns.seconds)
        let distance = try cells.metres(try cells.positive(columns.distanceValue, "distance"), unit: distanceUnit)
        guard amount != nil || reps != nil || seconds != nil || distance != nil else { return nil }
        return ImportedSet(
            line: cells.line, performedAt: time, exerciseName: exercise, reps: reps,
            load: .appLoad(amount: amount, unit: weightUnit),
            durationS: seconds, distanceM: distance, rpe: try cells.rpe(columns.rpe), kind: kind,
            note: cells.note(columns.notes), key: 0)
    }

    /// Where each value is, in the variant at hand.
    private struct Columns {
        enum Weight { case kilograms, pounds, appUnit, unitColumn(Int) }
        enum Distance { case fixed(DistanceUnit), appUnit, unitColumn(Int) }

        var date, workoutName, duration, durationSeconds, exercise, setOrder, reps, rpe, seconds, notes,
            workoutNotes: Int?
        var weightValue, distanceValue: Int?
        var weight: Weight = .appUnit
        var distance: Distance = .appUnit

        init(_ table: CSVTable) {
            date = table.column("Date")
            workoutName = table.column("Workout Name")
            duration = table.column("Duration") ?? table.column("Workout Duration")
            exercise = table.column("Exercise Name")
            setOrder = table.column("Set Order")
            reps = table.column("Reps")
            rpe = table.column("RPE")
            // The layout whose headers carry units has no `Seconds`: its `Duration (sec)` is the set's time.
            seconds = table.column("Seconds")
            if seconds == nil {
                seconds = table.column("Duration (sec)")
            } else {
                durationSeconds = table.column("Duration (sec)")
            }
            notes = table.column("Notes")
            workoutNotes = table.column("Workout Notes")
            if let column = table.column("Weight (kg)") {
                (weightValue, weight) = (column, .kilograms)
            } else if let column = table.column("Weight (lbs)") ?? table.column("Weight (lb)") {
                (weightValue, weight) = (column, .pounds)
            } else {
                weightValue = table.column("Weight")
                weight = table.column("Weight Unit").map(Weight.unitColumn) ?? .appUnit
            }
            if let column = table.column("Distance (meters)") ?? table.column("Distance (m)") {
                (distanceValue, distance) = (column, .fixed(.m))
            } else if let column = table.column("Distance (km)") {
                (distanceValue, distance) = (column, .fixed(.km))
            } else if let column = table.column("Distance (miles)") ?? table.column("Distance (mi)") {
                (distanceValue, distance) = (column, .fixed(.mi))
            } else {
                distanceValue = table.column("Distance")
                distance = table.column("Distance Unit").map(Distance.unitColumn) ?? .appUnit
            }
        }

        /// The first column a set cannot be read without.
        var missing: String? {
            [
                ("Date", date), ("Exercise Name", exercise), ("Set Order", setOrder), ("Reps", reps),
                ("Weight", weightValue),
            ]
            .first { $0.1 == nil }?.0
        }
    }
}
