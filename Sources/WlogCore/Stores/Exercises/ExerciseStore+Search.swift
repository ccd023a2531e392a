import Foundation
import GRDB

extension ExerciseStore {
    /// Full-text search over exercise names, aliases and document text, best (bm25) first, at
    /// most `limit` hits. Throws `SearchError` for text `ExerciseSearch.ftsQuery` refuses.
    public func search(_ text: String, limit: Int = 20) throws -> [ExerciseSearch.Hit] {
        let query = try ExerciseSearch.ftsQuery(for: text)
        return try database.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT e.slug, e.name, e.equipment,
                           snippet(exercise_search, 2, ?, ?, '…', 12) AS snippet,
                           bm25(exercise_search, 10.0, 5.0, 1.0) AS rank
                    FROM exercise_search JOIN exercise e ON e.id = exercise_search.rowid
                    WHERE exercise_search MATCH ?
                    ORDER BY rank, e.slug
                    LIMIT ?
                    """, arguments: [ExerciseSearch.highlightStart, ExerciseSearch.highlightEnd, query, limit])
            return rows.map { row in
                ExerciseSearch.Hit(
                    slug: row["slug"], name: row["name"], equipment: row["equipment"], snippet: row["snippet"],
                    rank: row["rank"])
            }
        }
    }
}
