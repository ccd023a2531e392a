import Foundation

/// Writes wlog's own csv and json exports, which `WlogReader` reads back: every field of every
/// set (those of `ExportedSet`) and of its session, one set at a time.
public struct WlogWriter {
    /// The session's fields each exported set carries, after those of `ExportedSet`.
    public static let sessionFields = ["session_name", "session_note", "session_started_at", "session_finished_at"]
    /// Every field of the csv and json exports, in CSV column order.
    public static let fields = ExportedSet.fields + sessionFields

    let json: Bool
    let formatter: ISO8601DateFormatter
    /// The JSON keys are written sorted, as `JSONOutput` sorts them.
    private let fieldOrder = Self.fields.indices.sorted { Self.fields[$0] < Self.fields[$1] }

    init(json: Bool, timeZone: TimeZone) {
        self.json = json
        formatter = ExportedSet.timeFormatter(timeZone)
    }

    /// The header line, or the opening of the JSON array.
    func begin(_ output: inout ChunkedOutput) {
        output.text.append(json ? "[\n" : CSVLine.text(Self.fields) + "\n")
    }

    /// One set with its session's fields.
    func append(
        _ entry: HistoryEntry, session: (name: String?, note: String?, startedAt: Date, finishedAt: Date?),
        to output: inout ChunkedOutput
    ) throws {
        let values =
            ExportedSet(entry, formatter: formatter).values + [
                .text(session.name), .text(session.note), .text(formatter.string(from: session.startedAt)),
                .text(session.finishedAt.map { formatter.string(from: $0) }),
            ]
        if json {
            if output.sets > 0 { output.text.append(",\n") }
            JSONObjectText.append(fieldOrder.map { (Self.fields[$0], values[$0]) }, to: &output.text)
        } else {
            CSVLine.appendLine(values.map(\.csvText), to: &output.text)
        }
        try output.setWritten()
    }

    /// The closing of the JSON array.
    func end(_ output: inout ChunkedOutput) {
        if json { output.text.append("\n]\n") }
    }
}
