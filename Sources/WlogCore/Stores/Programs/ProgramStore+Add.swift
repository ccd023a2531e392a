import Foundation
import GRDB

extension ProgramStore {
    /// Validates `source` and stores it as `name`, every exercise resolved against the library the way the
    /// history import resolves names (`Bench Press`, `Squat, Dumbbell`, any case). A program already stored
    /// under the name keeps the progress of every exercise the file did not change. The first program added
    /// becomes the active one. Throws `ProgramDiagnosticList` for a program with errors; nothing is written then.
    public func add(source: String, name: String, createMissing: Bool = false, now: Date = Date()) throws
        -> ProgramAddOutcome
    {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        // Counted as SQLite's length() counts (code points), which the table's CHECK holds to 100.
        guard (1...100).contains(trimmed.unicodeScalars.count), !trimmed.contains(where: \.isNewline) else {
            throw ProgramStoreError.badName(name)
        }
        let parsed = try ProgramParser.parse(source)
        do {
            return try database.write { db in
                try Self.store(parsed, source: source, name: trimmed, createMissing: createMissing, now: now, db)
            }
        } catch let missing as MissingExercises {
            throw ProgramStoreError.unresolvedExercises(
                missing.names.map { UnresolvedExercise(name: $0, closest: closest(to: $0)) })
        }
    }

    /// The names a program uses that resolve to no exercise (raised inside the transaction, which it rolls back).
    struct MissingExercises: Error {
        var names: [String]
    }

    /// The slugs `ExerciseStore` suggests for a name it does not know.
    func closest(to name: String) -> [String] {
        do {
            _ = try ExerciseStore(database: database).resolve(name)
            return []
        } catch ExerciseLookupError.notFound(_, let suggestions) {
            return suggestions
        } catch ExerciseLookupError.ambiguous(_, let candidates) {
            return candidates
        } catch {
            return []
        }
    }

    static func store(_ parsed: Program, source: String, name: String, createMissing: Bool, now: Date, _ db: Database)
        throws -> ProgramAddOutcome
    {
        let names = ProgramMerge.names(parsed)
        let matcher = try ExerciseMatcher(db, overrides: [:])
        var resolved: [ExerciseKey: Exercise] = [:]
        var missing: [String] = []
        var created: [String] = []
        for (key, shown) in names.sorted(by: { $0.key < $1.key }) {
            let written = parsed.weeks.lazy.flatMap(\.days).flatMap(\.exercises).first { $0.key == key }
            let lookup =
                written.map { exercise in exercise.equipment.map { "\(exercise.name) (\($0))" } ?? exercise.name }
                ?? shown
            switch matcher.match(lookup) {
            case .existing(let exercise):
                resolved[key] = exercise
            case .new(let new):
                guard createMissing else {
                    missing.append(shown)
                    continue
                }
                let exercise = try CustomExercise.insert(
                    name: new.name, slug: CustomExercise.freeSlug(new.slug, in: db), equipment: new.equipment, in: db)
                resolved[key] = exercise
                created.append(exercise.slug)
            }
        }
        guard missing.isEmpty else { throw MissingExercises(names: missing) }
        var state = parsed
        var position = TrainingPosition.start
        var report: ProgramMergeReport?
        let programID: Int64
        let latest = try ProgramRows.latestLoggedSet(db)
        let storedID = try ProgramRows.id(named: name, db)
        if storedID != nil, let previous = try Self.readable(name, db) {
            let previousSource = (try? ProgramParser.parse(previous.source)) ?? previous.state
            let merged = ProgramMerge.merge(
                previousSource: previousSource, previousState: previous.state, newSource: parsed,
                position: previous.position)
            (state, position, report) = (merged.program, merged.position, merged.report)
            programID = previous.id
            let counted = merged.report.positionKept ? previous.countedThrough : latest
            try db.execute(
                sql:
                    "UPDATE program SET source_text = ?, state_text = ?, week = ?, day = ?, counted_through = ?, updated_at = ? WHERE id = ?",
                arguments: [
                    source, ProgramRenderer.liftoscript(state), position.week, position.day, counted, now, programID,
                ])
            try db.execute(sql: "DELETE FROM program_exercise WHERE program_id = ?", arguments: [programID])
        } else if let storedID {
            // The stored state does not parse, so there is no progress to keep: the file replaces it from the start.
            programID = storedID
            try db.execute(
                sql:
                    "UPDATE program SET source_text = ?, state_text = ?, week = 1, day = 1, counted_through = ?, updated_at = ? WHERE id = ?",
                arguments: [source, ProgramRenderer.liftoscript(state), latest, now, programID])
            try db.execute(sql: "DELETE FROM program_exercise WHERE program_id = ?", arguments: [programID])
        } else {
            try db.execute(
                sql: """
                    INSERT INTO program (name, source_text, state_text, week, day, counted_through, created_at, updated_at) VALUES (?, ?, ?, 1, 1, ?, ?, ?)
                    """, arguments: [name, source, ProgramRenderer.liftoscript(state), latest, now, now])
            programID = db.lastInsertedRowID
        }
        for (key, exercise) in resolved {
            try db.execute(
                sql:
                    "INSERT INTO program_exercise (program_id, exercise_key, display_name, exercise_id) VALUES (?, ?, ?, ?)",
                arguments: [programID, ProgramRows.keyText(key), names[key] ?? key.name, exercise.id])
        }
        try db.execute(
            sql: "INSERT OR IGNORE INTO active_program (singleton, program_id) VALUES (1, ?)", arguments: [programID])
        let active = try Int64.fetchOne(db, sql: "SELECT program_id FROM active_program") == programID
        return ProgramAddOutcome(
            name: name, replaced: storedID != nil, merge: report, createdExercises: created.sorted(),
            resolved: Dictionary(
                resolved.map { (names[$0.key] ?? $0.key.name, $0.value.slug) }, uniquingKeysWith: { first, _ in first }),
            isActive: active)
    }

    /// The program stored as `name`, or nil when its stored state no longer parses (adding the file again mends it).
    static func readable(_ name: String, _ db: Database) throws -> ProgramRows.Loaded? {
        do {
            return try ProgramRows.load(name, db)
        } catch is ProgramUseError {
            return nil
        }
    }
}
