import Foundation

/// Writes Strong's current CSV export, one session at a time: one time per workout (the
/// session's start), each exercise's sets together in the order the session first had them,
/// weights in one unit, `W`, `D` and `F` for warm-up, drop and failure sets, no reps in reserve.
/// A weight converted to the export's unit is rounded once, here, to the precision it was typed
/// in (285 lb is 129.3 kg, not 129.274).
struct StrongWriter {
    /// The header of Strong's current export.
    static let fields = [
        "Date", "Workout Name", "Duration", "Exercise Name", "Set Order", "Weight", "Reps",
        "Distance", "Seconds", "Notes", "Workout Notes", "RPE",
    ]

    let unit: WeightUnit
    /// The equipment of each exercise that has one, written after its name: `Bench Press (Barbell)`.
    let equipment: [Int64: String]
    private let formatter: DateFormatter

    init(unit: WeightUnit, timeZone: TimeZone, equipment: [Int64: String]) {
        self.unit = unit
        self.equipment = equipment
        formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
    }

    /// The header line.
    func begin(_ output: inout ChunkedOutput) {
        output.text.append(CSVLine.text(Self.fields) + "\n")
    }

    /// One session's `sets` (oldest first), each exercise's sets together.
    func append(_ session: WorkoutSession, sets: [HistoryEntry], to output: inout ChunkedOutput) throws {
        guard let first = sets.first, let last = sets.last else { return }
        let start = min(session.startedAt, first.set.performedAt)
        let end = session.finishedAt ?? last.set.performedAt
        let duration = end.timeIntervalSince(start) >= 1 ? Self.duration(end.timeIntervalSince(start)) : ""
        var exerciseOrder: [Int64] = []
        var byExercise: [Int64: [HistoryEntry]] = [:]
        for entry in sets {
            if byExercise[entry.set.exerciseId] == nil { exerciseOrder.append(entry.set.exerciseId) }
            byExercise[entry.set.exerciseId, default: []].append(entry)
        }
        for entry in exerciseOrder.flatMap({ byExercise[$0] ?? [] }) {
            let name =
                equipment[entry.set.exerciseId].map { "\(entry.exercise) (\(EquipmentName.title($0)))" }
                ?? entry.exercise
            CSVLine.appendLine(
                [formatter.string(from: start), session.name ?? "", duration, name] + cells(entry.set)
                    + [session.note ?? "", entry.set.rpe.map(NumberText.plain) ?? ""], to: &output.text)
            try output.setWritten()
        }
    }

    /// Set Order, Weight, Reps, Distance, Seconds and Notes.
    private func cells(_ set: LoggedSet) -> [String] {
        let order: String =
            switch set.kind {
            case .warmup: "W"
            case .drop: "D"
            case .failure: "F"
            case .working: String(set.setNumber)
            }
        let weight =
            set.weightKg.map { Self.weight($0, typedIn: set.weightUnit, as: unit) } ?? (set.bodyweight ? "0" : "")
        let distance = set.distanceM.map { NumberText.plain($0 / (unit == .kg ? DistanceUnit.km : .mi).metres) } ?? ""
        return [
            order, weight, set.reps.map(String.init) ?? "", distance, set.durationS.map(NumberText.plain) ?? "",
            set.note ?? "",
        ]
    }

    /// `kilograms`, typed in `typed`, written in `unit`: as typed when the units agree, else
    /// rounded to the decimal place that is no coarser than the last digit typed (a pound is
    /// 0.45 kg, so whole pounds become tenths of a kilogram; whole kilograms become whole pounds).
    static func weight(_ kilograms: Double, typedIn typed: WeightUnit, as unit: WeightUnit) -> String {
        let typedText = NumberText.plain(kilograms / typed.kilograms)
        let converted = kilograms / unit.kilograms
        guard typed != unit else { return typedText }
        let typedDecimals = typedText.split(separator: ".").dropFirst().first?.count ?? 0
        let step = pow(10, -Double(typedDecimals)) * typed.kilograms / unit.kilograms
        let decimals = min(3, max(0, Int((-log10(step)).rounded(.up))))
        let scale = pow(10, Double(decimals))
        return NumberText.plain((converted * scale).rounded() / scale)
    }

    /// `1h 5m`, `45m`, `1h`, `30s`, as Strong writes durations.
    static func duration(_ seconds: TimeInterval) -> String {
        let whole = Int(seconds.rounded())
        let parts = [(whole / 3600, "h"), (whole % 3600 / 60, "m"), (whole % 60, "s")].filter { $0.0 > 0 }
        return parts.map { "\($0.0)\($0.1)" }.joined(separator: " ")
    }
}
