import Foundation
import GRDB

/// Imports another app's history (or wlog's own export) into the log: every row is read and
/// checked first (`HistoryFile`), then everything is written, all in one transaction. Each set and
/// workout carries an import key, so importing the same file again adds nothing and a later,
/// overlapping export adds only the sets that are new.
extension WorkoutLog {
    /// Reads the file at `path` and imports it; `overrides` maps names of the file to a slug,
    /// name or alias. With `dryRun`, works everything out and writes nothing.
    /// `progress` is told how many of the new sets are written.
    public func importHistory(
        path: String, options: HistoryFile.Options, overrides: [String: String] = [:], dryRun: Bool = false,
        now: Date = Date(), progress: ((Int, Int) -> Void)? = nil
    ) throws -> HistoryImportSummary {
        let data: Data
        do {
            data = try RegularFile.contents(of: path)
        } catch {
            throw HistoryImportFailure(problems: [
                HistoryImportError(path: path, line: nil, message: error.message, hint: error.hint)
            ])
        }
        return try importHistory(
            data: data, path: path, options: options, overrides: overrides, dryRun: dryRun, now: now, progress: progress
        )
    }

    /// Imports `data`, the contents of the file named `path` in messages, in one transaction:
    /// the file is read with the log's settings, checked, planned against the log and written.
    public func importHistory(
        data: Data, path: String, options: HistoryFile.Options, overrides: [String: String] = [:], dryRun: Bool = false,
        now: Date = Date(), progress: ((Int, Int) -> Void)? = nil
    ) throws -> HistoryImportSummary {
        func plan(in db: Database) throws -> HistoryImportPlan {
            var options = options
            if options.strongUnit == nil { options.strongUnit = try SettingsStore.load(db).defaultUnit }
            let history = try HistoryFile.read(data, path: path, options: options)
            let timeProblems = history.timeProblems(path: path, now: now, timeZone: options.timeZone)
            guard timeProblems.isEmpty else { throw HistoryImportFailure(problems: timeProblems) }
            return try Self.plan(history, overrides: overrides, in: db)
        }
        if dryRun {
            return try database.read { db in try plan(in: db).summary(dryRun: true) }
        }
        return try database.write { db in try Self.apply(try plan(in: db), in: db, now: now, progress: progress) }
    }

    /// The plan of an import against what the log holds.
    private static func plan(_ history: ImportedHistory, overrides: [String: String], in db: Database) throws
        -> HistoryImportPlan
    {
        let matcher = try ExerciseMatcher(db, overrides: overrides)
        let existingKeys = Set(
            try Int64.fetchAll(db, sql: "SELECT import_key FROM logged_set WHERE import_key IS NOT NULL"))
        let importedWorkouts = Set(
            try Int64.fetchAll(db, sql: "SELECT import_key FROM workout_session WHERE import_key IS NOT NULL"))
        var ownExport = OwnExportRecognition()
        return try HistoryImportPlan(
            history, overrides: overrides, match: { matcher.match($0, slug: $1) }, existingKeys: existingKeys,
            importedWorkouts: importedWorkouts,
            isLogged: { set, exercise, position, workout in
                switch history.format {
                case .wlog: try isLogged(set, exercise: exercise, in: db)
                case .strong:
                    try ownExport.isLogged(
                        set, exercise: exercise, position: position, start: workout.startedAt, in: db)
                case .hevy, .fitnotes: false
                }
            })
    }

    /// Whether wlog already holds this set of a wlog export (same exercise, second and number),
    /// as when an export goes back into the database it came from.
    private static func isLogged(_ set: ImportedSet, exercise: Exercise, in db: Database) throws -> Bool {
        let second = set.performedAt.timeIntervalSinceReferenceDate.rounded(.down)
        return try Bool.fetchOne(
            db,
            sql: """
                SELECT EXISTS (SELECT 1 FROM logged_set WHERE exercise_id = ? AND set_number = ? AND performed_at >= ? AND performed_at < ?)
                """,
            arguments: [
                exercise.id, set.setNumber, Date(timeIntervalSinceReferenceDate: second),
                Date(timeIntervalSinceReferenceDate: second + 1),
            ]) ?? false
    }

    /// Creates the new exercises, the sessions and the new sets.
    private static func apply(_ plan: HistoryImportPlan, in db: Database, now: Date, progress: ((Int, Int) -> Void)?)
        throws -> HistoryImportSummary
    {
        var summary = plan.summary(dryRun: false)
        var created: [String: Exercise] = [:]
        var exercises: [String: Exercise] = [:]
        for label in plan.nameOrder {
            switch plan.matches[label] {
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
        var change = ChangeBatch(id: nil, createdAt: now, openedSessionId: nil, action: .import)
        if plan.addsSets { try change.insert(db) }
        var written = 0
        for (workout, flags) in zip(plan.history.workouts, plan.isNew) where flags.contains(true) {
            defer { progress?(written, summary.addedSets) }
            let sessionID = try session(for: workout, in: db, now: now)
            var numbers: [Int64: Int] = [:]
            for (set, new) in zip(workout.sets, flags) {
                guard let exercise = exercises[HistoryImportPlan.label(set)], let exerciseID = exercise.id else {
                    continue
                }
                let number = set.setNumber ?? ((numbers[exerciseID] ?? 0) + 1)
                numbers[exerciseID] = number
                guard new else { continue }
                var logged = plan.loggedSet(
                    set, exerciseID: exerciseID, sessionID: sessionID, number: number, batchID: change.id, now: now)
                try logged.insert(db)
                written += 1
            }
        }
        return summary
    }

    /// The session of `workout`: the one an earlier import of it made, else a new one.
    private static func session(for workout: ImportedWorkout, in db: Database, now: Date) throws -> Int64 {
        if let id = try Int64.fetchOne(
            db, sql: "SELECT id FROM workout_session WHERE import_key = ?", arguments: [workout.key])
        {
            return id
        }
        var session = HistoryImportPlan.session(for: workout, now: now)
        try session.insert(db)
        guard let id = session.id else { throw LogError.noSuchSession(0) }
        return id
    }
}
