/// What `stats` computes from: one exercise, found by slug, name, alias or prefix, its sets over
/// a period (oldest first), the unit weights are shown in (the `unit` setting) and its latest
/// program workouts (prescribed beside lifted), read in one transaction.
public struct ExerciseSets: Equatable, Sendable {
    public var slug: String
    /// The exercise's name.
    public var name: String
    /// Its sets from the start of the period on, oldest first.
    public var entries: [HistoryEntry]
    /// The unit weights are shown in.
    public var unit: WeightUnit
    /// Its latest finished program workouts, newest first: the sets prescribed beside those lifted.
    public var programWorkouts: [ProgramWorkoutSets] = []
}
