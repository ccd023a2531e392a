import Foundation

/// What adding a changed file under a name already stored did to each exercise.
public struct ProgramMergeReport: Hashable, Sendable, Codable {
    /// Exercises new in the file.
    public var added: [String] = []
    /// Exercises no longer in the file (their logged sets stay).
    public var removed: [String] = []
    /// Exercises whose lines the file changed: their sets are now as the file writes them.
    public var rewritten: [String] = []
    /// Exercises whose progression the file changed: its counters and state start afresh.
    public var progressionsRestarted: [String] = []
    /// Exercises unchanged in the file: their weights, reps, counters and state are kept.
    public var kept: [String] = []
    /// Whether the position was kept (false: the changed program does not have it, so it is week 1, day 1).
    public var positionKept = true

    public init() {}

    /// Whether the file changed nothing.
    public var isUnchanged: Bool {
        added.isEmpty && removed.isEmpty && rewritten.isEmpty && progressionsRestarted.isEmpty && positionKept
    }
}

/// Adding a changed program again under its name: a three-way merge of the file as added before, the
/// state its progressions moved it to, and the new file. Where the lifter did not touch an exercise,
/// its progress is kept; where they did, their edit wins.
public enum ProgramMerge {
    /// The new program with the progress of every unchanged exercise carried over, and what happened to each.
    public static func merge(
        previousSource: Program, previousState: Program, newSource: Program,
        position: TrainingPosition
    ) -> (program: Program, position: TrainingPosition, report: ProgramMergeReport) {
        var merged = newSource
        var report = ProgramMergeReport()
        let oldNames = names(previousSource)
        let newNames = names(newSource)
        report.added = newNames.filter { oldNames[$0.key] == nil }.map(\.value).sorted()
        report.removed = oldNames.filter { newNames[$0.key] == nil }.map(\.value).sorted()
        var rewritten = Set<ExerciseKey>()
        for (weekIndex, week) in newSource.weeks.enumerated() {
            for (dayIndex, day) in week.days.enumerated() {
                for (index, exercise) in day.exercises.enumerated() where oldNames[exercise.key] != nil {
                    let occurrence = day.exercises[..<index].filter { $0.key == exercise.key }.count
                    guard
                        let before = find(exercise.key, occurrence, week: weekIndex, day: dayIndex, in: previousSource),
                        before == exercise,
                        let progressed = find(
                            exercise.key, occurrence, week: weekIndex, day: dayIndex, in: previousState)
                    else {
                        rewritten.insert(exercise.key)
                        continue
                    }
                    merged.weeks[weekIndex].days[dayIndex].exercises[index] = progressed
                }
            }
        }
        for (key, progression) in newSource.progressions where oldNames[key] != nil {
            if previousSource.progressions[key] == progression, let state = previousState.progressions[key] {
                merged.progressions[key] = state
            } else {
                report.progressionsRestarted.append(newNames[key] ?? key.name)
            }
        }
        report.rewritten = rewritten.map { newNames[$0] ?? $0.name }.sorted()
        report.progressionsRestarted.sort()
        report.kept = newNames.filter { oldNames[$0.key] != nil && !rewritten.contains($0.key) }.map(\.value).sorted()
        report.positionKept = position.exists(in: merged)
        return (merged, position.kept(in: merged), report)
    }

    /// The `occurrence`-th line of `key` on a week and day (from 0), if the program has it.
    static func find(_ key: ExerciseKey, _ occurrence: Int, week: Int, day: Int, in program: Program)
        -> PlannedExercise?
    {
        guard program.weeks.indices.contains(week), program.weeks[week].days.indices.contains(day) else { return nil }
        let lines = program.weeks[week].days[day].exercises.filter { $0.key == key }
        return lines.indices.contains(occurrence) ? lines[occurrence] : nil
    }

    /// Each exercise of a program and its name as first written.
    public static func names(_ program: Program) -> [ExerciseKey: String] {
        var names: [ExerciseKey: String] = [:]
        for exercise in program.weeks.lazy.flatMap(\.days).flatMap(\.exercises) where names[exercise.key] == nil {
            names[exercise.key] = exercise.displayName
        }
        return names
    }
}
