import Foundation

/// A parsed program with its sugar resolved: every week and day lists the exercises done there, each with its
/// own sets, and each exercise's one progression and its current state.
public struct Program: Hashable, Sendable {
    public var weeks: [ProgramWeek]
    /// The progression of each exercise, stated once for the whole program.
    public var progressions: [ExerciseKey: Progression]
    /// The in-workout script of each exercise that has one.
    public var updates: [ExerciseKey: CustomProgression]

    public init(
        weeks: [ProgramWeek], progressions: [ExerciseKey: Progression] = [:],
        updates: [ExerciseKey: CustomProgression] = [:]
    ) {
        self.weeks = weeks
        self.progressions = progressions
        self.updates = updates
    }

    /// Every day of the program in order, with its week and day numbers (from 1).
    public var days: [(week: Int, day: Int, value: ProgramDay)] {
        weeks.enumerated().flatMap { weekIndex, week in
            week.days.enumerated().map { (week: weekIndex + 1, day: $0.offset + 1, value: $0.element) }
        }
    }
}

/// `# Week title` and the days under it.
public struct ProgramWeek: Hashable, Sendable {
    public var title: String
    public var description: String?
    public var days: [ProgramDay]

    public init(title: String, description: String? = nil, days: [ProgramDay]) {
        self.title = title
        self.description = description
        self.days = days
    }
}

/// `## Day title` and the exercises done that day, in order.
public struct ProgramDay: Hashable, Sendable {
    public var title: String
    public var description: String?
    public var exercises: [PlannedExercise]

    public init(title: String, description: String? = nil, exercises: [PlannedExercise]) {
        self.title = title
        self.description = description
        self.exercises = exercises
    }
}

/// Which exercise a line means for progressions and reuse: label, name and equipment, compared without case.
public struct ExerciseKey: Hashable, Sendable, Comparable {
    public let label: String?
    public let name: String
    public let equipment: String?

    public init(label: String?, name: String, equipment: String?) {
        self.label = label?.lowercased()
        self.name = name.lowercased()
        self.equipment = equipment?.lowercased()
    }

    public static func < (left: ExerciseKey, right: ExerciseKey) -> Bool {
        (left.label ?? "", left.name, left.equipment ?? "") < (right.label ?? "", right.name, right.equipment ?? "")
    }
}

/// One exercise on one day: what to do, as written or reused.
public struct PlannedExercise: Hashable, Sendable {
    public var label: String?
    public var name: String
    public var equipment: String?
    /// Shown descriptions; `descriptionIndex` (from 1) is the current one. Empty: no description.
    public var descriptions: [String] = []
    public var descriptionIndex = 1
    public var variations: [SetVariation]
    /// The current set variation, from 1.
    public var variationIndex = 1
    /// Explicit warm-ups; `[]` is `warmup: none`, nil the default.
    public var warmups: [WarmupGroup]?
    public var superset: String?
    public var tags: [Int] = []
    /// `progress: none`: the exercise's progression does not run after this day.
    public var progressDisabled = false
    /// `Split Squat | ! Bulgarian Split Squat`: the movements the line steps through, the first being `name`
    /// and `equipment`; empty when the line names one movement.
    public var exerciseVariations: [ExerciseVariation] = []
    /// The movement in use, from 1 (`exerciseVariationIndex` in scripts).
    public var exerciseVariationIndex = 1

    public init(label: String? = nil, name: String, equipment: String? = nil, variations: [SetVariation]) {
        self.label = label
        self.name = name
        self.equipment = equipment
        self.variations = variations
    }

    public var key: ExerciseKey { ExerciseKey(label: label, name: name, equipment: equipment) }

    /// The set variation in use.
    public var currentVariation: SetVariation {
        guard !variations.isEmpty else { return SetVariation(groups: []) }
        return variations[min(max(variationIndex, 1), variations.count) - 1]
    }

    /// The description in use, if any.
    public var currentDescription: String? {
        descriptions.isEmpty ? nil : descriptions[min(max(descriptionIndex, 1), descriptions.count) - 1]
    }

    /// The movement done today: the current exercise variation, or the line's one movement.
    public var currentMovement: ExerciseVariation {
        guard !exerciseVariations.isEmpty else { return ExerciseVariation(name: name, equipment: equipment) }
        return exerciseVariations[min(max(exerciseVariationIndex, 1), exerciseVariations.count) - 1]
    }

    /// The name of the movement done today, which its 1RM is looked up by.
    public var movementName: String { currentMovement.name }

    /// `label: Name, Equipment` of the movement done today.
    public var displayName: String {
        (label.map { "\($0): " } ?? "") + currentMovement.text
    }

    /// The heading as Liftoscript writes it: `label: Name, Equipment`, or every variation with `!` before the current one.
    public var writtenName: String {
        guard exerciseVariations.count > 1 else {
            return (label.map { "\($0): " } ?? "") + name + (equipment.map { ", \($0)" } ?? "")
        }
        let movements = exerciseVariations.enumerated().map { index, movement in
            (index + 1 == exerciseVariationIndex && index > 0 ? "! " : "") + movement.text
        }
        return (label.map { "\($0): " } ?? "") + movements.joined(separator: " | ")
    }
}
