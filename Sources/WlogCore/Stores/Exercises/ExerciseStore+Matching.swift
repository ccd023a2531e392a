import Foundation
import GRDB

extension ExerciseMatcher {
    /// A matcher over every exercise and alias of the store, read inside the caller's
    /// transaction (a history import's); resolves each `--map` target (a slug, name or alias).
    init(_ db: Database, overrides: [String: String]) throws {
        let aliases = try Row.fetchAll(
            db, sql: "SELECT exercise_id, alias FROM exercise_alias ORDER BY exercise_id, position")
        var aliasesByID: [Int64: [String]] = [:]
        for row in aliases { aliasesByID[row["exercise_id"], default: []].append(row["alias"]) }
        let exercises = try ExerciseRow.all().orderedByID().fetchAll(db).map(\.exercise)
        try self.init(exercises: exercises, aliases: aliasesByID, overrides: overrides)
    }
}
