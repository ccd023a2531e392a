import Foundation

/// Reads FitNotes' CSV export: `Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time`
/// (or `Weight (lbs)`), one row per set, dates such as `2023-05-01`, times as `h:mm:ss`. FitNotes
/// keeps no time of day, so each date is one session starting at midnight; a `Comment` column,
/// when present, is the set's note.
enum FitNotesReader {
    static func matches(header: [String]) -> Bool {
        header.contains("Exercise") && header.contains("Category")
            && (header.contains("Weight (kgs)") || header.contains("Weight (lbs)"))
    }

    static func read(_ table: CSVTable, path: String, timeZone: TimeZone) throws(HistoryImportFailure)
        -> ImportedHistory
    {
        let weight =
            table.column("Weight (kgs)").map { ($0, WeightUnit.kg) }
            ?? table.column("Weight (lbs)").map { ($0, WeightUnit.lb) }
        let required = [
            ("Date", table.column("Date")), ("Exercise", table.column("Exercise")), ("Reps", table.column("Reps")),
            ("Weight (kgs)", weight?.0),
        ]
        if let missing = required.first(where: { $0.1 == nil })?.0 {
            throw HistoryImportFailure(problems: [
                HistoryImportError(
                    path: path, line: 1, message: "this FitNotes export has no `\(missing)` column",
                    hint: "export it again from FitNotes")
            ])
        }
        var assembler = WorkoutAssembler(source: "fitnotes")
        var problems: [HistoryImportError] = []
        var skipped = 0
        while let record = try table.next() {
            let cells = ExportCells(record, in: table, path: path)
            do throws(HistoryImportError) {
                let dateText = cells.text(table.column("Date"))
                guard let day = LocalDateTime.day(dateText), let startedAt = day.date(in: timeZone) else {
                    throw cells.problem("the date \"\(dateText)\" is not a day such as 2023-05-01")
                }
                let exercise = cells.text(table.column("Exercise"))
                guard !exercise.isEmpty else { throw cells.problem("the exercise name is empty") }
                let unit = weight?.1 ?? .kg
                let amount = try cells.load(weight?.0, unit: unit)
                let reps = try cells.reps(table.column("Reps"))
                let seconds = try time(cells.text(table.column("Time")), cells)
                let metres = try distance(cells, table)
                guard amount != nil || reps != nil || seconds != nil || metres != nil else {
                    skipped += 1
                    continue
                }
                let set = ImportedSet(
                    line: cells.line, performedAt: startedAt, exerciseName: exercise, reps: reps,
                    load: .appLoad(amount: amount, unit: unit),
                    durationS: seconds, distanceM: metres, kind: .working, note: cells.note(table.column("Comment")),
                    key: 0)
                assembler.add(set, to: WorkoutAssembler.Workout(id: day.canonical, start: day, startedAt: startedAt))
            } catch {
                problems.append(error)
            }
        }
        guard problems.isEmpty else { throw HistoryImportFailure(problems: problems) }
        return ImportedHistory(format: .fitnotes, workouts: assembler.workoutsInOrder(), skippedRows: skipped)
    }

    /// `0:01:30`, `1:30` or seconds; nil when empty or zero.
    private static func time(_ text: String, _ cells: ExportCells) throws(HistoryImportError) -> Double? {
        guard !text.isEmpty, text.contains(where: { $0.isNumber && $0 != "0" }) else { return nil }
        do {
            return try DurationInput.parse(text, option: "Time")
        } catch {
            throw cells.problem("the time \"\(text)\" is not a duration such as 0:01:30")
        }
    }

    private static func distance(_ cells: ExportCells, _ table: CSVTable) throws(HistoryImportError) -> Double? {
        guard let amount = try cells.positive(table.column("Distance"), "distance") else { return nil }
        let written = cells.text(table.column("Distance Unit"))
        guard let unit = DistanceUnit.spelling(written) else {
            throw cells.problem("the distance unit \"\(written)\" is not m, km, mi, ft or yd")
        }
        return try cells.metres(amount, unit: unit)
    }
}
