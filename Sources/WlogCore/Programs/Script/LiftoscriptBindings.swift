import Foundation

/// One set of the exercise a script runs for: what the program prescribes and what was done.
/// Values not logged are nil; a script reads them as 0.
public struct LiftoscriptSet: Equatable, Sendable {
    /// `weights[n]`: the prescribed weight (a weight, or a percentage of 1RM, which the script
    /// reads as that share of `rm1` rounded to the loadable step).
    public var weight: LiftoscriptValue
    /// `originalWeights[n]`: the prescribed weight before rounding (a weight or a percentage).
    public var originalWeight: LiftoscriptValue
    /// `completedWeights[n]`: the weight lifted.
    public var completedWeight: LiftoscriptWeight?
    /// `reps[n]`: the prescribed (maximum) reps.
    public var reps: Int
    /// `minReps[n]`: the bottom of a rep range; equals `reps` when there is no range.
    public var minReps: Int
    /// `completedReps[n]`: the reps done.
    public var completedReps: Int?
    /// `completedRepsLeft[n]`: the reps done on the left side of a unilateral exercise.
    public var completedRepsLeft: Int?
    /// `RPE[n]`: the prescribed RPE.
    public var rpe: Double?
    /// `completedRPE[n]`: the RPE the lifter logged.
    public var completedRPE: Double?
    /// `timers[n]`: the rest timer in seconds, when the set has one.
    public var timer: Int?
    /// `amraps[n]`: whether the set is as-many-reps-as-possible.
    public var isAMRAP: Bool
    /// `logrpes[n]`: whether the lifter is asked for the RPE.
    public var logsRPE: Bool
    /// `askweights[n]`: whether the lifter is asked for the weight.
    public var asksWeight: Bool
    /// `setTime[n]`: how long a timed set lasts, in seconds (`60s|30s`).
    public var setTime: Int?
    /// `completedSetTime[n]`: how long the timed set took.
    public var completedSetTime: Int?
    /// Whether the set was checked off as done (`completedNumberOfSets` counts these).
    public var isCompleted: Bool

    public init(
        weight: LiftoscriptValue, originalWeight: LiftoscriptValue? = nil, completedWeight: LiftoscriptWeight? = nil,
        reps: Int, minReps: Int? = nil, completedReps: Int? = nil, completedRepsLeft: Int? = nil,
        rpe: Double? = nil, completedRPE: Double? = nil, timer: Int? = nil, isAMRAP: Bool = false,
        logsRPE: Bool = false, asksWeight: Bool = false, isCompleted: Bool = false,
        setTime: Int? = nil, completedSetTime: Int? = nil
    ) {
        self.weight = weight
        self.originalWeight = originalWeight ?? weight
        self.completedWeight = completedWeight
        self.reps = reps
        self.minReps = minReps ?? reps
        self.completedReps = completedReps
        self.completedRepsLeft = completedRepsLeft
        self.rpe = rpe
        self.completedRPE = completedRPE
        self.timer = timer
        self.isAMRAP = isAMRAP
        self.logsRPE = logsRPE
        self.asksWeight = asksWeight
        self.isCompleted = isCompleted
        self.setTime = setTime
        self.completedSetTime = completedSetTime
    }
}

/// Everything a script reads and writes for one exercise in one workout. The evaluator changes
/// these in place; a run that fails leaves them as they were.
public struct LiftoscriptBindings: Equatable, Sendable {
    /// The sets of the exercise in this workout (`numberOfSets` is their count).
    public var sets: [LiftoscriptSet]
    /// `programNumberOfSets`: how many sets the program prescribed.
    public var programNumberOfSets: Int
    /// `rm1`: the exercise's one-rep max (or training max).
    public var rm1: LiftoscriptWeight
    /// `bodyweight`: the lifter's bodyweight.
    public var bodyweight: LiftoscriptWeight
    /// `day`: the day number counted through the whole program, from 1.
    public var day: Int
    /// `week`: the week number, from 1.
    public var week: Int
    /// `dayInWeek`: the day within the week, from 1.
    public var dayInWeek: Int
    /// `setVariationIndex`: the current set variation, from 1.
    public var setVariationIndex: Int
    /// `descriptionIndex`: the current description, from 1.
    public var descriptionIndex: Int
    /// `exerciseVariationIndex`: the current movement of a line with exercise variations, from 1.
    public var exerciseVariationIndex: Int
    /// `setIndex` (update scripts): the set just tapped, 0 before any.
    public var setIndex: Int
    /// The state variables declared in `custom(name: value, …)`, by name (without `state.`).
    public var state: [String: LiftoscriptValue]

    public init(
        sets: [LiftoscriptSet], programNumberOfSets: Int? = nil, rm1: LiftoscriptWeight,
        bodyweight: LiftoscriptWeight? = nil, day: Int = 1, week: Int = 1, dayInWeek: Int? = nil,
        setVariationIndex: Int = 1, descriptionIndex: Int = 1, exerciseVariationIndex: Int = 1, setIndex: Int = 0,
        state: [String: LiftoscriptValue] = [:]
    ) {
        self.sets = sets
        self.programNumberOfSets = programNumberOfSets ?? sets.count
        self.rm1 = rm1
        self.bodyweight = bodyweight ?? LiftoscriptWeight(0, rm1.unit)
        self.day = day
        self.week = week
        self.dayInWeek = dayInWeek ?? day
        self.setVariationIndex = setVariationIndex
        self.descriptionIndex = descriptionIndex
        self.exerciseVariationIndex = exerciseVariationIndex
        self.setIndex = setIndex
        self.state = state
    }

    /// `numberOfSets` / `ns`.
    public var numberOfSets: Int { sets.count }
    /// `completedNumberOfSets`: the sets checked off.
    public var completedNumberOfSets: Int { sets.filter(\.isCompleted).count }
}
