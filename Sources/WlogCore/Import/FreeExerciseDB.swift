import Foundation
import GRDB

/// The exercises of free-exercise-db (`dist/exercises.json`: one JSON array of records with
/// `id`, `name`, `force`, `level`, `mechanic`, `equipment`, `primaryMuscles`, `secondaryMuscles`,
/// `instructions`, `category`, `images`), each turned into an exercise document: the instructions
/// as numbered Execution steps, the muscles, equipment and category as wlog reads them, and
/// level, force, mechanic and images as front matter keys of their own.
///
/// Empty steps and null fields are left out; mojibake (`â€™`) is repaired. A record whose name is
/// the name or an alias of an exercise already in the store is left out unless both give
/// equipment and it differs, so the bundled seeds are kept as they are.
enum FreeExerciseDB {
    /// One record, as read.
    struct Record: Equatable, Sendable {
        var id: String
        var name: String
        var equipment: String?
        var force: String?
        var level: String?
        var mechanic: String?
        var category: String?
        var primaryMuscles: [String]
        var secondaryMuscles: [String]
        var instructions: [String]
        var images: [String]
        /// The line the record starts on.
        var line: Int
    }

    /// The origin every imported record is stored with.
    static func origin(of record: Record) -> String {
        "free-exercise-db/\(record.id)"
    }

    /// The records of `data` when it is free-exercise-db's JSON; nil for any other file. Records
    /// that cannot be used (no name) are reported as problems.
    static func records(in data: Data, path: String) -> (records: [Record], problems: [ImportProblem])? {
        let (start, first) = jsonStart(of: data)
        guard first == UInt8(ascii: "[") else { return nil }
        let bytes = [UInt8](data[start...])
        guard let array = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [Any],
              let first = array.first as? [String: Any], first["name"] != nil, first["instructions"] != nil
        else { return nil }
        let lines = JSONElementLines.of(String(decoding: bytes, as: UTF8.self))
        var records: [Record] = []
        var problems: [ImportProblem] = []
        for (index, element) in array.enumerated() {
            let line = lines.indices.contains(index) ? lines[index] : 1
            guard let object = element as? [String: Any], let name = text(object["name"]) else {
                problems.append(ImportProblem(path: path, error: DocumentError(line: line, message: "record \(index + 1) has no name", hint: "give it a `name`")))
                continue
            }
            records.append(Record(
                id: text(object["id"]) ?? ExerciseNaming.slugify(name), name: name, equipment: text(object["equipment"]),
                force: text(object["force"]), level: text(object["level"]), mechanic: text(object["mechanic"]),
                category: text(object["category"]), primaryMuscles: texts(object["primaryMuscles"]),
                secondaryMuscles: texts(object["secondaryMuscles"]), instructions: texts(object["instructions"]),
                images: texts(object["images"]), line: line))
        }
        return (records, problems)
    }

    /// Where the JSON text of `data` starts (after a byte-order mark), and its first byte that is
    /// not JSON white space.
    static func jsonStart(of data: Data) -> (start: Data.Index, first: UInt8?) {
        let start = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.index(data.startIndex, offsetBy: 3) : data.startIndex
        return (start, data[start...].first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) })
    }

    /// A string field, repaired and trimmed; nil for null, absent or blank.
    private static func text(_ value: Any?) -> String? {
        guard let string = value as? String else { return nil }
        let repaired = MojibakeRepair.repair(string).trimmingCharacters(in: .whitespacesAndNewlines)
        return repaired.isEmpty ? nil : repaired
    }

    private static func texts(_ value: Any?) -> [String] {
        (value as? [Any] ?? []).compactMap(text)
    }

    /// The record as a document under `slug`.
    static func document(_ record: Record, slug: String) throws(DocumentError) -> ExerciseDocument {
        var yaml = "name: \(quoted(record.name))\nslug: \(slug)\n"
        if let equipment = record.equipment { yaml += "equipment: \(quoted(EquipmentName.canonical(equipment)))\n" }
        if !record.primaryMuscles.isEmpty { yaml += "muscles: \(list(record.primaryMuscles))\n" }
        if !record.secondaryMuscles.isEmpty { yaml += "secondary_muscles: \(list(record.secondaryMuscles))\n" }
        for (key, value) in [("category", record.category), ("level", record.level), ("force", record.force), ("mechanic", record.mechanic)] {
            if let value { yaml += "\(key): \(quoted(value))\n" }
        }
        if !record.images.isEmpty { yaml += "images: \(list(record.images))\n" }
        yaml += "source: \"free-exercise-db\"\nsource_id: \(quoted(record.id))\n"
        var text = "---\n\(yaml)---\n"
        if !record.instructions.isEmpty {
            let steps = record.instructions.enumerated().map { index, step in
                "\(index + 1). " + step.split(whereSeparator: \.isNewline).joined(separator: "\n")
            }
            text += "\n### Execution\n\n" + steps.joined(separator: "\n") + "\n"
        }
        do {
            return try DocumentParser.parse(text: text, fileName: "\(slug).md")
        } catch {
            throw DocumentError(line: record.line, message: "record \"\(record.name)\" cannot be stored: \(error.message)")
        }
    }

    /// Where the record goes: nil when an exercise of the store is the same (name or alias, and
    /// equipment), else the slug to store it under: its own from an earlier import, its plain
    /// name's, or that with its equipment (or a number) when another exercise has it.
    static func placement(of record: Record, taken: Set<String>, in db: Database) throws -> String? {
        let origin = origin(of: record)
        if let earlier = try String.fetchOne(db, sql: "SELECT slug FROM exercise WHERE origin = ?", arguments: [origin]) {
            return earlier
        }
        let candidates = try Exercise.fetchAll(db, sql: """
            SELECT * FROM exercise WHERE origin NOT LIKE 'free-exercise-db/%' AND (name = ? COLLATE NOCASE
               OR id IN (SELECT exercise_id FROM exercise_alias WHERE alias = ? COLLATE NOCASE))
            """, arguments: [record.name, record.name])
        let equipment = EquipmentName.key(record.equipment)
        if candidates.contains(where: { existing in
            let other = EquipmentName.key(existing.equipment)
            return equipment == nil || other == nil || other == equipment
        }) { return nil }
        let plain = ExerciseNaming.slugify(record.name)
        var options = [plain, ExerciseNaming.slugify("\(record.name) \(record.equipment ?? "")")]
        var number = 1
        while true {
            for slug in options where !taken.contains(slug) {
                if try Exercise.filter(sql: "slug = ?", arguments: [slug]).fetchCount(db) == 0 { return slug }
            }
            number += 1
            options = ["\(plain)-\(number)"]
        }
    }

    private static func quoted(_ text: String) -> String {
        DocumentRenderer.quoted(text)
    }

    private static func list(_ items: [String]) -> String {
        "[" + items.map(quoted).joined(separator: ", ") + "]"
    }
}
