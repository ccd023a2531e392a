import Foundation

/// What an exercise line does once `...Name` is followed: its own sections over the reused one's.
struct ResolvedLine: Sendable {
    var variations: [SetVariation]
    var variationIndex: Int
    var warmups: [WarmupGroup]?
    var progress: WrittenProgress?
    var progressPosition: ProgramSourcePosition?
    var update: WrittenUpdate?
}

/// Follows `...Name`, `...Name[day]` and `...Name[week:day]` through the placed program.
struct ReuseResolver {
    /// The longest chain of `...Name` followed before giving up.
    static let maximumDepth = 64

    let grid: [[[WrittenEntry]]]
    let index: ExerciseIndex
    private var resolved: [[[ResolvedLine?]]]
    private var visiting = Set<[Int]>()

    init(grid: [[[WrittenEntry]]]) {
        self.grid = grid
        index = ExerciseIndex(grid: grid)
        resolved = grid.map { $0.map { Array(repeating: nil, count: $0.count) } }
    }

    /// The line at week, day and index (from 0), or nil after a diagnostic.
    mutating func line(week: Int, day: Int, index: Int, into diagnostics: inout [ProgramDiagnostic]) -> ResolvedLine? {
        if let done = resolved[week][day][index] { return done }
        let exercise = grid[week][day][index].exercise
        var line: ResolvedLine
        if let reference = exercise.reuse {
            guard visiting.count < Self.maximumDepth else {
                diagnostics.append(
                    ProgramDiagnostic(
                        at: reference.position,
                        "`...\(ProgramDiagnostic.terminalSafe(reference.name))` starts a chain of more than \(Self.maximumDepth) reuses",
                        hint: "reuse a template directly instead of an exercise that reuses another"))
                return nil
            }
            guard visiting.insert([week, day, index]).inserted else {
                diagnostics.append(
                    ProgramDiagnostic(
                        at: reference.position,
                        "`...\(ProgramDiagnostic.terminalSafe(reference.name))` reuses itself in a circle",
                        hint: "reuse an exercise that does not reuse this one"))
                return nil
            }
            defer { visiting.remove([week, day, index]) }
            guard let target = find(reference, week: week, excluding: [week, day, index], into: &diagnostics),
                let base = self.line(week: target[0], day: target[1], index: target[2], into: &diagnostics)
            else { return nil }
            line = base
            if !exercise.variations.isEmpty {
                line.variations = exercise.variations
                line.variationIndex = exercise.variationIndex ?? 1
            }
            if let shared = exercise.shared {
                line.variations = line.variations.map { variation in
                    SetVariation(
                        groups: variation.groups.map { group in
                            var group = group
                            group.details = group.details.overridden(by: shared)
                            return group
                        })
                }
            }
            if let warmups = exercise.warmups { line.warmups = warmups }
            if let update = exercise.update { line.update = update }
            if let progress = exercise.progress {
                line.progress = progress
                line.progressPosition = exercise.progressPosition
            } else {
                line.progressPosition = exercise.position
            }
        } else {
            let shared = exercise.shared ?? SetDetails()
            line = ResolvedLine(
                variations: exercise.variations.map { variation in
                    SetVariation(
                        groups: variation.groups.map { group in
                            var group = group
                            group.details = group.details.filled(from: shared)
                            return group
                        })
                },
                variationIndex: exercise.variationIndex ?? 1, warmups: exercise.warmups,
                progress: exercise.progress, progressPosition: exercise.progressPosition ?? exercise.position,
                update: exercise.update)
        }
        resolved[week][day][index] = line
        return line
    }

    /// Where the exercise a reference names is: the given week and day, the given day of this week, or any day of it.
    func find(_ reference: ReuseReference, week: Int, excluding own: [Int], into diagnostics: inout [ProgramDiagnostic])
        -> [Int]?
    {
        let targetWeek = (reference.week ?? week + 1) - 1
        let shown = ProgramDiagnostic.terminalSafe(reference.name)
        guard targetWeek < grid.count else {
            diagnostics.append(
                ProgramDiagnostic(
                    at: reference.position,
                    "`...\(shown)` names week \(targetWeek + 1), but the program has \(grid.count)",
                    hint: "name a week of the program"))
            return nil
        }
        if let found = index.first(
            named: reference.name, week: targetWeek, day: reference.day.map { $0 - 1 }, excluding: own)
        {
            return found
        }
        let place = reference.day.map { "on week \(targetWeek + 1), day \($0)" } ?? "in week \(targetWeek + 1)"
        diagnostics.append(
            ProgramDiagnostic(
                at: reference.position, "`...\(shown)`: there is no \(shown) \(place) to reuse",
                hint: "reuse an exercise of the same week, or name its week and day: ...\(shown)[week:day]"))
        return nil
    }

    /// Whether `name` names the exercise: its name, its label, or `label: name`, without case.
    static func matches(_ exercise: WrittenExercise, _ name: String) -> Bool {
        ExerciseIndex.names(exercise).contains(name.lowercased())
    }
}
