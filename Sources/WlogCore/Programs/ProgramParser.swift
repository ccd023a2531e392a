import Foundation

/// Parse: Liftoscript program text to a typed `Program`, or every problem found, each with its line and column.
/// An exercise marked `used: none` anywhere is a template everywhere: it is reused, never done.
public enum ProgramParser {
    /// The program in `source`, or a `ProgramDiagnosticList` with every problem found.
    public static func parse(_ source: String) throws(ProgramDiagnosticList) -> Program {
        guard source.unicodeScalars.count <= ProgramLines.maximumLength else {
            throw ProgramDiagnosticList([
                ProgramDiagnostic(
                    at: .start, "the program is longer than \(ProgramLines.maximumLength) characters",
                    hint: "split it into smaller programs")
            ])
        }
        var diagnostics: [ProgramDiagnostic] = []
        let weeks = ProgramOutlineParser.parse(source, into: &diagnostics)
        guard let grid = ProgramPlacement.place(weeks, into: &diagnostics) else {
            throw ProgramDiagnosticList(diagnostics)
        }
        var reuse = ReuseResolver(grid: grid)
        var lines: [[[ResolvedLine?]]] = grid.map { $0.map { _ in [] } }
        for week in grid.indices {
            for day in grid[week].indices {
                lines[week][day] = grid[week][day].indices.map {
                    reuse.line(week: week, day: day, index: $0, into: &diagnostics)
                }
            }
        }
        let templates = Set(grid.joined().joined().filter { !$0.exercise.isUsed }.map(\.exercise.key))
        for (week, days) in grid.enumerated() {
            for (day, entries) in days.enumerated() {
                for (index, entry) in entries.enumerated()
                where !templates.contains(entry.exercise.key) && lines[week][day][index]?.variations.isEmpty == true {
                    let name = ProgramDiagnostic.terminalSafe(entry.exercise.reuse?.name ?? entry.exercise.name)
                    diagnostics.append(
                        ProgramDiagnostic(
                            at: entry.exercise.position,
                            "`\(ProgramDiagnostic.terminalSafe(entry.exercise.name))` has no sets: `...\(name)` has none to reuse",
                            hint: "give the template sets, or give this line its own"))
                }
            }
        }
        var progressions = ProgressionCollector(grid: grid, lines: lines)
        progressions.collect(into: &diagnostics)
        ScriptCheck.check(progressions.progressions.values, progressions.updates.values, into: &diagnostics)
        guard diagnostics.isEmpty else { throw ProgramDiagnosticList(diagnostics) }
        let descriptions = DescriptionResolver.resolve(weeks: weeks, grid: grid)
        var program = Program(weeks: [], progressions: progressions.progressions, updates: progressions.updates)
        for (weekIndex, week) in weeks.enumerated() {
            var days: [ProgramDay] = []
            for (dayIndex, day) in week.days.enumerated() {
                var exercises: [PlannedExercise] = []
                for (index, entry) in grid[weekIndex][dayIndex].enumerated()
                where !templates.contains(entry.exercise.key) {
                    guard let line = lines[weekIndex][dayIndex][index] else { continue }
                    exercises.append(
                        planned(
                            entry.exercise, line: line, descriptions: descriptions.exercises[weekIndex][dayIndex][index]
                        ))
                }
                days.append(
                    ProgramDay(
                        title: day.title, description: descriptions.days[weekIndex][dayIndex], exercises: exercises))
            }
            program.weeks.append(ProgramWeek(title: week.title, description: descriptions.weeks[weekIndex], days: days))
        }
        let used = Set(program.weeks.flatMap(\.days).flatMap(\.exercises).map(\.key))
        program.progressions = program.progressions.filter { used.contains($0.key) }
        program.updates = program.updates.filter { used.contains($0.key) }
        return program
    }

    static func planned(_ exercise: WrittenExercise, line: ResolvedLine, descriptions: (texts: [String], index: Int))
        -> PlannedExercise
    {
        var planned = PlannedExercise(
            label: exercise.label, name: exercise.name, equipment: exercise.equipment, variations: line.variations)
        planned.variationIndex = min(max(line.variationIndex, 1), max(line.variations.count, 1))
        planned.exerciseVariations = exercise.exerciseVariations
        planned.exerciseVariationIndex = min(
            max(exercise.exerciseVariationIndex, 1), max(exercise.exerciseVariations.count, 1))
        planned.descriptions = descriptions.texts
        planned.descriptionIndex = descriptions.index
        planned.warmups = line.warmups
        planned.superset = exercise.superset
        planned.tags = exercise.tags ?? []
        if case .some(.none) = line.progress { planned.progressDisabled = true }
        return planned
    }
}
