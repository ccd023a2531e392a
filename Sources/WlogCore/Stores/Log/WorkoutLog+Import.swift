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
        var options = options
        if options.strongUnit == nil {
            options.strongUnit = try database.read { db in try SettingsStore.load(db).defaultUnit }
        }
        // The file is read and checked completely before the log is locked for writing.
        let history = try HistoryFile.read(data, path: path, options: options)
        let timeProblems = history.timeProblems(path: path, now: now, timeZone: options.timeZone)
        guard timeProblems.isEmpty else { throw HistoryImportFailure(problems: timeProblems) }
        if dryRun {
            return try database.read { db in try Self.plan(history, overrides: overrides, in: db).summary(dryRun: true)
            }
        }
        return try database.write { db in
            try Self.apply(try Self.plan(history, overrides: overrides, in: db), in: db, now: now, progress: progress)
        }
    }

    /// The plan of an import against what the log holds.
    private static func plan(_ history: ImportedHistory, overrides: [String: String], in db: Database) throws
        -> HistoryImportPlan
    {
        let matcher = try ExerciseMatcher(db, overrides: overrides)
        let existingKeys = try ImportKeyLookup.present(
            history.workouts.flatMap { $0.sets.map(\.key) }, in: "logged_set", db: db)
        let importedWorkouts = try ImportKeyLookup.present(
            history.workouts.map(\.key), in: "workout_session", db: db)
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
                SELECT EXISTS (SELECT 1 FROM logged_set WHERE exercise_id = ? AND set_number = ? AND performed_ms >= ? AND performed_ms < ?)
                """,
            arguments: [
                exercise.id, set.setNumber, StoredTime.milliseconds(of: Date(timeIntervalSinceReferenceDate: second)),
                StoredTime.milliseconds(of: Date(timeIntervalSinceReferenceDate: second + 1)),
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
        var rows = LoggedSetRows()
        for (workout, flags) in zip(plan.history.workouts, plan.isNew) where flags.contains(true) {
            let sessionID = try session(for: workout, in: db, now: now)
            var numbers: [Int64: Int] = [:]
            for (set, new) in zip(workout.sets, flags) {
                guard let exercise = exercises[HistoryImportPlan.label(set)], let exerciseID = exercise.id else {
                    continue
                }
                let number = set.setNumber ?? ((numbers[exerciseID] ?? 0) + 1)
                numbers[exerciseID] = number
                guard new else { continue }
                rows.add(
                    plan.loggedSet(
                        set, exerciseID: exerciseID, sessionID: sessionID, number: number, batchID: change.id, now: now)
                )
                written += 1
            }
            if rows.count >= LoggedSetRows.rowsPerFlush {
                try rows.flush(db)
                progress?(written, summary.addedSets)
            }
        }
        try rows.flush(db)
        progress?(written, summary.addedSets)
        return summary
    }

    /// The session of `workout`: the one an earlier import of it made, else a new one.
    private static func session(for workout: ImportedWorkout, in db: Database, now: Date) throws -> Int64 {
        let existing = try db.cachedStatement(sql: "SELECT id FROM workout_session WHERE import_key = ?")
        if let id = try Int64.fetchOne(existing, arguments: [workout.key]) { return id }
        let session = HistoryImportPlan.session(for: workout, now: now)
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO workout_session (name, note, started_at, finished_at, created_at, import_key)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
        try insert.execute(arguments: [
            session.name, session.note, session.startedAt, session.finishedAt, session.createdAt, session.importKey,
        ])
        return db.lastInsertedRowID
    }
}
