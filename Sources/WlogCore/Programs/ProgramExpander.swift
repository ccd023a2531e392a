import Foundation

/// Expand: a program's week and day as concrete prescriptions, weights resolved against the 1RMs given and
/// rounded to the loadable step (2.5 kg, 5 lb).
public enum ProgramExpander {
    public static func expand(_ program: Program, week: Int, day: Int, oneRepMaxes: OneRepMaxes = OneRepMaxes())
        throws(ProgramUseError) -> DayPrescription
    {
        guard week >= 1, week <= program.weeks.count else {
            throw ProgramUseError(
                description:
                    "week \(week) is not in the program, which has \(program.weeks.count) week\(program.weeks.count == 1 ? "" : "s")"
            )
        }
        let programWeek = program.weeks[week - 1]
        guard day >= 1, day <= programWeek.days.count else {
            throw ProgramUseError(
                description:
                    "day \(day) is not in week \(week), which has \(programWeek.days.count) day\(programWeek.days.count == 1 ? "" : "s")"
            )
        }
        let programDay = programWeek.days[day - 1]
        return DayPrescription(
            week: week, day: day, weekTitle: programWeek.title, dayTitle: programDay.title,
            weekDescription: programWeek.description, dayDescription: programDay.description,
            exercises: programDay.exercises.enumerated().map { index, exercise in
                var prescribed = prescription(exercise, program: program, oneRepMax: oneRepMaxes[exercise.movementName])
                (prescribed.week, prescribed.day, prescribed.index) = (week, day, index)
                return prescribed
            })
    }

    static func prescription(_ exercise: PlannedExercise, program: Program, oneRepMax: ProgramWeight?) -> Prescription {
        let sets = exercise.currentVariation.groups.flatMap { group in
            Array(repeating: set(group, oneRepMax: oneRepMax), count: group.count)
        }
        let warmups = exercise.warmups.map { groups in
            groups.flatMap { group in Array(repeating: warmup(group, firstSet: sets.first?.weight), count: group.count)
            }
        }
        return Prescription(
            week: 1, day: 1, index: 0, key: exercise.key, exercise: exercise, description: exercise.currentDescription,
            sets: sets, warmups: warmups,
            superset: exercise.superset, progression: program.progressions[exercise.key],
            progressDisabled: exercise.progressDisabled)
    }

    static func set(_ group: SetGroup, oneRepMax: ProgramWeight?) -> PrescribedSet {
        let details = group.details
        var weight: ProgramWeight?
        var percent: Double?
        switch details.load {
        case .weight(let stated):
            weight = stated.loadable
        case .percent(let share):
            percent = share
            weight = oneRepMax.map { ProgramWeight($0.value * share / 100, $0.unit).loadable }
        case nil:
            let share = LiftoscriptRPE.multiplier(reps: Double(max(group.reps, 1)), rpe: details.rpe ?? 10) * 100
            percent = (share * 10).rounded() / 10
            weight = oneRepMax.map { ProgramWeight($0.value * share / 100, $0.unit).loadable }
        }
        return PrescribedSet(
            reps: group.reps, minReps: group.minReps, isAMRAP: group.isAMRAP, label: group.label, weight: weight,
            percentOfOneRepMax: percent, rpe: details.rpe, logsRPE: details.logsRPE, asksWeight: details.asksWeight,
            rest: details.rest,
            setTimer: details.setTimer, setTimerCountsUp: details.setTimerCountsUp,
            startsAutomatically: details.startsAutomatically)
    }

    static func warmup(_ group: WarmupGroup, firstSet: ProgramWeight?) -> PrescribedWarmup {
        switch group.load {
        case .weight(let stated):
            return PrescribedWarmup(reps: group.reps, weight: stated.loadable, percentOfFirstSet: nil)
        case .percent(let share):
            return PrescribedWarmup(
                reps: group.reps, weight: firstSet.map { ProgramWeight($0.value * share / 100, $0.unit).loadable },
                percentOfFirstSet: share)
        case nil:
            return PrescribedWarmup(reps: group.reps, weight: nil, percentOfFirstSet: nil)
        }
    }
}
