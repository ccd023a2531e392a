import Foundation

/// Groups the sets read from an app's export into workouts, numbers each exercise's sets in file
/// order, and gives every set and workout its import key.
struct WorkoutAssembler {
    /// A workout as its rows describe it.
    struct Workout {
        /// What tells the file's workouts apart (the start, as written).
        var id: String
        /// The start as a wall-clock time, for keys.
        var start: LocalDateTime
        var name: String?
        var note: String?
        var startedAt: Date
        var finishedAt: Date?
    }

    /// `strong`, `hevy` or `fitnotes`: part of every key.
    let source: String
    private var order: [String] = []
    private var workouts: [String: (workout: Workout, sets: [ImportedSet])] = [:]
    private var exerciseNotes: [String: [String: String]] = [:]

    init(source: String) {
        self.source = source
    }

    /// Adds a set (its `key` and `setNumber` are filled in by `workoutsInOrder`).
    mutating func add(_ set: ImportedSet, to workout: Workout) {
        if workouts[workout.id] == nil {
            order.append(workout.id)
            workouts[workout.id] = (workout, [])
        }
        if workouts[workout.id]?.workout.note == nil, let note = workout.note {
            workouts[workout.id]?.workout.note = note
        }
        workouts[workout.id]?.sets.append(set)
    }

    /// A note about one exercise in a workout; it is kept on that exercise's first set.
    mutating func addExerciseNote(_ note: String, exercise: String, workoutID: String) {
        let existing = exerciseNotes[workoutID]?[exercise]
        exerciseNotes[workoutID, default: [:]][exercise] = existing.map { "\($0)\n\(note)" } ?? note
    }

    /// A note about one exercise that the file repeats on each of its sets: kept once.
    mutating func setExerciseNote(_ note: String, exercise: String, workoutID: String) {
        if exerciseNotes[workoutID]?[exercise] == nil { exerciseNotes[workoutID, default: [:]][exercise] = note }
    }

    /// The workouts in the order the file first mentions them. The assembler hands its sets over
    /// (it is empty afterwards), so that they are never held twice.
    mutating func workoutsInOrder() -> [ImportedWorkout] {
        let order = self.order
        self.order = []
        return order.compactMap { finish($0) }
    }

    /// Whether a row named a workout that `finishWorkouts` had already handed over: the file
    /// does not keep each workout's rows together.
    private(set) var reopened = false
    private var finished: Set<String> = []

    /// Hands over every workout but the one named `current` (the latest row's), for a reader that
    /// streams a file whose workouts' rows follow one another.
    mutating func finishWorkouts(except current: String) -> [ImportedWorkout] {
        guard order.contains(where: { $0 != current }) else { return [] }
        let done = order.filter { $0 != current }
        order.removeAll { $0 != current }
        finished.formUnion(done)
        return done.compactMap { finish($0) }
    }

    /// Notes that a row names the workout `id`, which must not have been handed over yet.
    mutating func noteRow(of id: String) {
        if finished.contains(id) { reopened = true }
    }

    /// The workout `id` with its sets numbered and keyed, taken out of the assembler.
    private mutating func finish(_ id: String) -> ImportedWorkout? {
        let notes = exerciseNotes.removeValue(forKey: id)
        guard case (let workout, var sets)? = workouts.removeValue(forKey: id) else { return nil }
        let start = workout.start.canonical
        var positions: [String: Int] = [:]
        var noted: Set<String> = []
        for index in sets.indices {
            let name = sets[index].exerciseName
            let position = (positions[name] ?? 0) + 1
            positions[name] = position
            sets[index].key = ImportKey.make(
                [source, start, name, String(position)] + Self.values(of: sets[index]))
            if let note = notes?[name], noted.insert(name).inserted {
                sets[index].note = [note, sets[index].note].compactMap { $0 }.joined(separator: "\n")
            }
        }
        return ImportedWorkout(
            key: ImportKey.make([source, "workout", start, workout.id]),
            name: workout.name, note: workout.note, startedAt: workout.startedAt, finishedAt: workout.finishedAt,
            sets: sets)
    }

    /// The measurements that, with the workout, exercise and position, identify a set.
    static func values(of set: ImportedSet) -> [String] {
        var values = [set.reps.map(String.init) ?? ""]
        switch set.load {
        case .appLoad(let amount, let unit):
            values += [amount.map(NumberText.plain) ?? "", unit.rawValue]
        case .exact(let weight):
            values += [
                weight.map { $0.bodyweight ? "bw" : "" } ?? "", weight?.amount.map(NumberText.plain) ?? "",
                weight?.unit.rawValue ?? "",
            ]
        }
        values += [set.durationS.map(NumberText.plain) ?? "", set.distanceM.map(NumberText.plain) ?? ""]
        return values
    }
}
