import Foundation
import GRDB

extension ExerciseStore {
    /// Where a free-exercise-db entry goes: nil when an exercise of the store is the same (name
    /// or alias, and equipment), else the slug to store it under: its own from an earlier import,
    /// or the first of `FreeExerciseDB.slugOptions` that no exercise has and `taken` does not hold.
    static func placement(of entry: FreeExerciseEntry, taken: Set<String>, in db: Database) throws -> String? {
        let origin = FreeExerciseDB.origin(of: entry)
        if let earlier = try ExerciseRow.all().filter(origin: origin).select(ExerciseRow.Columns.slug, as: String.self)
            .fetchOne(db)
        {
            return earlier
        }
        let candidates = try Exercise.fetchAll(
            db,
            sql: """
                SELECT * FROM exercise WHERE origin NOT LIKE 'free-exercise-db/%' AND (name = ? COLLATE NOCASE
                   OR id IN (SELECT exercise_id FROM exercise_alias WHERE alias = ? COLLATE NOCASE))
                """, arguments: [entry.name, entry.name])
        if FreeExerciseDB.isInLibrary(entry, sameNamed: candidates) { return nil }
        var attempt = 1
        while true {
            for slug in FreeExerciseDB.slugOptions(for: entry, attempt: attempt) where !taken.contains(slug) {
                if try ExerciseRow.all().filter(slug: slug).fetchCount(db) == 0 { return slug }
            }
            attempt += 1
        }
    }
}
