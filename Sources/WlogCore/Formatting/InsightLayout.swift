import Foundation

/// `stats`, `prs` and `summary` laid out for people: plain text with tables and sparklines.
public enum InsightLayout {
    /// The most weeks a terminal trend shows (the latest ones).
    public static let trendWeeks = 52

    /// `wlog stats` for a terminal; `ranged` when the sets were limited to a range of days (`--since`).
    public static func stats(
        _ stats: ExerciseStats, unit: WeightUnit, timeZone: TimeZone, ranged: Bool = false,
        heading: (String) -> String = { $0 }
    ) -> String {
        var lines = [heading(TerminalText.cell("\(stats.exercise) (\(stats.slug))"))]
        guard let first = stats.firstAt, let last = stats.lastAt else {
            return (lines + [ranged ? "no sets logged in that range" : "no sets logged yet"]).joined(separator: "\n")
                + "\n"
        }
        let day = { (date: Date) in TrainingDay(containing: date, timeZone: timeZone).text }
        lines.append("\(day(first)) to \(day(last)): " + totals(stats, unit: unit).joined(separator: ", "))
        if let best = stats.bestSet {
            lines.append("")
            lines.append("best set       \(SetSummary.compact([best.set])) on \(day(best.set.performedAt))")
        }
        if let estimate = stats.oneRepMax {
            let brzycki = estimate.estimate.brzycki.map { ", \(RecordText.converted($0, to: unit)) (Brzycki)" } ?? ""
            var line = "estimated 1RM  \(RecordText.converted(estimate.estimate.epley, to: unit)) (Epley)\(brzycki)"
            line += " from \(SetSummary.compact([estimate.entry.set])) on \(day(estimate.entry.set.performedAt))"
            if !estimate.estimate.isReliable { line += " [over \(OneRepMax.reliableReps) reps: less reliable]" }
            lines.append(line)
        }
        if !stats.repMaxes.isEmpty {
            lines.append("")
            lines.append(heading("rep maxes"))
            let estimates = stats.repMaxes.contains { $0.entry.set.oneRepMax != nil }
            let table = Tabular(
                headers: ["reps", "best", "date"] + (estimates ? ["e1RM"] : []),
                rows: stats.repMaxes.map { record in
                    let estimate = record.entry.set.oneRepMax.map { RecordText.converted($0.epley, to: unit) } ?? ""
                    return [
                        String(record.kind.reps ?? 0), RecordText.value(record, unit: unit),
                        day(record.entry.set.performedAt),
                    ]
                        + (estimates ? [estimate] : [])
                })
            lines.append(table.table().trimmingTrailingNewline())
        }
        let others = stats.records.filter { $0.kind != .estimatedOneRepMax && !stats.repMaxes.contains($0) }
        if !others.isEmpty {
            lines.append("")
            lines.append(heading("records"))
            for record in others {
                lines.append(
                    "  \(RecordText.title(record.kind)): \(RecordText.value(record, unit: unit)) on \(day(record.entry.set.performedAt))"
                )
            }
        }
        let trends = self.trends(stats, unit: unit)
        if !trends.isEmpty {
            lines.append("")
            lines += trends
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `6 sessions, 18 sets (4 warm-up sets not counted), 150 reps, volume 10450 kg, …`
    static func totals(_ stats: ExerciseStats, unit: WeightUnit) -> [String] {
        var parts = [
            plural(stats.sessions, "session"),
            plural(stats.sets, "set")
                + (stats.warmupSets > 0 ? " (\(plural(stats.warmupSets, "warm-up set")) not counted)" : ""),
        ]
        if stats.reps > 0 { parts.append(plural(stats.reps, "rep")) }
        if stats.volumeKg > 0 { parts.append("volume \(volume(stats.volumeKg, unit: unit))") }
        if stats.durationS > 0 { parts.append("time \(DurationInput.format(stats.durationS))") }
        if stats.distanceM > 0 { parts.append("distance \(DistanceInput.format(stats.distanceM))") }
        return parts
    }

    /// The weekly trends that fit the exercise's measure, as sparklines over the latest weeks.
    static func trends(_ stats: ExerciseStats, unit: WeightUnit) -> [String] {
        let weeks = Array(stats.weeks.suffix(trendWeeks))
        guard let first = weeks.first, let last = weeks.last, let measure = stats.measure else { return [] }
        let span = first == last ? first.week.label : "\(first.week.label) to \(last.week.label)"
        func line(_ label: String, _ values: [Double?], floor: Double?, format: (Double) -> String) -> String {
            let present = values.compactMap { $0 }
            let range = present.min().map { low in "\(format(low)) to \(format(present.max() ?? low))" } ?? "none"
            return label.padding(toLength: 16, withPad: " ", startingAt: 0) + Sparkline.render(values, floor: floor)
                + "  " + range
        }
        let nonZero = { (value: Double) -> Double? in value > 0 ? value : nil }
        var lines = ["by week, \(span)"]
        switch measure {
        case .load:
            lines.append(line("volume", weeks.map { nonZero($0.volumeKg) }, floor: 0) { volume($0, unit: unit) })
            lines.append(line("e1RM", weeks.map(\.bestOneRepMaxKg), floor: nil) { RecordText.converted($0, to: unit) })
        case .reps:
            lines.append(line("reps", weeks.map { nonZero(Double($0.reps)) }, floor: 0) { NumberText.plain($0) })
            lines.append(
                line("most reps", weeks.map { $0.mostReps.map(Double.init) }, floor: nil) { NumberText.plain($0) })
        case .distance:
            lines.append(line("distance", weeks.map { nonZero($0.distanceM) }, floor: 0, format: DistanceInput.format))
            lines.append(line("longest", weeks.map(\.longestDistanceM), floor: nil, format: DistanceInput.format))
        case .hold:
            lines.append(line("time", weeks.map { nonZero($0.durationS) }, floor: 0, format: DurationInput.format))
            lines.append(line("longest hold", weeks.map(\.longestHoldS), floor: nil, format: DurationInput.format))
        }
        return lines
    }

    /// `wlog prs` as a table: one row per record, the exercise named on its first row.
    public static func records(_ records: [PersonalRecord], unit: WeightUnit, timeZone: TimeZone) -> Tabular {
        var previous: Int64?
        return Tabular(
            headers: ["exercise", "record", "best", "set", "date"],
            rows: records.map { record in
                let name = record.entry.set.exerciseId == previous ? "" : record.entry.exercise
                previous = record.entry.set.exerciseId
                return [
                    name, RecordText.title(record.kind), RecordText.value(record, unit: unit),
                    SetSummary.compact([record.entry.set]),
                    TrainingDay(containing: record.entry.set.performedAt, timeZone: timeZone).text,
                ]
            })
    }

    /// `wlog summary` for a terminal.
    public static func summary(
        _ summary: TrainingSummary, unit: WeightUnit, timeZone: TimeZone, heading: (String) -> String = { $0 }
    ) -> String {
        let from = TrainingDay(containing: summary.from, timeZone: timeZone).text
        let to = TrainingDay(containing: summary.until.addingTimeInterval(-1), timeZone: timeZone).text
        var lines = [heading("\(from) to \(to)")]
        var totals = [
            plural(summary.trainingDays, "training day"), plural(summary.sessions, "session"),
            plural(summary.sets, "set")
                + (summary.warmupSets > 0 ? " (\(plural(summary.warmupSets, "warm-up set")) not counted)" : ""),
        ]
        if summary.reps > 0 { totals.append(plural(summary.reps, "rep")) }
        if summary.volumeKg > 0 { totals.append("volume \(volume(summary.volumeKg, unit: unit))") }
        if summary.durationS > 0 { totals.append("time \(DurationInput.format(summary.durationS))") }
        if summary.distanceM > 0 { totals.append("distance \(DistanceInput.format(summary.distanceM))") }
        lines.append(totals.joined(separator: ", "))
        lines.append(
            "streak: \(plural(summary.dayStreak.current, "day")) now, longest \(plural(summary.dayStreak.longest, "day")); "
                + "\(plural(summary.weekStreak.current, "week")) now, longest \(plural(summary.weekStreak.longest, "week"))"
        )
        if let place = summary.program { lines.append("program: " + ProgramDiagnostic.terminalSafe(place.text)) }
        if !summary.muscles.isEmpty {
            lines.append("")
            lines.append(heading("sets per muscle group"))
            lines.append(
                Tabular(headers: ["muscle", "sets"], rows: summary.muscles.map { [$0.muscle, String($0.sets)] }).table()
                    .trimmingTrailingNewline())
        }
        if !summary.exercises.isEmpty {
            lines.append("")
            lines.append(heading("sets per exercise"))
            lines.append(
                Tabular(headers: ["exercise", "sets"], rows: summary.exercises.map { [$0.exercise, String($0.sets)] })
                    .table().trimmingTrailingNewline())
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A volume in `unit`, to the whole number: `10450 kg`.
    static func volume(_ kilograms: Double, unit: WeightUnit) -> String {
        "\(NumberText.plain((kilograms / unit.kilograms).rounded())) \(unit.rawValue)"
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}

extension String {
    func trimmingTrailingNewline() -> String {
        hasSuffix("\n") ? String(dropLast()) : self
    }
}
