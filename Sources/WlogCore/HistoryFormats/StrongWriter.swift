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

    /// The positions of the columns the store reads for each set of a session, oldest first.
    enum Column {
        static let exerciseID = 0
        static let setNumber = 1
        static let kind = 2
        static let weightKg = 3
        static let weightUnit = 4
        static let bodyweight = 5
        static let reps = 6
        static let distanceM = 7
        static let durationS = 8
        static let note = 9
        static let rpe = 10
        static let exercise = 11
        /// The time of the set, and of the session's last set (the same on every row).
        static let performedAt = 12
        static let lastAt = 13
    }

    let unit: WeightUnit
    /// The equipment of each exercise that has one, written after its name: `Bench Press (Barbell)`.
    let equipment: [Int64: String]
    private let formatter: DateFormatter
    /// The cells of the session that open each of its rows (date, name, duration), with their commas.
    private var sessionOpening: [UInt8] = []
    /// The session's note cell between its commas.
    private var sessionNote: [UInt8] = []
    /// Each exercise's name cell, with its equipment.
    private var nameCells: [Int64: [UInt8]] = [:]
    /// The session's sets written so far (oldest first): their exercise and where their cells
    /// after the opening ones lie in the session's pending bytes.
    private var pendingSets: [(exercise: Int64, bytes: Range<Int>)] = []
    private var exerciseOrder: [Int64] = []

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
        output.append(CSVLine.text(Self.fields) + "\n")
    }

    /// Starts a session whose sets (oldest first) run from `first` to `last`: one time per
    /// workout, the earlier of its start and its first set.
    mutating func begin(_ session: WorkoutSession, first: Date, last: Date) {
        let start = min(session.startedAt, first)
        let end = session.finishedAt ?? last
        let duration = end.timeIntervalSince(start) >= 1 ? Self.duration(end.timeIntervalSince(start)) : ""
        sessionOpening = Array(
            (CSVLine.text([formatter.string(from: start), session.name ?? "", duration]) + ",").utf8)
        sessionNote = Array(("," + CSVLine.text([session.note ?? ""]) + ",").utf8)
    }

    /// One set of the session begun last, from the row's columns, gathered in `pending` until the
    /// session is finished (Strong's order puts each exercise's sets together).
    mutating func append(_ row: some ExportColumns, pending output: inout ChunkedOutput) throws {
        let start = output.bytes.count
        try appendName(of: row, to: &output)
        output.append(ascii: ",")
        let kind = try row.withText(Column.kind) { text in
            text.map(ChunkedOutput.string).flatMap(SetKind.init(rawValue:)) ?? .working
        }
        switch kind {
        case .warmup: output.append(ascii: "W")
        case .drop: output.append(ascii: "D")
        case .failure: output.append(ascii: "F")
        case .working: output.append(integer: try row.integer(Column.setNumber) ?? 0)
        }
        output.append(ascii: ",")
        try appendWeight(of: row, to: &output)
        output.append(ascii: ",")
        if let reps = try row.integer(Column.reps) { output.append(integer: reps) }
        output.append(ascii: ",")
        if let metres = try row.real(Column.distanceM) {
            output.appendPlain(metres / (unit == .kg ? DistanceUnit.km : .mi).metres)
        }
        output.append(ascii: ",")
        if let seconds = try row.real(Column.durationS) { output.appendPlain(seconds) }
        output.append(ascii: ",")
        try row.withText(Column.note) { output.appendCSV(text: $0) }
        output.bytes.append(contentsOf: sessionNote)
        if let rpe = try row.real(Column.rpe) { output.appendPlain(rpe) }
        output.append(ascii: "\n")
        pendingSets.append((try row.integer(Column.exerciseID) ?? 0, start..<output.bytes.count))
    }

    /// Writes the session's pending sets, each exercise's together in the order the session first
    /// had them, each after the session's opening cells.
    mutating func finishSession(pending: inout ChunkedOutput, to output: inout ChunkedOutput) throws {
        exerciseOrder.removeAll(keepingCapacity: true)
        for set in pendingSets where !exerciseOrder.contains(set.exercise) { exerciseOrder.append(set.exercise) }
        for exercise in exerciseOrder {
            for set in pendingSets where set.exercise == exercise {
                output.bytes.append(contentsOf: sessionOpening)
                output.bytes.append(contentsOf: pending.bytes[set.bytes])
                try output.setWritten()
            }
        }
        pending.bytes.removeAll(keepingCapacity: true)
        pendingSets.removeAll(keepingCapacity: true)
    }

    /// The exercise's name with its equipment, as a cell (made once per exercise).
    private mutating func appendName(of row: some ExportColumns, to output: inout ChunkedOutput) throws {
        let id = try row.integer(Column.exerciseID) ?? 0
        if let cell = nameCells[id] {
            output.bytes.append(contentsOf: cell)
            return
        }
        let exercise = try row.string(Column.exercise) ?? ""
        let name = equipment[id].map { "\(exercise) (\(EquipmentName.title($0)))" } ?? exercise
        let cell = Array(CSVLine.text([name]).utf8)
        nameCells[id] = cell
        output.bytes.append(contentsOf: cell)
    }

    /// The weight in the export's unit (`weight(_:typedIn:as:)`), `0` for bodyweight without a load.
    private func appendWeight(of row: some ExportColumns, to output: inout ChunkedOutput) throws {
        guard let kilograms = try row.real(Column.weightKg) else {
            if (try row.integer(Column.bodyweight) ?? 0) != 0 { output.append(ascii: "0") }
            return
        }
        let typed = try row.withText(Column.weightUnit) { text in
            text.map(ChunkedOutput.string).flatMap(WeightUnit.init(rawValue:)) ?? .kg
        }
        let typedAmount = kilograms / typed.kilograms
        guard typed != unit else {
            output.appendPlain(typedAmount)
            return
        }
        let typedDecimals = Self.plainDecimals(typedAmount)
        output.appendPlain(Self.converted(kilograms, typedIn: typed, decimals: typedDecimals, as: unit))
    }

    /// `kilograms`, typed in `typed`, written in `unit`: as typed when the units agree, else
    /// rounded to the decimal place that is no coarser than the last digit typed (a pound is
    /// 0.45 kg, so whole pounds become tenths of a kilogram; whole kilograms become whole pounds).
    static func weight(_ kilograms: Double, typedIn typed: WeightUnit, as unit: WeightUnit) -> String {
        let typedText = NumberText.plain(kilograms / typed.kilograms)
        guard typed != unit else { return typedText }
        let typedDecimals = typedText.split(separator: ".").dropFirst().first?.count ?? 0
        return NumberText.plain(converted(kilograms, typedIn: typed, decimals: typedDecimals, as: unit))
    }

    /// `kilograms` in `unit`, rounded to the place no coarser than `decimals` places of `typed`.
    private static func converted(
        _ kilograms: Double, typedIn typed: WeightUnit, decimals typedDecimals: Int,
        as unit: WeightUnit
    ) -> Double {
        let converted = kilograms / unit.kilograms
        let step = pow(10, -Double(typedDecimals)) * typed.kilograms / unit.kilograms
        let decimals = min(3, max(0, Int((-log10(step)).rounded(.up))))
        let scale = pow(10, Double(decimals))
        return (converted * scale).rounded() / scale
    }

    /// How many decimals `NumberText.plain(value)` writes, without writing it when it can.
    private static func plainDecimals(_ value: Double) -> Int {
        let thousandths = (value * 1000).rounded()
        guard thousandths.isFinite, abs(thousandths) < 1e15 else {
            return NumberText.plain(value).split(separator: ".").dropFirst().first?.count ?? 0
        }
        var fraction = Int64(thousandths).magnitude % 1000
        guard fraction != 0 else { return 0 }
        var decimals = 3
        while fraction % 10 == 0 {
            fraction /= 10
            decimals -= 1
        }
        return decimals
    }

    /// `1h 5m`, `45m`, `1h`, `30s`, as Strong writes durations.
    static func duration(_ seconds: TimeInterval) -> String {
        let whole = Int(seconds.rounded())
        let parts = [(whole / 3600, "h"), (whole % 3600 / 60, "m"), (whole % 60, "s")].filter { $0.0 > 0 }
        return parts.map { "\($0.0)\($0.1)" }.joined(separator: " ")
    }
}
