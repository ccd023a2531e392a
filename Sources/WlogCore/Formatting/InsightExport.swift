import Foundation

/// `stats`, `prs` and `summary` for scripts: JSON with every field (absent ones `null`), and
/// CSV with a header row. Values are canonical: kilograms, reps, seconds, metres.
public enum InsightExport {
    /// The CSV header of `prs`, and the fields of each record in JSON.
    public static let recordFields = [
        "slug", "exercise", "record", "reps", "value", "unit", "set", "set_id", "performed_at",
    ]
    /// The CSV header of `stats` and `summary`: one figure per row.
    public static let figureFields = ["figure", "key", "value", "unit", "date"]

    // MARK: Records

    public static func records(_ records: [PersonalRecord], timeZone: TimeZone) -> JSONValue {
        .array(records.map { record(fields: recordCells($0, timeZone: timeZone)) })
    }

    public static func recordsTable(_ records: [PersonalRecord], timeZone: TimeZone) -> Tabular {
        Tabular(headers: recordFields, rows: records.map { recordCells($0, timeZone: timeZone).map(\.csvText) })
    }

    private static func recordCells(_ record: PersonalRecord, timeZone: TimeZone) -> [JSONValue] {
        [
            .text(record.entry.slug), .text(record.entry.exercise), .text(record.kind.name), .int(record.kind.reps),
            .number(record.value), .text(record.kind.valueUnit), .text(SetSummary.compact([record.entry.set])),
            .int(record.entry.set.id.map(Int.init)), .text(timestamp(record.entry.set.performedAt, timeZone: timeZone)),
        ]
    }

    private static func record(fields: [JSONValue]) -> JSONValue {
        .object(Dictionary(uniqueKeysWithValues: zip(recordFields, fields)))
    }

    // MARK: Stats

    public static func stats(_ stats: ExerciseStats, timeZone: TimeZone) -> JSONValue {
        let estimate: JSONValue =
            stats.oneRepMax.map { best in
                .object([
                    "epley_kg": .number(best.estimate.epley), "brzycki_kg": .number(best.estimate.brzycki),
                    "reps": .int(best.estimate.reps), "reliable": .bool(best.estimate.isReliable),
                    "set": set(best.entry, timeZone: timeZone),
                ])
            } ?? .null
        return .object([
            "slug": .text(stats.slug), "exercise": .text(stats.exercise), "measure": .text(stats.measure?.rawValue),
            "first_at": .text(stats.firstAt.map { timestamp($0, timeZone: timeZone) }),
            "last_at": .text(stats.lastAt.map { timestamp($0, timeZone: timeZone) }),
            "sessions": .int(stats.sessions), "sets": .int(stats.sets), "warmup_sets": .int(stats.warmupSets),
            "reps": .int(stats.reps),
            "volume_kg": .number(stats.volumeKg), "duration_s": .number(stats.durationS),
            "distance_m": .number(stats.distanceM),
            "best_set": stats.bestSet.map { set($0, timeZone: timeZone) } ?? .null,
            "e1rm": estimate,
            "rep_maxes": records(stats.repMaxes, timeZone: timeZone),
            "records": records(stats.records, timeZone: timeZone),
            "weeks": .array(
                stats.weeks.map { week in
                    .object([
                        "week": .text(week.week.label),
                        "start": .text(TrainingDay(containing: week.week.start, timeZone: timeZone).text),
                        "sets": .int(week.sets), "reps": .int(week.reps), "volume_kg": .number(week.volumeKg),
                        "duration_s": .number(week.durationS), "distance_m": .number(week.distanceM),
                        "best_e1rm_kg": .number(week.bestOneRepMaxKg), "most_reps": .int(week.mostReps),
                        "longest_hold_s": .number(week.longestHoldS),
                        "longest_distance_m": .number(week.longestDistanceM),
                    ])
                }),
        ])
    }

    /// One figure per row: totals, the estimate, the records, then each week's figures (keyed by week).
    public static func statsTable(_ stats: ExerciseStats, timeZone: TimeZone) -> Tabular {
        let day = { (entry: HistoryEntry) in TrainingDay(containing: entry.set.performedAt, timeZone: timeZone).text }
        var rows: [[String]] = [
            ["sessions", "", String(stats.sessions), "", ""], ["sets", "", String(stats.sets), "", ""],
            ["warmup_sets", "", String(stats.warmupSets), "", ""], ["reps", "", String(stats.reps), "reps", ""],
            ["volume", "", NumberText.plain(stats.volumeKg), "kg", ""],
            ["duration", "", NumberText.plain(stats.durationS), "s", ""],
            ["distance", "", NumberText.plain(stats.distanceM), "m", ""],
        ]
        if let best = stats.oneRepMax {
            rows.append([
                "e1rm_epley", String(best.estimate.reps), NumberText.plain(best.estimate.epley), "kg", day(best.entry),
            ])
            if let brzycki = best.estimate.brzycki {
                rows.append([
                    "e1rm_brzycki", String(best.estimate.reps), NumberText.plain(brzycki), "kg", day(best.entry),
                ])
            }
        }
        for record in stats.records {
            rows.append([
                record.kind.name, record.kind.reps.map(String.init) ?? "", NumberText.plain(record.value),
                record.kind.valueUnit, day(record.entry),
            ])
        }
        for week in stats.weeks {
            let label = week.week.label
            rows.append(["week_sets", label, String(week.sets), "", ""])
            rows.append(["week_reps", label, String(week.reps), "reps", ""])
            rows.append(["week_volume", label, NumberText.plain(week.volumeKg), "kg", ""])
            if let best = week.bestOneRepMaxKg {
                rows.append(["week_best_e1rm", label, NumberText.plain(best), "kg", ""])
            }
            if let most = week.mostReps { rows.append(["week_most_reps", label, String(most), "reps", ""]) }
            if week.durationS > 0 { rows.append(["week_duration", label, NumberText.plain(week.durationS), "s", ""]) }
            if week.distanceM > 0 { rows.append(["week_distance", label, NumberText.plain(week.distanceM), "m", ""]) }
        }
        return Tabular(headers: figureFields, rows: rows)
    }

    // MARK: Summary

    public static func summary(_ summary: TrainingSummary, timeZone: TimeZone) -> JSONValue {
        .object([
            "from": .text(timestamp(summary.from, timeZone: timeZone)),
            "until": .text(timestamp(summary.until, timeZone: timeZone)),
            "training_days": .int(summary.trainingDays), "sessions": .int(summary.sessions), "sets": .int(summary.sets),
            "warmup_sets": .int(summary.warmupSets), "reps": .int(summary.reps), "volume_kg": .number(summary.volumeKg),
            "duration_s": .number(summary.durationS), "distance_m": .number(summary.distanceM),
            "muscles": .array(summary.muscles.map { .object(["muscle": .text($0.muscle), "sets": .int($0.sets)]) }),
            "exercises": .array(
                summary.exercises.map {
                    .object(["slug": .text($0.slug), "exercise": .text($0.exercise), "sets": .int($0.sets)])
                }),
            "streak_days": .object([
                "current": .int(summary.dayStreak.current), "longest": .int(summary.dayStreak.longest),
            ]),
            "streak_weeks": .object([
                "current": .int(summary.weekStreak.current), "longest": .int(summary.weekStreak.longest),
            ]),
            "program": summary.program.map { place in
                .object([
                    "name": .text(place.program), "week": .int(place.position.week), "day": .int(place.position.day),
                    "week_title": .text(place.weekTitle), "day_title": .text(place.dayTitle),
                ])
            } ?? .null,
        ])
    }

    /// One figure per row: totals, streaks, then sets per muscle and per exercise (keyed by name).
    public static func summaryTable(_ summary: TrainingSummary) -> Tabular {
        var rows: [[String]] = [
            ["training_days", "", String(summary.trainingDays), "days", ""],
            ["sessions", "", String(summary.sessions), "", ""],
            ["sets", "", String(summary.sets), "", ""], ["warmup_sets", "", String(summary.warmupSets), "", ""],
            ["reps", "", String(summary.reps), "reps", ""],
            ["volume", "", NumberText.plain(summary.volumeKg), "kg", ""],
            ["duration", "", NumberText.plain(summary.durationS), "s", ""],
            ["distance", "", NumberText.plain(summary.distanceM), "m", ""],
            ["streak_days_current", "", String(summary.dayStreak.current), "days", ""],
            ["streak_days_longest", "", String(summary.dayStreak.longest), "days", ""],
            ["streak_weeks_current", "", String(summary.weekStreak.current), "weeks", ""],
            ["streak_weeks_longest", "", String(summary.weekStreak.longest), "weeks", ""],
        ]
        rows += summary.muscles.map { ["muscle_sets", $0.muscle, String($0.sets), "", ""] }
        rows += summary.exercises.map { ["exercise_sets", $0.slug, String($0.sets), "", ""] }
        return Tabular(headers: figureFields, rows: rows)
    }

    // MARK: Parts

    private static func set(_ entry: HistoryEntry, timeZone: TimeZone) -> JSONValue {
        .object([
            "set_id": .int(entry.set.id.map(Int.init)),
            "performed_at": .text(timestamp(entry.set.performedAt, timeZone: timeZone)),
            "set": .text(SetSummary.compact([entry.set])),
        ])
    }

    /// ISO 8601 in local time with its offset, as `history` writes times.
    static func timestamp(_ date: Date, timeZone: TimeZone) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = timeZone
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}

extension JSONValue {
    /// The value as a CSV cell: `null` empty, numbers without a needless `.0`.
    var csvText: String {
        switch self {
        case .int(let value): String(value)
        case .number(let value): NumberText.plain(value)
        case .text(let value): value
        case .bool(let value): value ? "true" : "false"
        case .null, .array, .object: ""
        }
    }
}
