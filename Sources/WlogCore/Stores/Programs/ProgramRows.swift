import Foundation
import GRDB

/// The SQL behind `ProgramStore`: reading and writing one program's rows inside the caller's transaction.
enum ProgramRows {
    /// A program's row with its parsed texts.
    struct Loaded {
        var id: Int64
        var name: String
        var source: String
        var stateText: String
        var state: Program
        var position: TrainingPosition
        var countedThrough: Date?
        var isActive: Bool
        var createdAt: Date
        var updatedAt: Date
    }

    /// `label|name|equipment`, lower-cased: how `program_exercise` names an exercise of a program.
    static func keyText(_ key: ExerciseKey) -> String {
        [key.label ?? "", key.name, key.equipment ?? ""].joined(separator: "|")
    }

    static let columns =
        "p.id, p.name, p.source_text, p.state_text, p.week, p.day, p.counted_through, p.created_at, p.updated_at, a.program_id IS NOT NULL AS active"

    /// The program named `name`, else the active one when `name` is nil.
    static func load(_ name: String?, _ db: Database) throws -> Loaded {
        let row: Row?
        if let name {
            row = try Row.fetchOne(
                db,
                sql:
                    "SELECT \(columns) FROM program p LEFT JOIN active_program a ON a.program_id = p.id WHERE p.name = ?",
                arguments: [name.trimmingCharacters(in: .whitespaces)])
            guard row != nil else {
                throw ProgramStoreError.unknownProgram(
                    name: name, known: try String.fetchAll(db, sql: "SELECT name FROM program ORDER BY name"))
            }
        } else {
            row = try Row.fetchOne(
                db, sql: "SELECT \(columns) FROM program p JOIN active_program a ON a.program_id = p.id")
            guard row != nil else { throw ProgramStoreError.noActiveProgram }
        }
        guard let row else { throw ProgramStoreError.noActiveProgram }
        let stateText: String = row["state_text"]
        let state: Program
        do {
            state = try ProgramParser.parse(stateText)
        } catch {
            throw ProgramUseError(
                description:
                    "the stored state of \(row["name"] as String) does not parse (\(error.diagnostics.first?.message ?? "")); add the program again"
            )
        }
        return Loaded(
            id: row["id"], name: row["name"], source: row["source_text"], stateText: stateText, state: state,
            position: TrainingPosition(week: row["week"], day: row["day"]), countedThrough: row["counted_through"],
            isActive: row["active"], createdAt: row["created_at"], updatedAt: row["updated_at"])
    }

    /// The row of the program named `name` without parsing its texts (`columns`), nil when there is none.
    static func plainRow(named name: String, _ db: Database) throws -> Row? {
        try Row.fetchOne(
            db,
            sql: "SELECT \(columns) FROM program p LEFT JOIN active_program a ON a.program_id = p.id WHERE p.name = ?",
            arguments: [name.trimmingCharacters(in: .whitespaces)])
    }

    /// The id of the program named `name` (any case), nil when there is none; its texts are not read.
    static func id(named name: String, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(
            db, sql: "SELECT id FROM program WHERE name = ?", arguments: [name.trimmingCharacters(in: .whitespaces)])
    }

    /// The 1RMs and training maxes of a program, with where each came from.
    static func oneRepMaxes(_ programID: Int64, _ db: Database) throws -> [(
        name: String, weight: ProgramWeight, source: String
    )] {
        try Row.fetchAll(
            db,
            sql:
                "SELECT exercise_name, weight, unit, source FROM program_one_rep_max WHERE program_id = ? ORDER BY exercise_name",
            arguments: [programID]
        ).map { row in
            (
                row["exercise_name"], ProgramWeight(row["weight"], WeightUnit(rawValue: row["unit"]) ?? .kg),
                row["source"]
            )
        }
    }

    static func oneRepMaxTable(_ programID: Int64, _ db: Database) throws -> OneRepMaxes {
        var result = OneRepMaxes()
        for entry in try oneRepMaxes(programID, db) { result[entry.name] = entry.weight }
        return result
    }

    /// Stores a 1RM; one outside what the table holds (more than 0, at most the heaviest load), as a
    /// progression script may set, is refused with the exercise's name and nothing is written.
    static func setOneRepMax(
        _ programID: Int64, name: String, weight: ProgramWeight, source: String, now: Date, _ db: Database
    ) throws {
        guard weight.value > 0, weight.value <= SetSectionParser.maximumLoad else {
            throw ProgramUseError(
                description:
                    "\(name): a 1RM must be more than 0 and at most \(ProgramNumber.text(SetSectionParser.maximumLoad)), not \(weight.text); nothing was changed"
            )
        }
        try db.execute(
            sql: """
                INSERT INTO program_one_rep_max (program_id, exercise_name, weight, unit, source, updated_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (program_id, exercise_name) DO UPDATE SET weight = excluded.weight, unit = excluded.unit, source = excluded.source, updated_at = excluded.updated_at
                """, arguments: [programID, name, weight.value, weight.unit.rawValue, source, now])
    }

    /// Whether a program is active.
    static func isActive(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM active_program)") ?? false
    }

    /// The latest time a set was logged, which sets before a new position are counted through.
    static func latestLoggedSet(_ db: Database) throws -> Date? {
        try Date.fetchOne(db, sql: "SELECT performed_at FROM logged_set ORDER BY performed_ms DESC LIMIT 1")
    }

    /// Each exercise key of a program (as `keyText`) to its library exercise: id, slug and equipment.
    static func exercises(_ programID: Int64, _ db: Database) throws -> [String: (
        id: Int64, slug: String, equipment: String?
    )] {
        var result: [String: (id: Int64, slug: String, equipment: String?)] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT pe.exercise_key, e.id, e.slug, e.equipment FROM program_exercise pe JOIN exercise e ON e.id = pe.exercise_id WHERE pe.program_id = ?
                """, arguments: [programID])
        {
            result[row["exercise_key"]] = (row["id"], row["slug"], row["equipment"])
        }
        return result
    }
}
