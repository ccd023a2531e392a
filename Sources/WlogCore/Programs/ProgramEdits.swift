import Foundation

/// Where each exercise and each tag appears in a program; progressions never move exercises, so this
/// stays true while they change a program.
struct ProgramOccurrences {
    /// For each exercise, its [week, day, index] (from 0) in program order.
    var places: [ExerciseKey: [[Int]]] = [:]
    var tagged: [Int: Set<ExerciseKey>] = [:]

    init(_ program: Program) {
        for (week, programWeek) in program.weeks.enumerated() {
            for (day, programDay) in programWeek.days.enumerated() {
                for (index, exercise) in programDay.exercises.enumerated() {
                    places[exercise.key, default: []].append([week, day, index])
                    for tag in exercise.tags { tagged[tag, default: []].insert(exercise.key) }
                }
            }
        }
    }
}

/// Changes to every occurrence of an exercise in a program: what a progression does to "its" weights and reps.
struct ProgramEdits {
    var program: Program
    var oneRepMaxes: OneRepMaxes
    let occurrences: ProgramOccurrences

    /// Calls `change` on every set group of every occurrence of `key`, with its week, day and variation (from 1).
    mutating func forEachGroup(
        of key: ExerciseKey, _ change: (_ week: Int, _ day: Int, _ variation: Int, _ group: inout SetGroup) -> Void
    ) {
        forEachExercise(of: key) { week, day, exercise in
            for variation in exercise.variations.indices {
                for group in exercise.variations[variation].groups.indices {
                    change(week, day, variation + 1, &exercise.variations[variation].groups[group])
                }
            }
        }
    }

    /// Calls `change` on every occurrence of `key`, with its week and day (from 1).
    mutating func forEachExercise(
        of key: ExerciseKey, _ change: (_ week: Int, _ day: Int, _ exercise: inout PlannedExercise) -> Void
    ) {
        for place in occurrences.places[key] ?? [] {
            change(place[0] + 1, place[1] + 1, &program.weeks[place[0]].days[place[1]].exercises[place[2]])
        }
    }

    /// Moves every weight of `key` by `step` (`-1` direction for a decrease). Returns false when a set's weight
    /// rests on a 1RM that was not given, which leaves that set as it was.
    mutating func moveWeights(of key: ExerciseKey, name: String, by step: WeightStep, direction: Double) -> Bool {
        var complete = true
        let oneRepMax = oneRepMaxes[name]
        forEachGroup(of: key) { _, _, _, group in
            guard let moved = Self.moved(group, by: step, direction: direction, oneRepMax: oneRepMax) else {
                complete = false
                return
            }
            group.details.load = Self.capped(moved)
        }
        return complete
    }

    /// A load within what a program may write: a weight at most the heaviest one, in loadable steps.
    static func capped(_ load: SetLoad) -> SetLoad {
        switch load {
        case .weight(let weight):
            .weight(ProgramWeight(min(weight.value, SetSectionParser.maximumLoad), weight.unit).loadable)
        case .percent(let percent): .percent(min(percent, SetSectionParser.maximumLoad))
        }
    }

    /// A group's load moved by a step; nil when it needs a 1RM that is unknown.
    static func moved(_ group: SetGroup, by step: WeightStep, direction: Double, oneRepMax: ProgramWeight?) -> SetLoad?
    {
        switch (group.details.load, step) {
        case (.weight(let weight), .weight(let change)):
            return .weight((weight + ProgramWeight(direction * change.value, change.unit)).loadable)
        case (.weight(let weight), .percent(let share)):
            return .weight(ProgramWeight(weight.value * (1 + direction * share / 100), weight.unit).loadable)
        case (.percent(let percent), .percent(let share)):
            return .percent(max(0, (percent * (1 + direction * share / 100) * 10_000).rounded() / 10_000))
        case (.percent(let percent), .weight(let change)):
            guard let oneRepMax else { return nil }
            let base = ProgramWeight(oneRepMax.value * percent / 100, oneRepMax.unit).loadable
            return .weight((base + ProgramWeight(direction * change.value, change.unit)).loadable)
        case (nil, _):
            guard let oneRepMax else { return nil }
            let share = LiftoscriptRPE.multiplier(reps: Double(max(group.reps, 1)), rpe: group.details.rpe ?? 10)
            let base = ProgramWeight(oneRepMax.value * share, oneRepMax.unit).loadable
            switch step {
            case .weight(let change):
                return .weight((base + ProgramWeight(direction * change.value, change.unit)).loadable)
            case .percent(let percent):
                return .weight(ProgramWeight(base.value * (1 + direction * percent / 100), base.unit).loadable)
            }
        }
    }
}
