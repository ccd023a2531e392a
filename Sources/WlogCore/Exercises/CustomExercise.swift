import Foundation

/// Exercises that are not in any document (`wlog exercises add`, or names a history import does
/// not know), made as small documents of their own so that they are shown, searched, exported
/// and logged like any other. `ExerciseStore.addCustom` stores them.
enum CustomExercise {
    /// The `origin` of every exercise made here.
    static let origin = "custom"

    /// The name trimmed, and the slug of the name with the equipment; throws for a name with
    /// no letter or digit.
    static func naming(_ name: String, equipment: String?) throws -> (name: String, slug: String) {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        let slug = ExerciseNaming.slugify([trimmed, equipment ?? ""].joined(separator: " "))
        guard !trimmed.isEmpty, !slug.isEmpty else { throw CustomExerciseError.emptyName }
        return (trimmed, slug)
    }

    /// The document of a new exercise: its front matter only.
    static func document(name: String, slug: String, equipment: String?, muscles: [String]) throws -> ExerciseDocument {
        var yaml = "name: \(DocumentRenderer.quoted(name))\nslug: \(slug)\n"
        if let equipment { yaml += "equipment: \(DocumentRenderer.quoted(equipment))\n" }
        if !muscles.isEmpty { yaml += "muscles: [\(muscles.map(DocumentRenderer.quoted).joined(separator: ", "))]\n" }
        return try DocumentParser.parse(text: "---\n\(yaml)---\n", fileName: "\(slug).md")
    }

    /// `slug` the first time, then `slug-2`, `slug-3`…: the candidates for a free slug.
    static func slug(_ slug: String, attempt: Int) -> String {
        attempt == 1 ? slug : "\(slug)-\(attempt)"
    }
}
