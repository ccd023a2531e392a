import Foundation

/// A history import worked out before anything is written: each name's exercise, and, workout by
/// workout, which sets are new. What the log already holds comes in as values and functions, so
/// the plan itself reads no database (the log's store builds it and writes it).
struct HistoryImportPlan {
    let format: HistoryFormat
    let workoutCount: Int
    let setCount: Int
    let skippedRows: Int
    var matches: [String: ExerciseMatch] = [:]
    /// The labels (see `label`) in the order the file first names them.
    var nameOrder: [String] = []
    var setCounts: [String: Int] = [:]
    var unusedOverrides: [String]
    /// The new sets and sessions of the workouts planned so far.
    private(set) var addedSets = 0
    private(set) var addedSessions = 0
    /// The keys of the sets planned so far that are not in the log, so that a set the file repeats is added once.
    private var seenKeys: Set<Int64> = []

    /// Plans the exercises of `history`: `match` maps a name (and a wlog export's slug) to an exercise.
    init(_ history: CheckedHistory, overrides: [String: String], match: (String, String?) -> ExerciseMatch) {
        format = history.format
        workoutCount = history.workoutCount
        setCount = history.setCount
        skippedRows = history.skippedRows
        var usedNames: Set<String> = []
        for exercise in history.exercises {
            matches[exercise.label] = match(exercise.name, exercise.slug)
            nameOrder.append(exercise.label)
            setCounts[exercise.label] = exercise.sets
            usedNames.insert(exercise.name.lowercased())
        }
        unusedOverrides = overrides.keys.filter { !usedNames.contains($0.lowercased()) }.sorted()
    }

    /// Per set of `workout`, whether it is new: `existingKeys` are those of its import keys that
    /// the log holds; `imported` whether an earlier import made a session for the workout;
    /// `isLogged` tells whether the log holds a set of an existing exercise anyway (the
    /// `position`-th of that exercise in the workout), as when an export goes back into the
    /// database it came from.
    mutating func newSets(
        in workout: ImportedWorkout, existingKeys: Set<Int64>, imported: Bool,
        isLogged: (_ set: ImportedSet, _ exercise: Exercise, _ position: Int) throws -> Bool
    ) rethrows -> [Bool] {
        var flags: [Bool] = []
        flags.reserveCapacity(workout.sets.count)
        var positions: [String: Int] = [:]
        for set in workout.sets {
            let position = (positions[set.exerciseName] ?? 0) + 1
            positions[set.exerciseName] = position
            var new = !existingKeys.contains(set.key) && seenKeys.insert(set.key).inserted
            if new, case .existing(let exercise)? = matches[Self.label(set)] {
                new = try !isLogged(set, exercise, position)
            }
            flags.append(new)
        }
        let added = flags.count { $0 }
        addedSets += added
        if added > 0, !imported { addedSessions += 1 }
        return flags
    }

    /// How a set's exercise is told apart: by name, and by slug for wlog exports.
    static func label(_ set: ImportedSet) -> String {
        set.slug.map { "\(set.exerciseName)\u{1F}\($0)" } ?? set.exerciseName
    }

    /// The summary of the workouts planned so far.
    func summary(dryRun: Bool) -> HistoryImportSummary {
        var summary = HistoryImportSummary(
            format: format, workouts: workoutCount, skippedRows: skippedRows, dryRun: dryRun)
        summary.sets = setCount
        summary.addedSets = addedSets
        summary.presentSets = setCount - addedSets
        summary.addedSessions = addedSessions
        summary.mappings = nameOrder.compactMap { label in
            guard let match = matches[label] else { return nil }
            let fileName = label.split(separator: "\u{1F}").first.map(String.init) ?? label
            let isNew = if case .new = match { true } else { false }
            return HistoryImportSummary.Mapping(
                fileName: fileName, slug: match.slug, name: match.name, isNew: isNew, sets: setCounts[label] ?? 0)
        }
        summary.unusedOverrides = unusedOverrides
        return summary
    }

    /// The set as the log stores it, in `sessionID`, numbered `number`, one insert with its import key.
    func loggedSet(_ set: ImportedSet, exerciseID: Int64, sessionID: Int64, number: Int, batchID: Int64?, now: Date)
        -> LoggedSet
    {
        var logged = LoggedSet(
            id: nil, sessionId: sessionID, exerciseId: exerciseID, batchId: batchID, performedAt: set.performedAt,
            setNumber: number, reps: set.reps, weightKg: nil, weightUnit: .kg, bodyweight: false,
            durationS: set.durationS, distanceM: set.distanceM, rpe: set.rpe, rir: set.rir, kind: set.kind,
            note: set.note, createdAt: now)
        logged.setWeight(Self.weight(of: set, equipment: matches[Self.label(set)]?.equipment))
        logged.importKey = set.key
        return logged
    }

    /// The session a new workout becomes, with its import key.
    static func session(for workout: ImportedWorkout, now: Date) -> WorkoutSession {
        WorkoutSession(
            id: nil, name: workout.name, note: workout.note, startedAt: workout.startedAt,
            finishedAt: workout.finishedAt,
            createdAt: now, importKey: workout.key)
    }

    /// The load as wlog stores it. The apps write a bodyweight exercise's added load as its
    /// weight, and no weight (or 0) for plain bodyweight reps: those are bodyweight sets,
    /// unless the set is timed or covers a distance.
    static func weight(of set: ImportedSet, equipment: String?) -> WeightInput? {
        switch set.load {
        case .exact(let weight):
            return weight
        case .appLoad(let amount, let unit):
            let bodyweightExercise = EquipmentName.key(equipment) == "body weight"
            if let amount { return WeightInput(bodyweight: bodyweightExercise, amount: amount, unit: unit) }
            guard set.reps != nil, set.durationS == nil, set.distanceM == nil else { return nil }
            return WeightInput(bodyweight: true, amount: nil, unit: unit)
        }
    }
}
