import Foundation

/// Writes wlog's own csv and json exports, which `WlogReader` reads back: every field of every
/// set (those of `ExportedSet`) and of its session, one set at a time, straight from the
/// store's row (`Column` names the positions) into the output's bytes.
public struct WlogWriter {
    /// The session's fields each exported set carries, after those of `ExportedSet`.
    public static let sessionFields = ["session_name", "session_note", "session_started_at", "session_finished_at"]
    /// Every field of the csv and json exports, in CSV column order.
    public static let fields = ExportedSet.fields + sessionFields

    /// The positions of the columns the store reads for each set.
    enum Column {
        static let id = 0
        static let sessionID = 1
        static let performedAt = 2
        static let slug = 3
        static let exercise = 4
        static let setNumber = 5
        static let reps = 6
        static let weightKg = 7
        static let weightUnit = 8
        static let bodyweight = 9
        static let durationS = 10
        static let distanceM = 11
        static let rpe = 12
        static let rir = 13
        static let kind = 14
        static let note = 15
        static let sessionName = 16
        static let sessionNote = 17
        static let sessionStartedAt = 18
        static let sessionFinishedAt = 19
    }

    let json: Bool
    private var performedAt: StoredTimeColumn
    private var startedAt: StoredTimeColumn
    private var finishedAt: StoredTimeColumn
    /// The JSON keys are written sorted, as `JSONOutput` sorts them.
    private static let fieldOrder = Self.fields.indices.sorted { Self.fields[$0] < Self.fields[$1] }
    /// The JSON text around the values of a set, in one buffer: before each value in `fieldOrder`
    /// (`  {` and the first key; a comma, line break and the next key: `    "key" : `), then the
    /// close of the object. A set appends these pieces and its values, nothing else.
    private let jsonPieces: [UInt8]
    /// Where each piece of `jsonPieces` ends.
    private let jsonPieceEnds: [Int]

    init(json: Bool, timeZone: TimeZone) {
        self.json = json
        let formatter = ExportedSet.timeFormatter(timeZone)
        performedAt = StoredTimeColumn(column: Column.performedAt, formatter: formatter)
        startedAt = StoredTimeColumn(column: Column.sessionStartedAt, formatter: formatter)
        finishedAt = StoredTimeColumn(column: Column.sessionFinishedAt, formatter: formatter)
        var pieces: [UInt8] = []
        var ends: [Int] = []
        for (position, field) in Self.fieldOrder.enumerated() {
            var key = ""
            JSONObjectText.appendString(Self.fields[field], to: &key)
            pieces.append(contentsOf: ((position == 0 ? "  {\n" : ",\n") + "    " + key + " : ").utf8)
            ends.append(pieces.count)
        }
        pieces.append(contentsOf: "\n  }".utf8)
        ends.append(pieces.count)
        jsonPieces = pieces
        jsonPieceEnds = ends
    }

    /// The header line, or the opening of the JSON array.
    func begin(_ output: inout ChunkedOutput) {
        output.append(json ? "[\n" : CSVLine.text(Self.fields) + "\n")
    }

    /// One set with its session's fields, from the row's columns.
    mutating func append(_ row: some ExportColumns, to output: inout ChunkedOutput) throws {
        if json {
            if output.sets > 0 {
                output.append(ascii: ",")
                output.append(ascii: "\n")
            }
            let (order, texts, ends) = (Self.fieldOrder, jsonPieces, jsonPieceEnds)
            try texts.withUnsafeBufferPointer { pieces in
                var start = 0
                for (position, field) in order.enumerated() {
                    output.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: pieces[start..<ends[position]]))
                    start = ends[position]
                    try append(field: field, of: row, to: &output)
                }
                output.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: pieces[start...]))
            }
        } else {
            for field in Self.fields.indices {
                if field > 0 { output.append(ascii: ",") }
                try append(field: field, of: row, to: &output)
            }
            output.append(ascii: "\n")
        }
        try output.setWritten()
    }

    /// The value of `fields[field]`, as `ExportedSet` and the session give it.
    private mutating func append(field: Int, of row: some ExportColumns, to output: inout ChunkedOutput) throws {
        switch field {
        case 0: append(integer: try row.integer(Column.id) ?? 0, to: &output)
        case 1: append(integer: try row.integer(Column.sessionID) ?? 0, to: &output)
        case 2: try performedAt.append(from: row, json: json, to: &output)
        case 3: try appendText(Column.slug, of: row, to: &output)
        case 4: try appendText(Column.exercise, of: row, to: &output)
        case 5: append(integer: try row.integer(Column.setNumber) ?? 0, to: &output)
        case 6: append(integer: try row.integer(Column.reps), to: &output)
        case 7:
            let kilograms = try row.real(Column.weightKg)
            let typed = kilograms == nil ? WeightUnit.kg : try unit(of: row)
            append(number: kilograms.map { LoggedSet.rounded($0 / typed.kilograms) }, to: &output)
        case 8: try appendUnit(of: row, to: &output)
        case 9: append(number: try row.real(Column.durationS), to: &output)
        case 10: append(number: try row.real(Column.distanceM), to: &output)
        case 11: append(number: try row.real(Column.rpe), to: &output)
        case 12: append(integer: try row.integer(Column.rir), to: &output)
        case 13: try appendKind(of: row, to: &output)
        case 14: try appendText(Column.note, of: row, to: &output)
        case 15: try appendText(Column.sessionName, of: row, to: &output)
        case 16: try appendText(Column.sessionNote, of: row, to: &output)
        case 17: try startedAt.append(from: row, json: json, to: &output)
        default: try finishedAt.append(from: row, json: json, to: &output)
        }
    }

    private func append(integer: Int64?, to output: inout ChunkedOutput) {
        if let integer { output.append(integer: integer) } else if json { output.append("null") }
    }

    private func append(number: Double?, to output: inout ChunkedOutput) {
        guard let number else {
            if json { output.append("null") }
            return
        }
        if json { output.appendShortest(number) } else { output.appendPlain(number) }
    }

    private func appendText(_ column: Int, of row: some ExportColumns, to output: inout ChunkedOutput) throws {
        try row.withText(column) { text in
            if json { output.appendJSON(text: text) } else { output.appendCSV(text: text) }
        }
    }

    /// A constant word (a unit, a kind): plain ASCII, the same in CSV and, quoted, in JSON.
    private func append(word: String, to output: inout ChunkedOutput) {
        if json { output.append(ascii: "\"") }
        output.append(word)
        if json { output.append(ascii: "\"") }
    }

    /// The unit the weight was typed in: `lb`, else kilograms, as `LoggedSet` reads it.
    private func unit(of row: some ExportColumns) throws -> WeightUnit {
        try row.withText(Column.weightUnit) { text in
            text.map(ChunkedOutput.string).flatMap(WeightUnit.init(rawValue:)) ?? .kg
        }
    }

    /// `kg`, `lb`, `bw` or `bw+kg`/`bw+lb` as `ExportedSet` writes it; absent without a load or bodyweight.
    private func appendUnit(of row: some ExportColumns, to output: inout ChunkedOutput) throws {
        let bodyweight = (try row.integer(Column.bodyweight) ?? 0) != 0
        let hasLoad = try row.real(Column.weightKg) != nil
        guard bodyweight || hasLoad else {
            if json { output.append("null") }
            return
        }
        let unit = try unit(of: row).rawValue
        append(word: bodyweight ? (hasLoad ? "bw+" + unit : "bw") : unit, to: &output)
    }

    /// The set's kind as `SetKind` reads it (an unknown kind is a working set).
    private func appendKind(of row: some ExportColumns, to output: inout ChunkedOutput) throws {
        let kind = try row.withText(Column.kind) { text in
            text.map(ChunkedOutput.string).flatMap(SetKind.init(rawValue:)) ?? .working
        }
        append(word: kind.rawValue, to: &output)
    }

    /// The closing of the JSON array.
    func end(_ output: inout ChunkedOutput) {
        if json { output.append("\n]\n") }
    }
}
