/// The formats `wlog export history` writes.
public enum HistoryExportFormat: String, CaseIterable, Sendable {
    /// The fields of `WlogWriter.fields`, with a header row.
    case csv
    /// The fields of `WlogWriter.fields`, as an array of objects.
    case json
    /// Strong's current CSV export, for apps that import it.
    case strong
}
