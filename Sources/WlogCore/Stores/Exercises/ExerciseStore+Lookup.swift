import Foundation
import GRDB

extension ExerciseStore {
    /// The one exercise a user means by slug, name or alias (case-insensitively), or by a
    /// unique prefix; otherwise an `ExerciseLookupError` that says why not and which exercises
    /// come closest.
    public func resolve(_ query: String) throws -> Exercise {
        try database.read { db in try Self.resolve(query, in: db) }
    }

    /// `resolve(_:)` inside the caller's transaction.
    static func resolve(_ query: String, in db: Database) throws -> Exercise {
        let text = query.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { throw ExerciseLookupError.notFound(query: query, suggestions: []) }
        let exact = try ExerciseRow.all().filter(slugIgnoringCase: text).fetchOne(db)?.exercise
        if let exact, exact.origin != CustomExercise.origin { return exact }
        let named = try Exercise.fetchAll(
            db,
            sql: """
                SELECT * FROM exercise WHERE name = ? COLLATE NOCASE
                   OR id IN (SELECT exercise_id FROM exercise_alias WHERE alias = ? COLLATE NOCASE)
                ORDER BY id
                """, arguments: [text, text])
        let everyExact = [exact].compactMap { $0 } + named.filter { $0.id != exact?.id }
        if let chosen = try Self.preferringTheLibrary(everyExact, in: db) { return chosen }
        if let exact { return exact }
        if let chosen = try Self.choose(among: named, query: text, in: db) { return chosen }
        let slugPrefix = ExerciseNaming.slugify(text)
        let prefixed = try Exercise.fetchAll(
            db,
            sql: """
                SELECT * FROM exercise WHERE (? <> '' AND slug LIKE ? || '%' ESCAPE '\\')
                   OR name LIKE ? || '%' ESCAPE '\\'
                   OR id IN (SELECT exercise_id FROM exercise_alias WHERE alias LIKE ? || '%' ESCAPE '\\')
                ORDER BY id
                """, arguments: [slugPrefix, Self.escapeLike(slugPrefix), Self.escapeLike(text), Self.escapeLike(text)])
        if let chosen = try Self.choose(among: prefixed, query: text, in: db) { return chosen }
        throw ExerciseLookupError.notFound(query: text, suggestions: try Self.closest(to: text, in: db))
    }

    /// One exercise, the default variant of one movement, or an ambiguity error; `nil` for none.
    private static func choose(among candidates: [Exercise], query: String, in db: Database) throws -> Exercise? {
        guard let first = candidates.first else { return nil }
        if candidates.count == 1 { return first }
        let names = Set(candidates.map { $0.name.lowercased() })
        if names.count == 1 {
            return try preferredVariant(of: candidates, in: db)
        }
        throw ExerciseLookupError.ambiguous(query: query, candidates: candidates.map(\.slug))
    }

    /// When a name means one library exercise and custom ones (such as a "Squat" an import
    /// made, beside the library's back squat that answers to "squat"): the library's, unless a
    /// custom one was logged last. `nil` when the candidates are not such a mix.
    private static func preferringTheLibrary(_ candidates: [Exercise], in db: Database) throws -> Exercise? {
        let library = candidates.filter { $0.origin != CustomExercise.origin }
        guard library.count == 1, candidates.count > 1 else { return nil }
        if let logged = try lastLogged(among: candidates, in: db), logged.origin == CustomExercise.origin {
            return logged
        }
        return library[0]
    }

    /// Among variants of one movement (same name, other equipment): the one logged last when
    /// the log knows one, else the one whose slug is the plain movement name, else the first imported.
    private static func preferredVariant(of variants: [Exercise], in db: Database) throws -> Exercise {
        if let logged = try lastLogged(among: variants, in: db) { return logged }
        let plain = ExerciseNaming.slugify(variants[0].name)
        return variants.first { $0.slug == plain } ?? variants[0]
    }

    /// The one of `variants` whose set was logged last, if any was.
    private static func lastLogged(among variants: [Exercise], in db: Database) throws -> Exercise? {
        let id = try WorkoutLog.lastLoggedExercise(among: variants.compactMap(\.id), in: db)
        return variants.first { $0.id == id }
    }

    private static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }

    /// The suggestions for `text` among every exercise's slug, name and aliases.
    private static func closest(to text: String, in db: Database) throws -> [String] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT slug, name AS label FROM exercise
                UNION ALL SELECT e.slug, a.alias FROM exercise_alias a JOIN exercise e ON e.id = a.exercise_id
                """)
        return ExerciseSuggestions.closest(to: text, among: rows.map { (slug: $0["slug"], label: $0["label"]) })
    }
}
