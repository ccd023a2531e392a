import Foundation
import GRDB

/// Imports another app's history (or wlog's own export) into the log: every row is read and
/// checked first, then everything is written in one transaction. Each set and workout carries an
/// import key, so importing the same file again adds nothing and a later, overlapping export adds
/// only the sets that are new. Every SQL statement of history imports lives here.
public struct HistoryImporter: Sendable {
    /// How one exercise name of the file was mapped.
    public struct Mapping: Sendable, Equatable {
        /// The name as the file writes it.
        public var fileName: String
        public var slug: String
        public var name: String
        /// Whether the import creates it as a custom exercise.
        public var isNew: Bool
        /// How many of the file's sets it has.
        public var sets: Int
    }

    /// What an import did, or would do in a dry run.
    public struct Summary: Sendable, Equatable {
        public var format: HistoryFormat
        public var workouts = 0
        /// Sets read from the file.
        public var sets = 0
        /// Rows without a set (empty sets, rest timers).
        public var skippedRows = 0
        public var addedSets = 0
        public var addedSessions = 0
        /// Sets that were in the log already.
        public var presentSets = 0
        /// Every exercise name of the file, in the order the file first names them.
        public var mappings: [Mapping] = []
        /// `--map` names the file does not use.
        public var unusedOverrides: [String] = []
        public var dryRun = false

        public var newExercises: [Mapping] { mappings.filter(\.isNew) }
    }

    private let database: AppDatabase

    public init(database: AppDatabase) {
        self.database = database
    }

    /// Reads the file at `path` and imports it; `overrides` maps names of the file to a slug,
    /// name or alias. With `dryRun`, works everything out and writes nothing.
    /// `progress` is told how many of the new sets are written.
    public func run(path: String, options: HistoryFile.Options, overrides: [String: String] = [:], dryRun: Bool = false, now: Date = Date(),
                    progress: ((Int, Int) -> Void)? = nil) throws -> Summary {
        let data: Data
        do {
            data = try RegularFile.contents(of: path)
        } catch {
            throw HistoryImportFailure(problems: [HistoryImportError(path: path, line: nil, message: error.message, hint: error.hint)])
        }
        return try run(data: data, path: path, options: options, overrides: overrides, dryRun: dryRun, now: now, progress: progress)
    }

    /// Imports `data`, the contents of the file named `path` in messages.
    public func run(data: Data, path: String, options: HistoryFile.Options, overrides: [String: String] = [:], dryRun: Bool = false, now: Date = Date(),
                    progress: ((Int, Int) -> Void)? = nil) throws -> Summary {
        let history = try HistoryFile.read(data, path: path, options: options)
        let timeProblems = history.timeProblems(path: path, now: now, timeZone: options.timeZone)
        guard timeProblems.isEmpty else { throw HistoryImportFailure(problems: timeProblems) }
        if dryRun {
            return try database.read { db in try Plan(history, overrides: overrides, in: db).summary(dryRun: true) }
        }
        return try database.write { db in
            let plan = try Plan(history, overrides: overrides, in: db)
            return try plan.apply(in: db, now: now, progress: progress)
        }
    }

    /// Everything worked out before writing: each name's exercise, and which sets are new.
    private struct Plan {
        var history: ImportedHistory
        var matches: [String: ExerciseMatch] = [:]
        var nameOrder: [String] = []
        var setCounts: [String: Int] = [:]
        /// Per workout, per set: whether it is new.
        var isNew: [[Bool]] = []
        var unusedOverrides: [String]
        /// Workouts an earlier import made a session for.
        var importedWorkouts: Set<Int64>

        init(_ history: ImportedHistory, overrides: [String: String], in db: Database) throws {
            self.history = history
            let matcher = try ExerciseMatcher(db, overrides: overrides)
            let existingKeys = Set(try Int64.fetchAll(db, sql: "SELECT import_key FROM logged_set WHERE import_key IS NOT NULL"))
            importedWorkouts = Set(try Int64.fetchAll(db, sql: "SELECT import_key FROM workout_session WHERE import_key IS NOT NULL"))
            var seenKeys: Set<Int64> = []
            var usedNames: Set<String> = []
            var ownExport = OwnExportRecognition()
            for workout in history.workouts {
                var flags: [Bool] = []
                var positions: [String: Int] = [:]
                for set in workout.sets {
                    let position = (positions[set.exerciseName] ?? 0) + 1
                    positions[set.exerciseName] = position
                    let label = Self.label(set)
                    if matches[label] == nil {
                        matches[label] = matcher.match(set.exerciseName, slug: set.slug)
                        nameOrder.append(label)
                        usedNames.insert(set.exerciseName.lowercased())
                    }
                    setCounts[label, default: 0] += 1
                    var new = !existingKeys.contains(set.key) && seenKeys.insert(set.key).inserted
                    if new, case .existing(let exercise)? = matches[label] {
                        switch history.format {
                        case .wlog: new = try !Self.isLogged(set, exercise: exercise, in: db)
                        case .strong: new = try !ownExport.isLogged(set, exercise: exercise, position: position, start: workout.startedAt, in: db)
                        case .hevy, .fitnotes: break
                        }
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

        /// Whether wlog already holds this set of a wlog export (same exercise, second and number),
        /// as when an export goes back into the database it came from.
        static func isLogged(_ set: ImportedSet, exercise: Exercise, in db: Database) throws -> Bool {
            let second = set.performedAt.timeIntervalSinceReferenceDate.rounded(.down)
            return try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM logged_set WHERE exercise_id = ? AND set_number = ? AND performed_at >= ? AND performed_at < ?)
                """, arguments: [exercise.id, set.setNumber, Date(timeIntervalSinceReferenceDate: second),
                                 Date(timeIntervalSinceReferenceDate: second + 1)]) ?? false
        }

        func summary(dryRun: Bool) -> Summary {
            var summary = Summary(format: history.format, workouts: history.workouts.count, skippedRows: history.skippedRows, dryRun: dryRun)
            summary.sets = history.workouts.reduce(0) { $0 + $1.sets.count }
            summary.addedSets = isNew.joined().filter { $0 }.count
            summary.presentSets = summary.sets - summary.addedSets
            summary.addedSessions = zip(history.workouts, isNew).filter { workout, flags in
                flags.contains(true) && !importedWorkouts.contains(workout.key)
            }.count
            summary.mappings = nameOrder.compactMap { label in
                guard let match = matches[label] else { return nil }
                let fileName = label.split(separator: "\u{1F}").first.map(String.init) ?? label
                let isNew = if case .new = match { true } else { false }
                return Mapping(fileName: fileName, slug: match.slug, name: match.name, isNew: isNew, sets: setCounts[label] ?? 0)
            }
            summary.unusedOverrides = unusedOverrides
            return summary
        }

        /// Creates the new exercises, the sessions and the new sets.
        func apply(in db: Database, now: Date, progress: ((Int, Int) -> Void)?) throws -> Summary {
            var summary = summary(dryRun: false)
            var created: [String: Exercise] = [:]
            var exercises: [String: Exercise] = [:]
            for label in nameOrder {
                switch matches[label] {
                case .existing(let exercise)?:
                    exercises[label] = exercise
                case .new(let new)?:
                    if let made = created[new.slug] {
                        exercises[label] = made
                    } else {
                        let slug = try CustomExercise.freeSlug(new.slug, in: db)
                        let made = try CustomExercise.insert(name: new.name, slug: slug, equipment: new.equipment, in: db)
                        created[new.slug] = made
                        exercises[label] = made
                    }
                case nil:
                    break
                }
            }
            summary.mappings = summary.mappings.map { mapping in
                var mapping = mapping
                if mapping.isNew, let made = created[mapping.slug] { mapping.slug = made.slug }
                return mapping
            }
            // The import is one change in the journal, the one `undo` takes back while it is the newest.
            var change = RecordBatch(id: nil, createdAt: now, openedSessionId: nil, action: .import)
            if isNew.contains(where: { $0.contains(true) }) { try change.insert(db) }
            var written = 0
            for (workout, flags) in zip(history.workouts, isNew) where flags.contains(true) {
                defer { progress?(written, summary.addedSets) }
                let sessionID = try session(for: workout, in: db, now: now)
                var numbers: [Int64: Int] = [:]
                for (set, new) in zip(workout.sets, flags) {
                    guard let exercise = exercises[Self.label(set)], let exerciseID = exercise.id else { continue }
                    let number = set.setNumber ?? ((numbers[exerciseID] ?? 0) + 1)
                    numbers[exerciseID] = number
                    guard new else { continue }
                    var logged = LoggedSet(
                        id: nil, sessionId: sessionID, exerciseId: exerciseID, batchId: change.id, performedAt: set.performedAt,
                        setNumber: number, reps: set.reps, weightKg: nil, weightUnit: .kg, bodyweight: false,
                        durationS: set.durationS, distanceM: set.distanceM, rpe: set.rpe, rir: set.rir, kind: set.kind,
                        note: set.note, createdAt: now)
                    logged.setWeight(Self.weight(of: set, equipment: matches[Self.label(set)]?.equipment))
                    try logged.insert(db)
                    written += 1
                    try db.execute(sql: "UPDATE logged_set SET import_key = ? WHERE id = ?", arguments: [set.key, logged.id])
                }
            }
            return summary
        }

        /// The session of `workout`: the one an earlier import of it made, else a new one.
        private func session(for workout: ImportedWorkout, in db: Database, now: Date) throws -> Int64 {
            if let id = try Int64.fetchOne(db, sql: "SELECT id FROM workout_session WHERE import_key = ?", arguments: [workout.key]) {
                return id
            }
            var session = WorkoutSession(id: nil, name: workout.name, note: workout.note, startedAt: workout.startedAt,
                                         finishedAt: workout.finishedAt, createdAt: now)
            try session.insert(db)
            guard let id = session.id else { throw LogError.noSuchSession(0) }
            try db.execute(sql: "UPDATE workout_session SET import_key = ? WHERE id = ?", arguments: [workout.key, id])
            return id
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
}
