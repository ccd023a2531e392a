import Foundation

/// Reads wlog's own `export history` files (and `history --format csv|json`): one entry per set
/// with the fields of `ExportedSet`, and the session's fields when the file has them. Sets are
/// grouped into sessions by `session_id`; every value is kept as it was stored.
enum WlogReader {
    static func matches(header: [String]) -> Bool {
        Set(ExportedSet.fields).isSubset(of: Set(header))
    }

    /// Whether `text` is a JSON array (the JSON export).
    static func isJSON(_ text: String) -> Bool {
        text.first { !$0.isWhitespace } == "["
    }

    static func read(_ table: CSVTable, path: String) throws(HistoryImportFailure) -> ImportedHistory {
        var entries: [Entry] = []
        while let record = try table.next() {
            entries.append(Entry(line: record.line) { field in table.column(field).map { record.cells[$0] } })
        }
        return try assemble(entries, path: path)
    }

    static func readJSON(_ text: String, path: String) throws(HistoryImportFailure) -> ImportedHistory {
        guard let array = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [Any] else {
            throw HistoryImportFailure(problems: [
                HistoryImportError(
                    path: path, line: 1, message: "this is not a JSON array of sets",
                    hint: "use a file written by `wlog export history --format json`")
            ])
        }
        let lines = JSONElementLines.of(text)
        var problems: [HistoryImportError] = []
        var entries: [Entry] = []
        for (index, element) in array.enumerated() {
            let line = lines.indices.contains(index) ? lines[index] : 1
            guard let object = element as? [String: Any] else {
                problems.append(
                    HistoryImportError(
                        path: path, line: line, message: "entry \(index + 1) is not an object with the fields of a set")
                )
                continue
            }
            entries.append(Entry(line: line) { field in Self.text(object[field]) })
        }
        guard problems.isEmpty else { throw HistoryImportFailure(problems: problems) }
        return try assemble(entries, path: path)
    }

    /// A JSON value as the text a CSV cell would hold; nil when absent.
    private static func text(_ value: Any?) -> String? {
        switch value {
        case let string as String: return string
        case let number as NSNumber: return NumberText.plain(number.doubleValue)
        case is NSNull: return ""
        default: return nil
        }
    }

    /// One entry, whatever file it came from: its line and a way to read a field's text.
    private struct Entry {
        var line: Int
        var field: (String) -> String?
    }

    private static func assemble(_ entries: [Entry], path: String) throws(HistoryImportFailure) -> ImportedHistory {
        var problems: [HistoryImportError] = []
        var order: [String] = []
        var groups: [String: [ImportedSet]] = [:]
        var details: [String: SessionDetails] = [:]
        for entry in entries {
            do throws(HistoryImportError) {
                let (session, set) = try self.set(entry, path: path)
                if groups[session] == nil { order.append(session) }
                groups[session, default: []].append(set)
                if details[session] == nil { details[session] = try SessionDetails(entry, path: path) }
            } catch {
                problems.append(error)
            }
        }
        guard problems.isEmpty else { throw HistoryImportFailure(problems: problems) }
        let utc = ISO8601DateFormatter()
        let workouts = order.compactMap { session -> ImportedWorkout? in
            guard let sets = groups[session], let firstSet = sets.map(\.performedAt).min() else { return nil }
            let known = details[session]
            return ImportedWorkout(
                key: ImportKey.make(["wlog", "session", session, utc.string(from: firstSet)]),
                name: known?.name, note: known?.note, startedAt: min(known?.startedAt ?? firstSet, firstSet),
                finishedAt: known?.finishedAt,
                sets: sets.sorted { ($0.performedAt, $0.setNumber ?? 0) < ($1.performedAt, $1.setNumber ?? 0) })
        }
        return ImportedHistory(format: .wlog, workouts: workouts, skippedRows: 0)
    }

    private static func set(_ entry: Entry, path: String) throws(HistoryImportError) -> (
        session: String, set: ImportedSet
    ) {
        func problem(_ message: String) -> HistoryImportError {
            HistoryImportError(path: path, line: entry.line, message: message)
        }
        func text(_ field: String) throws(HistoryImportError) -> String {
            guard let value = entry.field(field) else { throw problem("the `\(field)` field is missing") }
            return value.trimmingCharacters(in: .whitespaces)
        }
        func number(_ field: String, _ range: ClosedRange<Double>) throws(HistoryImportError) -> Double? {
            let written = try text(field)
            guard !written.isEmpty else { return nil }
            guard let value = ExportCells.decimal(written, decimalComma: false), range.contains(value) else {
                throw problem(
                    "\(field) \"\(written)\" is not a number from \(NumberText.plain(range.lowerBound)) to \(NumberText.plain(range.upperBound))"
                )
            }
            return value
        }
        func whole(_ field: String, _ range: ClosedRange<Int>) throws(HistoryImportError) -> Int? {
            guard let value = try number(field, Double(range.lowerBound)...Double(range.upperBound)) else { return nil }
            guard value == value.rounded() else {
                throw problem("\(field) \"\(NumberText.plain(value))\" is not a whole number")
            }
            return Int(value)
        }

        let written = try text("performed_at")
        guard let performedAt = Self.moment(written) else {
            throw problem("performed_at \"\(written)\" is not a time such as 2026-11-24T18:30:00+01:00")
        }
        let slug = try text("slug")
        guard ExerciseNaming.isValidSlug(slug) else {
            throw problem("slug \"\(slug)\" is not a slug such as bench-press")
        }
        let exercise = try text("exercise")
        guard !exercise.isEmpty else { throw problem("the exercise name is empty") }
        let session = try text("session_id")
        guard !session.isEmpty else { throw problem("session_id is empty") }
        guard let setNumber = try whole("set_number", 1...100_000) else { throw problem("set_number is empty") }
        let kindText = try text("kind")
        guard let kind = SetKind(rawValue: kindText) else {
            throw problem("kind \"\(kindText)\" is not warmup, working, drop or failure")
        }
        let set = ImportedSet(
            line: entry.line, performedAt: performedAt, exerciseName: exercise, slug: slug, setNumber: setNumber,
            reps: try whole("reps", 1...1000), load: .exact(try weight(try text("weight"), try text("unit"), problem)),
            durationS: try number("duration_s", 0.001...DurationInput.maximumSeconds),
            distanceM: try number("distance_m", 0.001...DistanceInput.maximumMetres),
            rpe: try number("rpe", 1...10), rir: try whole("rir", 0...10), kind: kind,
            note: entry.field("note").flatMap { $0.isEmpty ? nil : $0 }, key: 0)
        var keyed = set
        keyed.key = ImportKey.make(
            ["wlog", ISO8601DateFormatter().string(from: performedAt), slug, String(setNumber)]
                + WorkoutAssembler.values(of: set))
        return (session, keyed)
    }

    /// The session fields of an export (`WlogWriter.sessionFields`); all nil in files
    /// written before they were added, or by `history --format`.
    private struct SessionDetails {
        var name, note: String?
        var startedAt, finishedAt: Date?

        init(_ entry: Entry, path: String) throws(HistoryImportError) {
            func text(_ field: String) -> String? {
                entry.field(field).flatMap { $0.isEmpty ? nil : $0 }
            }
            func moment(_ field: String) throws(HistoryImportError) -> Date? {
                guard let written = text(field)?.trimmingCharacters(in: .whitespaces), !written.isEmpty else {
                    return nil
                }
                guard let date = WlogReader.moment(written) else {
                    throw HistoryImportError(
                        path: path, line: entry.line,
                        message: "\(field) \"\(written)\" is not a time such as 2026-11-24T18:30:00+01:00")
                }
                return date
            }
            name = text("session_name")
            note = text("session_note")
            startedAt = try moment("session_started_at")
            finishedAt = try moment("session_finished_at")
        }
    }

    /// The `weight` and `unit` fields: `40` `kg`, `90` `lb`, `bw`, `10` `bw+kg`, or both empty.
    private static func weight(_ amountText: String, _ unit: String, _ problem: (String) -> HistoryImportError)
        throws(HistoryImportError) -> WeightInput?
    {
        let amount = ExportCells.decimal(amountText, decimalComma: false)
        if !amountText.isEmpty, amount == nil || (amount ?? 0) < 0 {
            throw problem("weight \"\(amountText)\" is not a number")
        }
        let bodyweight = unit.hasPrefix("bw")
        let unitName = bodyweight ? String(unit.dropFirst(unit.hasPrefix("bw+") ? 3 : 2)) : unit
        switch (bodyweight, unitName, amount) {
        case (false, "", nil): return nil
        case (true, "", nil): return WeightInput(bodyweight: true, amount: nil, unit: .kg)
        case (_, let name, .some(let value)):
            guard let weightUnit = WeightUnit(rawValue: name),
                value * weightUnit.kilograms <= WeightInput.maximumKilograms
            else {
                throw problem(
                    "weight \"\(amountText)\" with unit \"\(unit)\" is not a load such as 40 kg, 90 lb or bw+10 kg, at most 1000 kg"
                )
            }
            return WeightInput(bodyweight: bodyweight, amount: value, unit: weightUnit)
        default:
            throw problem(
                "unit \"\(unit)\" does not go with weight \"\(amountText)\"; expected kg, lb, bw, bw+kg or bw+lb")
        }
    }

    /// ISO 8601 with an offset, with or without fractions of a second.
    static func moment(_ text: String) -> Date? {
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        if let date = plain.date(from: text) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return fractional.date(from: text)
    }
}
