import Foundation

/// A history file read and checked, ready to be planned against the log and written: its counts
/// and exercise names are known, and its workouts come one at a time (from memory, or from the
/// `WorkoutSpool` of a large file) so that they need not all be held at once.
struct CheckedHistory {
    /// An exercise as the file names it: its label (see `HistoryImportPlan.label`), name and
    /// slug, and how many sets it has.
    struct Exercise {
        var label: String
        var name: String
        var slug: String?
        var sets: Int
    }

    var format: HistoryFormat
    var workoutCount = 0
    var setCount = 0
    /// Rows that carry no set: empty sets, rest timers.
    var skippedRows = 0
    /// The file's exercises in the order it first names them.
    private(set) var exercises: [Exercise] = []
    private var exercisePositions: [String: Int] = [:]
    /// Hands each workout, in the file's order, to the function it is given.
    var forEachWorkout: ((ImportedWorkout) throws -> Void) throws -> Void = { _ in }

    init(format: HistoryFormat) {
        self.format = format
    }

    /// The file read whole into memory.
    init(_ history: ImportedHistory) {
        format = history.format
        skippedRows = history.skippedRows
        for workout in history.workouts { count(workout) }
        forEachWorkout = { body in
            for workout in history.workouts { try body(workout) }
        }
    }

    /// Counts a workout of the file and its sets' exercises.
    mutating func count(_ workout: ImportedWorkout) {
        workoutCount += 1
        setCount += workout.sets.count
        for set in workout.sets {
            let label = HistoryImportPlan.label(set)
            if let position = exercisePositions[label] {
                exercises[position].sets += 1
            } else {
                exercisePositions[label] = exercises.count
                exercises.append(Exercise(label: label, name: set.exerciseName, slug: set.slug, sets: 1))
            }
        }
    }
}
