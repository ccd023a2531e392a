import Foundation

/// `stats EXERCISE`'s part on training from a program: per recent finished program workout, the sets
/// prescribed beside the sets lifted, as a table section, JSON (`program_workouts`) and CSV rows.
public enum ProgramResultsExport {
    /// `stats` JSON with `program_workouts` added (always there, `[]` when no program workout had the exercise).
    public static func json(_ stats: JSONValue, _ workouts: [ProgramWorkoutSets], timeZone: TimeZone) -> JSONValue {
        guard case .object(var fields) = stats else { return stats }
        fields["program_workouts"] = .array(
            workouts.map { workout in
                .object([
                    "program": .text(workout.program), "week": .int(workout.position.week),
                    "day": .int(workout.position.day),
                    "finished_at": .text(InsightExport.timestamp(workout.finishedAt, timeZone: timeZone)),
                    "sets": .array(
                        workout.sets.map { set in
                            .object([
                                "set": .int(set.setNumber),
                                "prescribed_reps": set.prescribedReps.map(JSONValue.int) ?? .null,
                                "amrap": .bool(set.isAMRAP),
                                "prescribed_weight": .number(set.prescribedWeight?.value),
                                "prescribed_unit": set.prescribedWeight.map { JSONValue.text($0.unit.rawValue) }
                                    ?? JSONValue.null,
                                "lifted_reps": set.liftedReps.map(JSONValue.int) ?? .null,
                                "lifted_weight_kg": .number(set.liftedWeightKilograms),
                            ])
                        }),
                ])
            })
        return .object(fields)
    }

    /// `stats` CSV with a row per figure of each program set, keyed `PROGRAM week W day D set N`.
    public static func csv(_ stats: Tabular, _ workouts: [ProgramWorkoutSets], timeZone: TimeZone) -> Tabular {
        var table = stats
        for workout in workouts {
            let day = TrainingDay(containing: workout.finishedAt, timeZone: timeZone).text
            for set in workout.sets {
                let key = "\(workout.program) \(workout.position.text) set \(set.setNumber)"
                if let reps = set.prescribedReps {
                    table.rows.append(["program_prescribed_reps", key, "\(reps)\(set.isAMRAP ? "+" : "")", "reps", day])
                }
                if let weight = set.prescribedWeight {
                    table.rows.append([
                        "program_prescribed_weight", key, NumberText.plain(weight.value), weight.unit.rawValue, day,
                    ])
                }
                if let reps = set.liftedReps {
                    table.rows.append(["program_lifted_reps", key, String(reps), "reps", day])
                }
                if let kilograms = set.liftedWeightKilograms {
                    table.rows.append(["program_lifted_weight", key, NumberText.plain(kilograms), "kg", day])
                }
            }
        }
        return table
    }

    /// The table section: one line per workout, then each set as prescribed → as lifted; empty when none.
    public static func table(
        _ workouts: [ProgramWorkoutSets], unit: WeightUnit, timeZone: TimeZone, heading: (String) -> String = { $0 }
    ) -> String {
        guard !workouts.isEmpty else { return "" }
        var lines = ["", heading("program workouts (prescribed → lifted)")]
        for workout in workouts {
            let day = TrainingDay(containing: workout.finishedAt, timeZone: timeZone).text
            lines.append(TerminalText.cell("\(day)  \(workout.program) \(workout.position.text)"))
            for set in workout.sets {
                lines.append("  set \(set.setNumber): \(set.prescribedText) → \(set.liftedText(unit: unit))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
