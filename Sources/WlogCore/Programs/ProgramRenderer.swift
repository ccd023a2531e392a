import Foundation

/// Render: a program back to Liftoscript text, with its current weights, reps, counters and state written in.
/// The text is the program spelled out (no reuse or repeats): parsing it gives the same program.
public enum ProgramRenderer {
    public static func liftoscript(_ program: Program) -> String {
        var lines: [String] = []
        var lastDescription: [ExerciseKey: Bool] = [:]
        var lastDayDescription: [Int: Bool] = [:]
        for week in program.weeks {
            if !lines.isEmpty { lines.append("") }
            lines += description(week.description)
            lines.append("# \(week.title)")
            for (dayIndex, day) in week.days.enumerated() {
                lines.append("")
                if let text = day.description {
                    lines += description(text)
                } else if lastDayDescription[dayIndex] == true {
                    lines.append("//")
                }
                lastDayDescription[dayIndex] = day.description != nil
                lines.append("## \(day.title)")
                for exercise in day.exercises {
                    if !exercise.descriptions.isEmpty {
                        for (index, text) in exercise.descriptions.enumerated() {
                            if index > 0 { lines.append("") }
                            var block = description(text)
                            if index + 1 == exercise.descriptionIndex, exercise.descriptionIndex != 1 {
                                block[0] = "// ! " + block[0].dropFirst(3)
                            }
                            lines += block
                        }
                    } else if lastDescription[exercise.key] == true {
                        lines.append("//")
                    }
                    lastDescription[exercise.key] = !exercise.descriptions.isEmpty
                    lines.append(line(exercise, program: program))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func description(_ text: String?) -> [String] {
        guard let text else { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "//" : "// \($0)" }
    }

    /// One exercise spelled out: every set group with all its details, then the keyed sections.
    static func line(_ exercise: PlannedExercise, program: Program) -> String {
        var sections = [exercise.writtenName]
        for (index, variation) in exercise.variations.enumerated() {
            let marker = exercise.variations.count > 1 && index + 1 == exercise.variationIndex && index > 0 ? "! " : ""
            sections.append(marker + variation.groups.map(group).joined(separator: ", "))
        }
        if let warmups = exercise.warmups {
            let text = warmups.map { "\($0.count)x\($0.reps)" + ($0.load.map { " " + $0.text } ?? "") }.joined(
                separator: ", ")
            sections.append("warmup: " + (warmups.isEmpty ? "none" : text))
        }
        if let superset = exercise.superset { sections.append("superset: \(superset)") }
        if !exercise.tags.isEmpty {
            sections.append("id: tags(\(exercise.tags.map(String.init).joined(separator: ", ")))")
        }
        if exercise.progressDisabled {
            sections.append("progress: none")
        } else if let progression = program.progressions[exercise.key] {
            sections.append("progress: " + ProgressionText.text(progression))
        }
        if let update = program.updates[exercise.key] {
            sections.append("update: custom() {~\(update.script.text)~}")
        }
        return sections.joined(separator: " / ")
    }

    static func group(_ group: SetGroup) -> String {
        var words = [
            "\(group.count)x" + (group.minReps.map { "\($0)-" } ?? "") + "\(group.reps)" + (group.isAMRAP ? "+" : "")
        ]
        if let label = group.label { words.append("(\(label))") }
        let details = group.details
        if let load = details.load {
            words.append(load.text + (details.asksWeight ? "+" : ""))
        } else if details.asksWeight {
            words.append("?+")
        }
        if let rpe = details.rpe { words.append("@" + ProgramNumber.text(rpe) + (details.logsRPE ? "+" : "")) }
        words += SetSectionParser.timerText(details)
        return words.joined(separator: " ")
    }
}
