import Foundation
import Plot

/// The report's section on training from a program: for each exercise of the latest finished program
/// workouts, the sets prescribed beside the sets lifted. Nothing when no program workout was finished.
public enum ProgramReportSection {
    public static func section(
        _ workouts: [ProgramWorkoutSets], unit: WeightUnit, timeZone: TimeZone
    ) -> Node<HTML.BodyContext> {
        guard !workouts.isEmpty else { return .empty }
        return .section(
            .h2("Program: prescribed and lifted"),
            .table(
                .class("records"),
                .thead(
                    .tr(.forEach(["day", "program", "exercise", "set", "prescribed", "lifted"]) { .th(.text($0)) })),
                .tbody(
                    .forEach(workouts) { workout in
                        let day = TrainingDay(containing: workout.finishedAt, timeZone: timeZone).text
                        let place = "\(workout.program) \(workout.position.text)"
                        return .forEach(workout.sets) { set in
                            .tr(
                                .td(.text(day)), .td(.text(place)), .td(.text(workout.exercise)),
                                .td(.text(String(set.setNumber))), .td(.text(set.prescribedText)),
                                .td(.text(set.liftedText(unit: unit))))
                        }
                    })
            )
        )
    }
}
