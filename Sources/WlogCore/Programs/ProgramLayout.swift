import Foundation

/// Programs laid out for a terminal: the outline `program check` prints, a day for `program show`,
/// and the sessions of `program simulate`. Text from the file is shown without control characters.
public enum ProgramLayout {
    static let outlineDays = 40

    /// One screen: size, each day's exercises, each exercise's progression.
    public static func outline(_ program: Program) -> String {
        let days = program.days
        let exercises = Set(days.flatMap { $0.value.exercises.map(\.key) })
        var lines = [
            "\(counted(program.weeks.count, "week")), \(counted(days.count, "day")), \(counted(exercises.count, "exercise"))"
        ]
        for (week, day, value) in days.prefix(outlineDays) {
            let names = value.exercises.map { "\(safe($0.displayName)) \(scheme($0.currentVariation))" }
            lines.append(
                "week \(week) day \(day) (\(safe(program.weeks[week - 1].title)) / \(safe(value.title))): "
                    + (names.isEmpty ? "rest" : names.joined(separator: ", ")))
        }
        if days.count > outlineDays { lines.append("… \(counted(days.count - outlineDays, "more day"))") }
        var names: [ExerciseKey: String] = [:]
        for exercise in program.weeks.lazy.flatMap(\.days).flatMap(\.exercises) where names[exercise.key] == nil {
            names[exercise.key] = exercise.displayName
        }
        let progressions = program.progressions.sorted { $0.key < $1.key }
        lines.append(progressions.isEmpty ? "progressions: none" : "progressions:")
        for (key, progression) in progressions {
            lines.append("  \(safe(names[key] ?? key.name)): \(safe(ProgressionText.summary(progression)))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Day `day` of `week`, or every day of the week, laid out with weights resolved.
    public static func week(_ program: Program, week: Int, day: Int?, oneRepMaxes: OneRepMaxes) throws(ProgramUseError)
        -> String
    {
        guard week >= 1, week <= program.weeks.count else {
            throw ProgramUseError(
                description: "--week \(week): the program has \(counted(program.weeks.count, "week"))")
        }
        let days = day.map { [$0] } ?? Array(1...max(program.weeks[week - 1].days.count, 1))
        var parts: [String] = []
        for number in days {
            parts.append(
                self.day(try ProgramExpander.expand(program, week: week, day: number, oneRepMaxes: oneRepMaxes)))
        }
        return parts.joined(separator: "\n")
    }

    /// A day's workouts with weights resolved.
    public static func day(_ day: DayPrescription) -> String {
        var lines = ["\(safe(day.weekTitle)) / \(safe(day.dayTitle)) (week \(day.week), day \(day.day))"]
        if let text = day.dayDescription { lines += indented(text, "  ") }
        if day.exercises.isEmpty { lines.append("  no exercises") }
        for exercise in day.exercises {
            lines.append("")
            lines.append(
                safe(exercise.exercise.displayName) + (exercise.superset.map { " (superset \(safe($0)))" } ?? ""))
            if let text = exercise.description { lines += indented(text, "  ") }
            if let warmups = exercise.warmups {
                lines.append(
                    "  warm-up: "
                        + (warmups.isEmpty
                            ? "none"
                            : warmups.map { "1x\($0.reps)" + ($0.weight.map { " \($0.text)" } ?? "") }.joined(
                                separator: ", ")))
            }
            for (count, set) in grouped(exercise.sets) { lines.append("  " + setLine(set, count: count)) }
            if exercise.progressDisabled {
                lines.append("  progress: none today")
            } else if let progression = exercise.progression {
                lines.append("  progress: " + safe(ProgressionText.summary(progression)))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Each session, what was done, and each change the progressions made.
    public static func simulation(_ simulation: Simulation) -> String {
        var lines: [String] = []
        for session in simulation.sessions {
            lines.append(
                "session \(session.session): week \(session.week) day \(session.day) (\(safe(session.weekTitle)) / \(safe(session.dayTitle)))"
            )
            for exercise in session.exercises {
                let sets = grouped(exercise.sets).map { setLine($0.1, count: $0.0) }.joined(separator: ", ")
                let amraps = zip(exercise.workoutSets ?? exercise.sets, exercise.performed).filter {
                    $0.isAMRAP && $1.reps > $0.reps
                }.map { String($1.reps) }
                lines.append(
                    "  \(safe(exercise.exercise)): \(sets)"
                        + (amraps.isEmpty ? "" : "  (AMRAP sets done for \(amraps.joined(separator: ", ")) reps)")
                        + (exercise.failed ? "  FAILED (last set one rep short)" : ""))
                if let workout = exercise.workoutSets {
                    lines.append(
                        "    update script, during the workout: "
                            + grouped(workout).map { setLine($0.1, count: $0.0) }.joined(separator: ", "))
                }
                for note in exercise.workoutNotes { lines.append("    update script: \(safe(note))") }
            }
            for change in session.prints + session.changes {
                lines.append("    \(safe(change.exercise)): \(safe(change.message))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `5x5 100kg @8 90s`: a count of equal sets and what they are.
    static func setLine(_ set: PrescribedSet, count: Int) -> String {
        var words = ["\(count)x" + (set.minReps.map { "\($0)-" } ?? "") + "\(set.reps)" + (set.isAMRAP ? "+" : "")]
        if let label = set.label { words.append("(\(safe(label)))") }
        if let weight = set.weight {
            words.append(weight.text + (set.percentOfOneRepMax.map { " (\(ProgramNumber.text($0))% of 1RM)" } ?? ""))
        } else if let percent = set.percentOfOneRepMax {
            words.append("\(ProgramNumber.text(percent))% of 1RM")
        }
        if set.asksWeight { words.append("(ask weight)") }
        if let rpe = set.rpe { words.append("@" + ProgramNumber.text(rpe) + (set.logsRPE ? "+" : "")) }
        if let timer = set.setTimer { words.append("timed \(timer)s" + (set.setTimerCountsUp ? " or longer" : "")) }
        if let rest = set.rest {
            words.append("rest \(rest)s")
        } else if set.setTimer != nil {
            words.append("default rest")
        }
        if set.startsAutomatically { words.append("auto") }
        return words.joined(separator: " ")
    }

    static func grouped(_ sets: [PrescribedSet]) -> [(Int, PrescribedSet)] { sets.equalRuns() }

    static func scheme(_ variation: SetVariation) -> String {
        variation.groups.map {
            "\($0.count)x" + ($0.minReps.map { "\($0)-" } ?? "") + "\($0.reps)" + ($0.isAMRAP ? "+" : "")
        }.joined(separator: ",")
    }

    static func indented(_ text: String, _ prefix: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { prefix + safe(String($0)) }
    }

    static func safe(_ text: String) -> String { ProgramDiagnostic.terminalSafe(text) }

    static func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}
