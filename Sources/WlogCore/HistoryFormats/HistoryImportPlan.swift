import Foundation

/// A history import worked out before anything is written: each name's exercise, and which sets
/// and workouts are new. What the log already holds comes in as values and functions, so the
/// plan itself reads no database (the log's store builds it and writes it).
struct HistoryImportPlan {
    var history: ImportedHistory
    var matches: [String: ExerciseMatch] = [:]
    /// The labels (see `label`) in the order the file first names them.
    var nameOrder: [String] = []
    var setCounts: [String: Int] = [:]
    /// Per workout, per set: whether it is new.
    var isNew: [[Bool]] = []
    var unusedOverrides: [String]
    /// Workouts an earlier import made a session for.
    var importedWorkouts: Set<Int64>

    /// Plans `history`: `match` maps a name (and a wlog export's slug) to an exercise;
    /// `existingKeys` are the import keys of the sets in the log; `isLogged` tells whether the
    /// log holds a set of an existing exercise anyway (the `position`-th of that exercise in the
    /// workout), as when an export goes back into the database it came from.
    init(
        _ history: ImportedHistory, overrides: [String: String], match: (String, String?) -> ExerciseMatch,
        existingKeys: Set<Int64>, importedWorkouts: Set<Int64>,
        isLogged: (_ set: ImportedSet, _ exercise: Exercise, _ position: Int, _ workout: ImportedWorkout) throws -> Bool
    ) rethrows {
        self.history = history
        self.importedWorkouts = importedWorkouts
        var seenKeys: Set<Int64> = []
        var usedNames: Set<String> = []
        for workout in history.workouts {
            var flags: [Bool] = []
            var positions: [String: Int] = [:]
            for set in workout.sets {
                let position = (positions[set.exerciseName] ?? 0) + 1
                positions[set.exerciseName] = position
                let label = Self.label(set)
                if matches[label] == nil {
                    matches[label] = match(set.exerciseName, set.slug)
                    nameOrder.append(label)
                    usedNames.insert(set.exerciseName.lowercased())
                }
                setCounts[label, default: 0] += 1
                var new = !existingKeys.contains(set.key) && seenKeys.insert(set.key).inserted
                if new, case .existing(let exercise)? = matches[label] {
                    new = try !isLogged(set, exercise, position, workout)
                }
                flags.append(new)
            }
            isNew.append(flags)
        }
        unusedOverrides = overrides.keys.filter { !usedNames.contains($0.lowercased()) }.sorted()
    }

    /// How a set's exercise is told apart: by name, and by slug for wlog exports.
    static func label(_ set: ImportedSet) -> String {
        set.slug.map { "\(set.exerciseName)\u{1F}\($0)" } ?? set.exerciseName
    }

    /// Whether anything is new, so that the import is a change at all.
    var addsSets: Bool { isNew.contains { $0.contains(true) } }

    func summary(dryRun: Bool) -> HistoryImportSummary {
        var summary = HistoryImportSummary(
            format: history.format, workouts: history.workouts.count, skippedRows: history.skippedRows,
            dryRun: dryRun)
        summary.sets = history.workouts.reduce(0) { $0 + $1.sets.count }
        summary.addedSets = isNew.joined().filter { $0 }.count
        summary.presentSets = summary.sets - summary.addedSets
        summary.addedSessions =
            zip(history.workouts, isNew).filter { workout, flags in
                flags.contains(true) && !importedWorkouts.contains(workout.key)
            }.count
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
