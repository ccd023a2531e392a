import Foundation

@testable import WlogCore

/// Logged sets written by hand for the insight tests: times in UTC, weights as typed.
enum InsightFixture {
    static let berlin = TimeZone(identifier: "Europe/Berlin") ?? .current

    /// `2026-11-02T18:00:00Z` as a date; the Unix epoch for text that is not one.
    static func time(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text) ?? Date(timeIntervalSince1970: 0)
    }

    static func kg(_ amount: Double) -> WeightInput { WeightInput(bodyweight: false, amount: amount, unit: .kg) }
    static func lb(_ amount: Double) -> WeightInput { WeightInput(bodyweight: false, amount: amount, unit: .lb) }
    static func bodyweight(plus amount: Double? = nil) -> WeightInput {
        WeightInput(bodyweight: true, amount: amount, unit: .kg)
    }

    /// One set of exercise 1 (`Bench Press`) unless told otherwise.
    static func entry(
        _ id: Int64, _ time: String, reps: Int? = nil, weight: WeightInput? = nil, duration: Double? = nil,
        distance: Double? = nil, kind: SetKind = .working, session: Int64 = 1,
        exercise: (id: Int64, slug: String, name: String) = (1, "bench-press", "Bench Press")
    ) -> HistoryEntry {
        var set = LoggedSet(
            id: id, sessionId: session, exerciseId: exercise.id, batchId: nil, performedAt: Self.time(time),
            setNumber: 1,
            reps: reps, weightKg: nil, weightUnit: .kg, bodyweight: false, durationS: duration, distanceM: distance,
            rpe: nil, rir: nil, kind: kind, note: nil, createdAt: Self.time(time))
        set.setWeight(weight)
        return HistoryEntry(set: set, slug: exercise.slug, exercise: exercise.name)
    }

    /// Records one session's plan through the log, a set of exercises five minutes apart from `time`.
    static func record(_ plan: [(String, RecordRequest)], at time: Date, in database: AppDatabase) throws {
        let log = WorkoutLog(database: database)
        let lookup = ExerciseStore(database: database)
        for (offset, (slug, request)) in plan.enumerated() {
            let at = time.addingTimeInterval(Double(offset) * 300)
            _ = try log.record(
                try RecordPlan.make(request, settings: LogSettings(), now: at), exercise: try lookup.resolve(slug),
                now: at)
        }
    }
}
