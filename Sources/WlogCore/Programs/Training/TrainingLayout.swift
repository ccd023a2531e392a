import Foundation

/// Training from a program, laid out for a terminal: the next workout, a finished one, an added program.
/// Text from the program or the library is made terminal-safe; `heading` may colour headings.
public enum TrainingLayout {
    /// `wlog next`: the day, then each exercise with its warm-ups, sets, plates and last time.
    public static func next(_ workout: NextWorkout, heading: (String) -> String = { $0 }) -> String {
        let unit = workout.unit
        var lines = [
            heading(safe("\(workout.program): \(workout.weekTitle) / \(workout.dayTitle)"))
                + " (\(workout.position.text))"
        ]
        if let text = workout.description { lines += indented(text) }
        if workout.exercises.isEmpty { lines.append("  a rest day: `wlog finish` moves on") }
        for exercise in workout.exercises {
            lines.append("")
            lines.append(heading(safe(exercise.name)) + (exercise.superset.map { " (superset \(safe($0)))" } ?? ""))
            if let text = exercise.description { lines += indented(text) }
            if !exercise.warmups.isEmpty {
                lines.append("  warm-up: " + exercise.warmups.map { $0.text(unit: unit) }.joined(separator: ", "))
            }
            for (count, set) in grouped(exercise.sets) { lines.append("  \(count) × " + set.text(unit: unit)) }
            if let last = exercise.lastTime.first {
                let day = last.performedAt.formatted(Date.ISO8601FormatStyle(timeZone: .current).year().month().day())
                lines.append("  last time (\(day)): " + exercise.lastTime.map(\.text).joined(separator: ", "))
            }
            if let progression = exercise.progression { lines.append("  progress: " + safe(progression)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `wlog finish`: what each progression did, and the next workout's place.
    public static func finish(_ report: WorkoutFinishReport) -> String {
        guard report.didFinish else {
            return safe(
                "Nothing logged for \(report.program) \(report.finished.text) since the last finish; nothing changed")
                + "\n"
        }
        var lines = [safe("Finished \(report.program) \(report.finished.text)")]
        lines += report.prints.map { "  " + safe($0) }
        lines += report.results.map { "  " + safe($0.text) }
        if report.results.isEmpty { lines.append("  no progression ran") }
        lines.append("Next: \(report.next.text)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `wlog program add`: a new program, or what re-adding a changed one kept and changed.
    public static func added(_ outcome: ProgramAddOutcome, summary: ProgramSummary) -> String {
        var lines: [String] = []
        if let merge = outcome.merge {
            lines.append(
                safe("Updated \(outcome.name)")
                    + (merge.isUnchanged ? ": the program is unchanged; its progress is kept" : ""))
            if !merge.kept.isEmpty, !merge.isUnchanged { lines.append("  progress kept: " + list(merge.kept)) }
            if !merge.added.isEmpty { lines.append("  added: " + list(merge.added)) }
            if !merge.removed.isEmpty { lines.append("  removed (their logged sets stay): " + list(merge.removed)) }
            if !merge.rewritten.isEmpty {
                lines.append("  changed in the file, sets now as written: " + list(merge.rewritten))
            }
            if !merge.progressionsRestarted.isEmpty {
                lines.append("  progression changed, counters restart: " + list(merge.progressionsRestarted))
            }
            if !merge.positionKept { lines.append("  the old position is not in the program: back to week 1, day 1") }
        } else {
            lines.append(
                safe("Added \(outcome.name)")
                    + ": \(counted(summary.weeks, "week")), \(counted(summary.days, "day")), \(counted(summary.exercises, "exercise"))"
            )
        }
        if !outcome.createdExercises.isEmpty {
            lines.append("  created custom exercises: " + list(outcome.createdExercises))
        }
        lines.append(
            outcome.isActive
                ? "  active; next: \(summary.position.text) (`wlog next`)"
                : safe("  `wlog program use \(outcome.name)` to follow it"))
        return lines.joined(separator: "\n") + "\n"
    }

    static func grouped(_ sets: [NextSet]) -> [(Int, NextSet)] { sets.equalRuns() }

    static func list(_ names: [String]) -> String { safe(names.joined(separator: ", ")) }

    static func indented(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + safe(String($0)) }
    }

    static func safe(_ text: String) -> String { ProgramDiagnostic.terminalSafe(text) }

    static func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}
