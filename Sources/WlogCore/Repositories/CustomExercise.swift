import Foundation
import GRDB

/// Creates exercises that are not in any document (`wlog exercises add`), as small documents
/// of their own so that they are shown, searched, exported and logged like any other.
public struct CustomExercise: Sendable {
    private let database: AppDatabase

    /// The `origin` of every exercise made here.
    static let origin = "custom"

    public init(database: AppDatabase) {
        self.database = database
    }

    public func add(name: String, equipment: String? = nil, muscles: [String] = []) throws -> Exercise {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        let slug = ExerciseNaming.slugify([trimmed, equipment ?? ""].joined(separator: " "))
        guard !trimmed.isEmpty, !slug.isEmpty else { throw CustomExerciseError.emptyName }
        return try database.write { db in
            if let existing = try Exercise.filter(sql: "slug = ? OR (name = ? COLLATE NOCASE AND equipment IS ? COLLATE NOCASE)",
                                                  arguments: [slug, trimmed, equipment]).fetchOne(db) {
                throw CustomExerciseError.exists(existing.slug)
            }
            return try Self.insert(name: trimmed, slug: slug, equipment: equipment, muscles: muscles, in: db)
        }
    }

    /// Stores a small document for a new exercise inside the caller's transaction.
    static func insert(name: String, slug: String, equipment: String?, muscles: [String] = [], in db: Database) throws -> Exercise {
        var yaml = "name: \(DocumentRenderer.quoted(name))\nslug: \(slug)\n"
        if let equipment { yaml += "equipment: \(DocumentRenderer.quoted(equipment))\n" }
        if !muscles.isEmpty { yaml += "muscles: [\(muscles.map(DocumentRenderer.quoted).joined(separator: ", "))]\n" }
        let document = try DocumentParser.parse(text: "---\n\(yaml)---\n", fileName: "\(slug).md")
        _ = try ExerciseRepository.save(document, origin: origin, in: db)
        guard let exercise = try Exercise.filter(sql: "slug = ?", arguments: [slug]).fetchOne(db) else {
            throw CustomExerciseError.exists(slug)
        }
        return exercise
    }

    /// `slug`, or `slug-2`, `slug-3`… if an exercise has it already.
    static func freeSlug(_ slug: String, in db: Database) throws -> String {
        var candidate = slug
        var number = 1
        while try Exercise.filter(sql: "slug = ?", arguments: [candidate]).fetchCount(db) > 0 {
            number += 1
            candidate = "\(slug)-\(number)"
        }
        return candidate
    }
}

/// Why a custom exercise was not added.
public enum CustomExerciseError: Error, Equatable, CustomStringConvertible {
    case emptyName
    case exists(String)

    public var description: String {
        switch self {
        case .emptyName: return "the exercise needs a name with at least one letter or digit"
        case .exists(let slug): return "an exercise like this exists already: \(slug); record it by that name, or add --equipment to tell them apart"
        }
    }
}
