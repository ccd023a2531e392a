import Foundation
import GRDB

/// Creates exercises that are not in any document (`wlog exercises add`), as small documents
/// of their own so that they are shown, searched, exported and logged like any other.
public struct CustomExercise: Sendable {
    private let database: AppDatabase

    public init(database: AppDatabase) {
        self.database = database
    }

    public func add(name: String, equipment: String? = nil, muscles: [String] = []) throws -> Exercise {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        let slug = ExerciseNaming.slugify([trimmed, equipment ?? ""].joined(separator: " "))
        guard !trimmed.isEmpty, !slug.isEmpty else { throw CustomExerciseError.emptyName }
        var yaml = "name: \(DocumentRenderer.quoted(trimmed))\nslug: \(slug)\n"
        if let equipment { yaml += "equipment: \(DocumentRenderer.quoted(equipment))\n" }
        if !muscles.isEmpty { yaml += "muscles: [\(muscles.map(DocumentRenderer.quoted).joined(separator: ", "))]\n" }
        let document = try DocumentParser.parse(text: "---\n\(yaml)---\n", fileName: "\(slug).md")
        return try database.writer.write { db in
            if let existing = try Exercise.filter(sql: "slug = ? OR (name = ? COLLATE NOCASE AND equipment IS ? COLLATE NOCASE)",
                                                  arguments: [slug, trimmed, equipment]).fetchOne(db) {
                throw CustomExerciseError.exists(existing.slug)
            }
            _ = try ExerciseRepository.save(document, origin: "custom", in: db)
            guard let exercise = try Exercise.filter(sql: "slug = ?", arguments: [slug]).fetchOne(db) else {
                throw CustomExerciseError.exists(slug)
            }
            return exercise
        }
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
