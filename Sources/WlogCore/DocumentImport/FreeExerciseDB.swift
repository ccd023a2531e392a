import Foundation

/// The exercises of free-exercise-db (`dist/exercises.json`: one JSON array of entries with
/// `id`, `name`, `force`, `level`, `mechanic`, `equipment`, `primaryMuscles`, `secondaryMuscles`,
/// `instructions`, `category`, `images`), each turned into an exercise document: the instructions
/// as numbered Execution steps, the muscles, equipment and category as wlog reads them, and
/// level, force, mechanic and images as front matter keys of their own.
///
/// Empty steps and null fields are left out; mojibake (`â€™`) is repaired. An entry whose name is
/// the name or an alias of an exercise already in the store is left out unless both give
/// equipment and it differs, so the bundled seeds are kept as they are (the store decides with
/// `isInLibrary` and `slugOptions`).
enum FreeExerciseDB {
    /// The origin every imported entry is stored with.
    static func origin(of entry: FreeExerciseEntry) -> String {
        "free-exercise-db/\(entry.id)"
    }

    /// The entries of `data` when it is free-exercise-db's JSON; nil for any other file. Entries
    /// that cannot be used (no name) are reported as problems.
    static func entries(in data: Data, path: String) -> (entries: [FreeExerciseEntry], problems: [ImportProblem])? {
        let (start, first) = jsonStart(of: data)
        guard first == UInt8(ascii: "[") else { return nil }
        let bytes = [UInt8](data[start...])
        guard let array = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [Any],
            let first = array.first as? [String: Any], first["name"] != nil, first["instructions"] != nil
        else { return nil }
        let lines = JSONElementLines.of(String(decoding: bytes, as: UTF8.self))
        var entries: [FreeExerciseEntry] = []
        var problems: [ImportProblem] = []
        for (index, element) in array.enumerated() {
            let line = lines.indices.contains(index) ? lines[index] : 1
            guard let object = element as? [String: Any], let name = text(object["name"]) else {
                problems.append(
                    ImportProblem(
                        path: path,
                        error: DocumentError(
                            line: line, message: "record \(index + 1) has no name", hint: "give it a `name`")))
                continue
            }
            entries.append(
                FreeExerciseEntry(
                    id: text(object["id"]) ?? ExerciseNaming.slugify(name), name: name,
                    equipment: text(object["equipment"]),
                    force: text(object["force"]), level: text(object["level"]), mechanic: text(object["mechanic"]),
                    category: text(object["category"]), primaryMuscles: texts(object["primaryMuscles"]),
                    secondaryMuscles: texts(object["secondaryMuscles"]), instructions: texts(object["instructions"]),
                    images: texts(object["images"]), line: line))
        }
        return (entries, problems)
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

    /// The entry as a document under `slug`.
    static func document(_ entry: FreeExerciseEntry, slug: String) throws(DocumentError) -> ExerciseDocument {
        var yaml = "name: \(quoted(entry.name))\nslug: \(slug)\n"
        if let equipment = entry.equipment { yaml += "equipment: \(quoted(EquipmentName.canonical(equipment)))\n" }
        if !entry.primaryMuscles.isEmpty { yaml += "muscles: \(list(entry.primaryMuscles))\n" }
        if !entry.secondaryMuscles.isEmpty { yaml += "secondary_muscles: \(list(entry.secondaryMuscles))\n" }
        for (key, value) in [
            ("category", entry.category), ("level", entry.level), ("force", entry.force), ("mechanic", entry.mechanic),
        ] {
            if let value { yaml += "\(key): \(quoted(value))\n" }
        }
        if !entry.images.isEmpty { yaml += "images: \(list(entry.images))\n" }
        yaml += "source: \"free-exercise-db\"\nsource_id: \(quoted(entry.id))\n"
        var text = "---\n\(yaml)---\n"
        if !entry.instructions.isEmpty {
            let steps = entry.instructions.enumerated().map { index, step in
                "\(index + 1). " + step.split(whereSeparator: \.isNewline).joined(separator: "\n")
            }
            text += "\n### Execution\n\n" + steps.joined(separator: "\n") + "\n"
        }
        do {
            return try DocumentParser.parse(text: text, fileName: "\(slug).md")
        } catch {
            throw DocumentError(
                line: entry.line, message: "record \"\(entry.name)\" cannot be stored: \(error.message)")
        }
    }

    /// Whether the library has `entry` already: an exercise of the same name or alias (the
    /// `sameNamed`) whose equipment is the same, or that one of them does not give.
    static func isInLibrary(_ entry: FreeExerciseEntry, sameNamed candidates: [Exercise]) -> Bool {
        let equipment = EquipmentName.key(entry.equipment)
        return candidates.contains { existing in
            let other = EquipmentName.key(existing.equipment)
            return equipment == nil || other == nil || other == equipment
        }
    }

    /// The slugs to try for `entry`, attempt after attempt until one is free: its plain name's and
    /// that with its equipment first, then the plain name numbered from 2.
    static func slugOptions(for entry: FreeExerciseEntry, attempt: Int) -> [String] {
        let plain = ExerciseNaming.slugify(entry.name)
        guard attempt > 1 else { return [plain, ExerciseNaming.slugify("\(entry.name) \(entry.equipment ?? "")")] }
        return ["\(plain)-\(attempt)"]
    }

    private static func quoted(_ text: String) -> String {
        DocumentRenderer.quoted(text)
    }

    private static func list(_ items: [String]) -> String {
        "[" + items.map(quoted).joined(separator: ", ") + "]"
    }
}
