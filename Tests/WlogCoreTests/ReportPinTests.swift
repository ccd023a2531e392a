import Foundation
import Testing

@testable import WlogCore

/// The report of a varied log longer than its charts, pinned as it was before the report read
/// its totals from `exercise_log_totals`: the HTML page byte for byte, and its figures as JSON
/// (amounts to six decimals, as no page shows more). A missing pin is written where it belongs
/// and the test fails, so that a new pin is always looked at before it is committed.
@Suite final class ReportPinTests {
    let database: AppDatabase
    let folder: URL
    static let start = InsightFixture.time("2025-02-03T17:00:00Z")
    static let now = InsightFixture.time("2026-06-18T12:00:00Z")
    static let pins = TestSupport.repository.appendingPathComponent("Tests/Fixtures/report")

    /// A session every three days for 70 weeks (Berlin time, across summer time): bench press
    /// with warm-ups, kg, lb and drop sets, pull-ups with and without added load, planks and
    /// farmer's walks; deadlifts only in the first months, back squats only in the last ones.
    init() throws {
        let (database, path) = try TestSupport.temporaryDatabase()
        (self.database, folder) = (database, path.deletingLastPathComponent())
        _ = try DocumentImporter(database: database).run(ImportSource.seeds())
        var generator = SeededGenerator(seed: 18)
        for day in stride(from: 0, to: 490, by: 3) {
            let time = Self.start.addingTimeInterval(Double(day) * 86400)
            let reps = Int.random(in: 1...14, using: &generator)
            var plan: [(String, RecordRequest)] = [
                ("bench-press", RecordRequest(reps: "10", weight: "40", warmup: true)),
                (
                    "bench-press",
                    RecordRequest(
                        sets: 3, reps: "\(reps)", weight: "\(Double(Int.random(in: 200...400, using: &generator)) / 4)")
                ),
                (
                    "bench-press",
                    RecordRequest(
                        reps: "\(reps + 2)", weight: "\(Int.random(in: 100...200, using: &generator))lb", kind: .drop)
                ),
                (
                    "pull-up",
                    RecordRequest(
                        reps: "\(Int.random(in: 3...15, using: &generator))",
                        weight: day % 4 == 0 ? "bw" : "bw+\(day % 20)kg")
                ),
                ("plank", RecordRequest(duration: "\(Int.random(in: 20...150, using: &generator))s")),
                (
                    "farmers-walk",
                    RecordRequest(
                        weight: "24", distance: "\(Double(Int.random(in: 200...600, using: &generator)) / 10)m")
                ),
            ]
            if day < 120 {
                plan.append(("deadlift", RecordRequest(sets: 2, reps: "3", weight: "\(120 + day / 3)")))
            }
            if day > 400 {
                plan.append(
                    (
                        "back-squat",
                        RecordRequest(reps: "5", weight: "\(60 + day / 10)", kind: day % 9 == 0 ? .failure : .working)
                    ))
            }
            try InsightFixture.record(plan, at: time, in: database)
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    @Test(arguments: [nil, "2026-01-10T00:00:00Z"])
    func theReportIsAsPinned(since: String?) throws {
        let report = try InsightStore(database: database).report(
            since: since.map(InsightFixture.time), now: Self.now, timeZone: InsightFixture.berlin)
        let name = since == nil ? "whole-log" : "since-2026-01-10"
        try Self.expectPinned(ReportPage.html(report), as: "\(name).html")
        try Self.expectPinned(Self.figures(of: report), as: "\(name).json")
    }

    /// Compares `text` with the pin `name`, writing the pin (and failing) when there is none.
    static func expectPinned(_ text: String, as name: String) throws {
        let pin = pins.appendingPathComponent(name)
        guard let pinned = try? String(contentsOf: pin, encoding: .utf8) else {
            try FileManager.default.createDirectory(at: pins, withIntermediateDirectories: true)
            try text.write(to: pin, atomically: true, encoding: .utf8)
            Issue.record("no pin \(name): written, look at it before committing it")
            return
        }
        #expect(pinned == text, "\(name) differs from its pin")
    }

    /// The report's figures as JSON with sorted keys.
    static func figures(of report: TrainingReport) throws -> String {
        func amount(_ value: Double?) -> Any { value.map { String(format: "%.6f", $0) } ?? NSNull() }
        func time(_ value: Date?) -> Any { value.map { ISO8601DateFormatter().string(from: $0) } ?? NSNull() }
        let exercises: [[String: Any]] = report.exercises.map { stats in
            [
                "slug": stats.slug, "sets": stats.sets, "warmupSets": stats.warmupSets, "reps": stats.reps,
                "volumeKg": amount(stats.volumeKg), "durationS": amount(stats.durationS),
                "distanceM": amount(stats.distanceM), "sessions": stats.sessions, "firstAt": time(stats.firstAt),
                "lastAt": time(stats.lastAt), "measure": stats.measure.map { "\($0)" } ?? NSNull(),
                "oneRepMax": amount(stats.oneRepMax?.estimate.epley), "records": stats.records.count,
                "weeks": stats.weeks.map { week -> [String: Any] in
                    [
                        "start": time(week.week.start), "sets": week.sets, "reps": week.reps,
                        "volumeKg": amount(week.volumeKg), "durationS": amount(week.durationS),
                        "distanceM": amount(week.distanceM), "best": amount(week.bestOneRepMaxKg),
                        "mostReps": week.mostReps ?? NSNull(), "hold": amount(week.longestHoldS),
                        "distance": amount(week.longestDistanceM),
                    ]
                },
            ]
        }
        let summary = report.summary
        let object: [String: Any] = [
            "exercises": exercises, "records": report.records.count,
            "setsPerDay": report.setsPerDay.values.reduce(0, +), "trainingDays": report.setsPerDay.count,
            "summary": [
                "sessions": summary.sessions, "sets": summary.sets, "warmupSets": summary.warmupSets,
                "reps": summary.reps, "volumeKg": amount(summary.volumeKg), "durationS": amount(summary.durationS),
                "distanceM": amount(summary.distanceM), "trainingDays": summary.trainingDays,
                "dayStreak": [summary.dayStreak.current, summary.dayStreak.longest],
                "weekStreak": [summary.weekStreak.current, summary.weekStreak.longest],
                "muscles": summary.muscles.map { "\($0.muscle) \($0.sets)" },
            ],
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
