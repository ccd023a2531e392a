import Foundation
import GRDB

extension ExerciseStore {
    /// Adds an exercise of the user's own (see `CustomExercise`) in one transaction; throws
    /// `CustomExerciseError` when the name is empty or an exercise like it exists (the same slug,
    /// or the same name and equipment in any case).
    public func addCustom(name: String, equipment: String? = nil, muscles: [String] = []) throws -> Exercise {
        let (trimmed, slug) = try CustomExercise.naming(name, equipment: equipment)
        return try database.write { db in
            if let existing = try Exercise.fetchOne(
                db,
                sql: """
                    SELECT * FROM exercise WHERE slug = ? OR (name = ? COLLATE NOCASE AND equipment IS ? COLLATE NOCASE)
                    """, arguments: [slug, trimmed, equipment])
            {
                throw CustomExerciseError.exists(existing.slug)
            }
            return try CustomExercise.insert(name: trimmed, slug: slug, equipment: equipment, muscles: muscles, in: db)
        }
    }
}

extension CustomExercise {
    /// Stores a small document for a new exercise inside the caller's transaction.
    static func insert(name: String, slug: String, equipment: String?, muscles: [String] = [], in db: Database) throws
        -> Exercise
    {
        let document = try document(name: name, slug: slug, equipment: equipment, muscles: muscles)
        _ = try ExerciseStore.save(document, origin: origin, in: db)
        guard let exercise = try ExerciseRow.all().filter(slug: slug).fetchOne(db)?.exercise else {
            throw CustomExerciseError.exists(slug)
        }
        return exercise
    }

    /// `slug`, or `slug-2`, `slug-3`… if an exercise has it already.
    static func freeSlug(_ slug: String, in db: Database) throws -> String {
        var attempt = 1
        while try ExerciseRow.all().filter(slug: Self.slug(slug, attempt: attempt)).fetchCount(db) > 0 {
            attempt += 1
        }
        return Self.slug(slug, attempt: attempt)
    }
}
