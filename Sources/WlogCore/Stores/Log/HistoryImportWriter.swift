import Foundation
import GRDB

/// Plans a checked history file against the log and writes it, a workout at a time, inside the
/// transaction it is given: first the new exercises, then each workout's session and new sets,
/// the sets in multi-row inserts. Without `writes` (a dry run) it only plans.
struct HistoryImportWriter {
    private let history: CheckedHistory
    private let db: Database
    private let now: Date
    private let writes: Bool
    private var plan: HistoryImportPlan
    /// Each label's exercise, once made or found.
    private var exercises: [String: Exercise] = [:]
    /// The custom exercises made, by the slug planned for them.
    private var created: [String: Exercise] = [:]
    private var ownExport = OwnExportRecognition()
    /// The import's change in the journal, made with the first new set.
    private var change: ChangeBatch?
    private var rows = LoggedSetRows()
    /// The sessions this import made or added sets to, by import key.
    private var sessionsMade: [Int64: Int64] = [:]
    /// Whether the sets go in as a bulk load (`HistoryBulkLoad`), begun with the first set written.
    private let loadsInBulk: Bool
    private var bulk: HistoryBulkLoad?
    /// Whether the log held an imported set or session before the import: if not, no key of the
    /// file is in it but those this import writes, which the plan and `sessionsMade` know.
    private let logHasImportKeys: Bool

    /// About how many sets' import keys are looked up at once.
    private static let setsPerLookup = 480

    /// `bulkMinimumSets`: the fewest sets of a file that loads in bulk (see `HistoryBulkLoad`).
    init(
        _ history: CheckedHistory, overrides: [String: String], in db: Database, now: Date, writes: Bool,
        bulkMinimumSets: Int = HistoryBulkLoad.minimumSets
    ) throws {
        self.history = history
        self.db = db
        self.now = now
        self.writes = writes
        loadsInBulk =
            try writes && HistoryBulkLoad.suits(fileSets: history.setCount, minimumSets: bulkMinimumSets, in: db)
        logHasImportKeys =
            try Bool.fetchOne(
                db,
                sql: """
                    SELECT EXISTS (SELECT 1 FROM logged_set WHERE import_key IS NOT NULL)
                        OR EXISTS (SELECT 1 FROM workout_session WHERE import_key IS NOT NULL)
                    """) ?? true
        let matcher = try ExerciseMatcher(db, overrides: overrides)
        plan = HistoryImportPlan(history, overrides: overrides, match: { matcher.match($0, slug: $1) })
    }

    /// Goes through every workout; `progress` is told how many of the file's sets are done.
    mutating func run(progress: ((Int, Int) -> Void)?) throws -> HistoryImportSummary {
        try makeExercises()
        var done = 0
        var batch: [ImportedWorkout] = []
        var batchSets = 0
        let forEachWorkout = history.forEachWorkout
        try forEachWorkout { workout in
            batch.append(workout)
            batchSets += workout.sets.count
            guard batchSets >= Self.setsPerLookup else { return }
            try add(batch)
            done += batchSets
            (batch, batchSets) = ([], 0)
            if rows.count >= LoggedSetRows.rowsPerFlush {
                try flushRows()
                progress?(done, history.setCount)
            }
        }
        try add(batch)
        done += batchSets
        try flushRows()
        try bulk?.finish(in: db)
        progress?(done, history.setCount)
        var summary = plan.summary(dryRun: !writes)
        summary.mappings = summary.mappings.map { mapping in
            var mapping = mapping
            if mapping.isNew, let made = created[mapping.slug] { mapping.slug = made.slug }
            return mapping
        }
        return summary
    }

    /// Writes the sets collected, first beginning the bulk load if the import is one.
    private mutating func flushRows() throws {
        if loadsInBulk, bulk == nil, rows.count > 0 {
            // A wlog export's sets are looked up by exercise and time (`isLogged`) as they go in.
            var read: Set<String> = logHasImportKeys ? [HistoryBulkLoad.importKeyIndex] : []
            if history.format == .wlog { read.insert("logged_set_by_exercise") }
            bulk = try HistoryBulkLoad(in: db, alsoRead: read)
        }
        try rows.flush(db)
    }

    /// Finds each label's exercise, making the new ones (when writing).
    private mutating func makeExercises() throws {
        for label in plan.nameOrder {
            switch plan.matches[label] {
            case .existing(let exercise)?:
                exercises[label] = exercise
            case .new(let new)?:
                guard writes else { continue }
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
    }

    /// Plans a few workouts, looking up their import keys together, and writes their new sets.
    private mutating func add(_ workouts: [ImportedWorkout]) throws {
        guard !workouts.isEmpty else { return }
        guard logHasImportKeys else {
            for workout in workouts {
                try add(workout, existingKeys: [], sessionID: sessionsMade[workout.key], imported: false)
            }
            return
        }
        let existingKeys = try ImportKeyLookup.present(
            workouts.flatMap { $0.sets.map(\.key) }, in: "logged_set", db: db)
        let sessions = try ImportKeyLookup.rows(workouts.map(\.key), in: "workout_session", db: db)
        for workout in workouts {
            // A session this import made is not one an earlier import made.
            let madeNow = sessionsMade[workout.key]
            try add(
                workout, existingKeys: existingKeys, sessionID: madeNow ?? sessions[workout.key],
                imported: madeNow == nil && sessions[workout.key] != nil)
        }
    }

    /// Plans one workout and writes its new sets: `sessionID` is the session of its import key, if any.
    private mutating func add(_ workout: ImportedWorkout, existingKeys: Set<Int64>, sessionID: Int64?, imported: Bool)
        throws
    {
        let format = history.format
        let db = self.db
        // Taken out while the plan runs (and put back), so that its caches are never copied.
        var ownExport = self.ownExport
        self.ownExport = OwnExportRecognition()
        defer { self.ownExport = ownExport }
        let flags = try plan.newSets(in: workout, existingKeys: existingKeys, imported: imported) {
            set, exercise, position in
            switch format {
            case .wlog: try Self.isLogged(set, exercise: exercise, notIn: change?.id, in: db)
            case .strong:
                try ownExport.isLogged(set, exercise: exercise, position: position, start: workout.startedAt, in: db)
            case .hevy, .fitnotes: false
            }
        }
        guard writes, flags.contains(true) else { return }
        if change == nil {
            // The import is one change in the journal, the one `undo` takes back while it is the newest.
            var change = ChangeBatch(id: nil, createdAt: now, openedSessionId: nil, action: .import)
            try change.insert(db)
            self.change = change
        }
        let session = try sessionID ?? insertSession(for: workout)
        sessionsMade[workout.key] = session
        var numbers: [Int64: Int] = [:]
        for (set, new) in zip(workout.sets, flags) {
            guard let exercise = exercises[HistoryImportPlan.label(set)], let exerciseID = exercise.id else { continue }
            let number = set.setNumber ?? ((numbers[exerciseID] ?? 0) + 1)
            numbers[exerciseID] = number
            guard new else { continue }
            rows.add(
                plan.loggedSet(
                    set, exerciseID: exerciseID, sessionID: session, number: number, batchID: change?.id, now: now))
        }
    }

    /// A new session for `workout`, with its import key.
    private func insertSession(for workout: ImportedWorkout) throws -> Int64 {
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

    /// Whether wlog already holds this set of a wlog export (same exercise, second and number),
    /// as when an export goes back into the database it came from. The sets of `batch` (this
    /// import's, written so far) do not count: the log is taken as it was before the import.
    private static func isLogged(_ set: ImportedSet, exercise: Exercise, notIn batch: Int64?, in db: Database) throws
        -> Bool
    {
        let second = set.performedAt.timeIntervalSinceReferenceDate.rounded(.down)
        return try Bool.fetchOne(
            db,
            sql: """
                SELECT EXISTS (SELECT 1 FROM logged_set WHERE exercise_id = ? AND set_number = ? AND performed_ms >= ? AND performed_ms < ?
                    AND batch_id IS NOT ?)
                """,
            arguments: [
                exercise.id, set.setNumber, StoredTime.milliseconds(of: Date(timeIntervalSinceReferenceDate: second)),
                StoredTime.milliseconds(of: Date(timeIntervalSinceReferenceDate: second + 1)), batch ?? 0,
            ]) ?? false
    }
}
