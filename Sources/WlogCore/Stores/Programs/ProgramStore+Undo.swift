import Foundation
import GRDB

extension ProgramStore {
    /// The newest finished workout of any program, as the change `undo` would take back.
    static func latestFinish(_ db: Database) throws -> LogChange? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT w.id, w.week, w.day, w.finished_at, p.name FROM program_workout w JOIN program p ON p.id = w.program_id
                    ORDER BY w.finished_at DESC, w.id DESC LIMIT 1
                    """)
        else { return nil }
        let position = TrainingPosition(week: row["week"], day: row["day"])
        return LogChange(
            id: row["id"], action: .finish, subject: "\(row["name"] as String) \(position.text)",
            madeAt: row["finished_at"])
    }

    /// Takes back the finished workout `workoutID`: the program's state, position, counted sets and
    /// 1RMs as they were before it (a 1RM the finish did not change keeps its row); its changes go.
    static func undoFinish(_ workoutID: Int64, now: Date, _ db: Database) throws {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT program_id, week, day, finished_at, state_text_before, counted_through_before, one_rep_maxes_before
                    FROM program_workout WHERE id = ?
                    """, arguments: [workoutID])
        else { throw LogError.changedMeanwhile }
        let programID: Int64 = row["program_id"]
        try db.execute(
            sql:
                "UPDATE program SET state_text = ?, week = ?, day = ?, counted_through = ?, updated_at = ? WHERE id = ?",
            arguments: [
                row["state_text_before"], row["week"], row["day"], row["counted_through_before"], now, programID,
            ])
        let saved = try JSONSerialization.jsonObject(with: Data((row["one_rep_maxes_before"] as String).utf8))
        let before = (saved as? [[String: String]]) ?? []
        let current = try ProgramRows.oneRepMaxes(programID, db)
        for entry in current where !before.contains(where: { $0["name"] == entry.name }) {
            try db.execute(
                sql: "DELETE FROM program_one_rep_max WHERE program_id = ? AND exercise_name = ?",
                arguments: [programID, entry.name])
        }
        for entry in before {
            guard let name = entry["name"], let value = entry["weight"].flatMap(Double.init),
                let unit = entry["unit"].flatMap(WeightUnit.init(rawValue:)), let source = entry["source"]
            else { continue }
            let weight = ProgramWeight(value, unit)
            if let now = current.first(where: { $0.name == name }), now.weight == weight, now.source == source {
                continue
            }
            try ProgramRows.setOneRepMax(
                programID, name: name, weight: weight, source: source, now: row["finished_at"], db)
        }
        try db.execute(sql: "DELETE FROM program_workout WHERE id = ?", arguments: [workoutID])
    }
}
