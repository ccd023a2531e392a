import Foundation
import GRDB

/// Finds the one exercise a user means by slug, name or alias (case-insensitively), or by a
/// unique prefix; otherwise says why not and which exercises come closest.
public struct ExerciseLookup: Sendable {
    private let database: AppDatabase

    public init(database: AppDatabase) {
        self.database = database
    }

    public func resolve(_ query: String) throws -> Exercise {
        try database.read { db in try Self.resolve(query, in: db) }
    }

    /// `resolve(_:)` inside a transaction the caller holds (the log's `record` use case).
    static func resolve(_ query: String, in db: Database) throws -> Exercise {
        let text = query.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { throw ExerciseLookupError.notFound(query: query, suggestions: []) }
        let exact = try Exercise.filter(sql: "slug = ? COLLATE NOCASE", arguments: [text]).fetchOne(db)
        if let exact, exact.origin != CustomExercise.origin { return exact }
        let named = try Exercise.fetchAll(db, sql: """
            SELECT * FROM exercise WHERE name = ? COLLATE NOCASE
               OR id IN (SELECT exercise_id FROM exercise_alias WHERE alias = ? COLLATE NOCASE)
            ORDER BY id
            """, arguments: [text, text])
        let everyExact = [exact].compactMap { $0 } + named.filter { $0.id != exact?.id }
        if let chosen = try Self.preferringTheLibrary(everyExact, in: db) { return chosen }
        if let exact { return exact }
        if let chosen = try Self.choose(among: named, query: text, in: db) { return chosen }
        let slugPrefix = ExerciseNaming.slugify(text)
        let prefixed = try Exercise.fetchAll(db, sql: """
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
        if let logged = try lastLogged(among: candidates, in: db), logged.origin == CustomExercise.origin { return logged }
        return library[0]
    }

    /// Among variants of one movement (same name, other equipment): the one logged last when
    /// the log knows one, else the one whose slug is the plain movement name, else the first imported.
    private static func preferredVariant(of variants: [Exercise], in db: Database) throws -> Exercise {
        if let logged = try lastLogged(among: variants, in: db) { return logged }
        let plain = ExerciseNaming.slugify(variants[0].name)
        return variants.first { $0.slug == plain } ?? variants[0]
    }

    private static func lastLogged(among variants: [Exercise], in db: Database) throws -> Exercise? {
        guard try db.tableExists("logged_set") else { return nil }
        let ids = variants.compactMap(\.id)
        let placeholders = ids.map { _ in "?" }.joined(separator: ",")
        let id = try Int64.fetchOne(db, sql: """
            SELECT exercise_id FROM logged_set WHERE exercise_id IN (\(placeholders))
            ORDER BY performed_at DESC, id DESC LIMIT 1
            """, arguments: StatementArguments(ids))
        return variants.first { $0.id == id }
    }

    private static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }

    /// Up to eight slugs: those that contain `text`, then the nearest by edit distance.
    private static func closest(to text: String, in db: Database) throws -> [String] {
        let target = ExerciseNaming.slugify(text)
        let rows = try Row.fetchAll(db, sql: """
            SELECT slug, name AS label FROM exercise
            UNION ALL SELECT e.slug, a.alias FROM exercise_alias a JOIN exercise e ON e.id = a.exercise_id
            """)
        var best: [String: Int] = [:]
        for row in rows {
            let slug: String = row["slug"]
            let label: String = row["label"]
            let labelSlug = ExerciseNaming.slugify(label)
            let contains = !target.isEmpty && (slug.contains(target) || labelSlug.contains(target))
            let distance = contains ? 0 : min(EditDistance.between(target, slug), EditDistance.between(target, labelSlug))
            best[slug] = min(best[slug] ?? .max, distance)
        }
        let limit = max(3, target.count / 2)
        return best.filter { $0.value <= limit }.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(8).map(\.key)
    }
}

/// Why an exercise name did not resolve to one exercise.
public enum ExerciseLookupError: Error, Equatable, CustomStringConvertible {
    case notFound(query: String, suggestions: [String])
    case ambiguous(query: String, candidates: [String])

    public var description: String {
        switch self {
        case .notFound(let query, let suggestions):
            let hint = suggestions.isEmpty ? "run `wlog exercises` to list them, or `wlog import seeds` to load the library" : "did you mean: \(suggestions.joined(separator: ", "))?"
            return "no exercise matches \"\(query)\"; \(hint)"
        case .ambiguous(let query, let candidates):
            return "\"\(query)\" matches several exercises: \(candidates.prefix(10).joined(separator: ", ")); give one of these slugs"
        }
    }
}

/// Levenshtein distance, for suggesting the exercise a user probably meant.
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for (i, charA) in a.enumerated() {
            var current = [i + 1]
            for (j, charB) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (charA == charB ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
