/// One exercise of free-exercise-db's `exercises.json`, as read.
struct FreeExerciseEntry: Equatable, Sendable {
    var id: String
    var name: String
    var equipment: String?
    var force: String?
    var level: String?
    var mechanic: String?
    var category: String?
    var primaryMuscles: [String]
    var secondaryMuscles: [String]
    var instructions: [String]
    var images: [String]
    /// The line the entry starts on.
    var line: Int
}
