import Foundation
import GRDB

/// The formats `wlog export history` writes.
public enum HistoryExportFormat: String, CaseIterable, Sendable {
    /// The fields of `ExportedSet`, with a header row.
    case csv
    /// The fields of `ExportedSet`, as an array of objects.
    case json
    /// Strong's current CSV export, for apps that import it.
    case strong
}

/// Writes the log (or part of it) as a file that `wlog import history` reads back, oldest first.
///
/// CSV and JSON keep every field of every set. Strong's format keeps what Strong keeps: one time
/// per workout (the session's start), weights in one unit, `W`, `D` and `F` for warm-up, drop
/// and failure sets, and no reps in reserve.
public struct HistoryExporter: Sendable {
    private let database: AppDatabase

    public init(database: AppDatabase) {
        self.database = database
    }

    /// The exported text and how many sets it holds.
    public func export(_ filter: HistoryFilter = HistoryFilter(), format: HistoryExportFormat, unit: WeightUnit = .kg,
                       timeZone: TimeZone = .current) throws -> (text: String, sets: Int) {
        let entries = try WorkoutLog(database: database).history(filter)
            .sorted { ($0.set.performedAt, $0.set.sessionId, $0.set.id ?? 0) < ($1.set.performedAt, $1.set.sessionId, $1.set.id ?? 0) }
        switch format {
        case .csv:
            let rows = entries.map { ExportedSet($0, timeZone: timeZone).csvCells }
            return (try Tabular(headers: ExportedSet.fields, rows: rows).csv(), entries.count)
        case .json:
            return (try JSONOutput.encode(entries.map { ExportedSet($0, timeZone: timeZone) }), entries.count)
        case .strong:
            return (try strong(entries, unit: unit, timeZone: timeZone), entries.count)
        }
    }

    /// The header of Strong's current export.
    static let strongFields = ["Date", "Workout Name", "Duration", "Exercise Name", "Set Order", "Weight", "Reps",
                               "Distance", "Seconds", "Notes", "Workout Notes", "RPE"]

    private func strong(_ entries: [HistoryEntry], unit: WeightUnit, timeZone: TimeZone) throws -> String {
        let sessionIDs = Array(Set(entries.map(\.set.sessionId)))
        let (sessions, equipment) = try database.writer.read { db -> ([Int64: WorkoutSession], [Int64: String]) in
            let placeholders = sessionIDs.map { _ in "?" }.joined(separator: ",")
            let sessions = sessionIDs.isEmpty ? [] : try WorkoutSession.fetchAll(db, sql: "SELECT * FROM workout_session WHERE id IN (\(placeholders))",
                                                                                  arguments: StatementArguments(sessionIDs))
            let rows = try Row.fetchAll(db, sql: "SELECT id, equipment FROM exercise WHERE equipment IS NOT NULL")
            return (Dictionary(uniqueKeysWithValues: sessions.compactMap { session in session.id.map { ($0, session) } }),
                    Dictionary(uniqueKeysWithValues: rows.map { ($0["id"], $0["equipment"]) }))
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        var order: [Int64] = []
        var bySession: [Int64: [HistoryEntry]] = [:]
        for entry in entries {
            if bySession[entry.set.sessionId] == nil { order.append(entry.set.sessionId) }
            bySession[entry.set.sessionId, default: []].append(entry)
        }
        var rows: [[String]] = []
        for sessionID in order {
            let sets = bySession[sessionID] ?? []
            guard let first = sets.first, let last = sets.last else { continue }
            let session = sessions[sessionID]
            let start = min(session?.startedAt ?? first.set.performedAt, first.set.performedAt)
            let end = session?.finishedAt ?? last.set.performedAt
            let duration = end.timeIntervalSince(start) >= 1 ? Self.duration(end.timeIntervalSince(start)) : ""
            var exerciseOrder: [Int64] = []
            var byExercise: [Int64: [HistoryEntry]] = [:]
            for entry in sets {
                if byExercise[entry.set.exerciseId] == nil { exerciseOrder.append(entry.set.exerciseId) }
                byExercise[entry.set.exerciseId, default: []].append(entry)
            }
            for exerciseID in exerciseOrder {
                for entry in byExercise[exerciseID] ?? [] {
                    let set = entry.set
                    let name = equipment[exerciseID].map { "\(entry.exercise) (\(EquipmentName.title($0)))" } ?? entry.exercise
                    let order: String = switch set.kind {
                    case .warmup: "W"
                    case .drop: "D"
                    case .failure: "F"
                    case .working: String(set.setNumber)
                    }
                    let weight: String = if let kilograms = set.weightKg {
                        NumberText.plain(kilograms / unit.kilograms)
                    } else {
                        set.bodyweight ? "0" : ""
                    }
                    let distance = set.distanceM.map { NumberText.plain($0 / (unit == .kg ? DistanceUnit.km : .mi).metres) } ?? ""
                    rows.append([formatter.string(from: start), session?.name ?? "", duration, name, order, weight,
                                 set.reps.map(String.init) ?? "", distance, set.durationS.map(NumberText.plain) ?? "",
                                 set.note ?? "", session?.note ?? "", set.rpe.map(NumberText.plain) ?? ""])
                }
            }
        }
        return try Tabular(headers: Self.strongFields, rows: rows).csv()
    }

    /// `1h 5m`, `45m`, `1h`, `30s`, as Strong writes durations.
    static func duration(_ seconds: TimeInterval) -> String {
        let whole = Int(seconds.rounded())
        let parts = [(whole / 3600, "h"), (whole % 3600 / 60, "m"), (whole % 60, "s")].filter { $0.0 > 0 }
        return parts.map { "\($0.0)\($0.1)" }.joined(separator: " ")
    }
}
