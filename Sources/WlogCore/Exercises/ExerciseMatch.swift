/// What an exercise named in an imported file becomes.
public enum ExerciseMatch: Equatable, Sendable {
    /// An exercise of the library (or one of the user's own).
    case existing(Exercise)
    /// An exercise to create, as a custom exercise.
    case new(NewExercise)

    public var slug: String {
        switch self {
        case .existing(let exercise): exercise.slug
        case .new(let exercise): exercise.slug
        }
    }

    public var name: String {
        switch self {
        case .existing(let exercise): exercise.name
        case .new(let exercise): exercise.name
        }
    }

    var equipment: String? {
        switch self {
        case .existing(let exercise): exercise.equipment
        case .new(let exercise): exercise.equipment
        }
    }
}

/// A custom exercise an import will create.
public struct NewExercise: Equatable, Hashable, Sendable {
    public var name: String
    public var equipment: String?
    public var slug: String
}
