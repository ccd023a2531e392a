import Foundation
import GRDB
import Testing

@testable import WlogCore

/// A log of one-set sessions on chosen days before a fixed `now`, for the streak memo's tests,
/// with the streaks read three ways: by `summary`, through the memo alone, and by the full walk
/// over every session start (what the memo must always equal).
struct StreakLog {
    static let berlin = TimeZone(identifier: "Europe/Berlin") ?? .current
    static let tokyo = TimeZone(identifier: "Asia/Tokyo") ?? .current
    /// A Thursday, 13:00 in Berlin.
    static let thursday = InsightFixture.time("2026-11-12T12:00:00Z")

    let database: AppDatabase
    let folder: URL
    let insight: InsightStore
    let log: WorkoutLog
    var now: Date

    /// A new log with a set of bench press `daysAgo` days before `now`, at `hour` UTC of that day
    /// (sessions of whole days before `now` keep its time).
    init(now: Date = thursday, daysAgo: [Int] = [], hour: Double = 8) throws {
        let (database, path) = try TestSupport.temporaryDatabase()
        (self.database, folder, self.now) = (database, path.deletingLastPathComponent(), now)
        insight = InsightStore(database: database)
        log = WorkoutLog(database: database)
        _ = try DocumentImporter(database: database).run(ImportSource.seeds())
        for days in daysAgo { try record(at: day(days, hour: hour)) }
    }

    /// `hour` UTC on the day `daysAgo` days before `now`'s UTC day.
    func day(_ daysAgo: Int, hour: Double = 8) -> Date {
        let midnight = (now.timeIntervalSince1970 / 86400).rounded(.down) * 86400
        return Date(timeIntervalSince1970: midnight - Double(daysAgo) * 86400 + hour * 3600)
    }

    /// Records one set of bench press done at `time`, as `record` does at that moment.
    @discardableResult
    func record(at time: Date, exercise: String = "bench-press") throws -> Int64 {
        let found = try ExerciseStore(database: database).resolve(exercise)
        let result = try log.record(
            try RecordPlan.make(RecordRequest(reps: "5", weight: "50"), settings: LogSettings(), now: time),
            exercise: found, now: time)
        return try #require(result.entries.first?.set.id)
    }

    /// The streaks `summary` shows for this week in `zone`.
    func summary(_ zone: TimeZone = berlin) throws -> TrainingStreaks {
        let summary = try insight.summary(of: .week, now: now, timeZone: zone)
        return TrainingStreaks(days: summary.dayStreak, weeks: summary.weekStreak)
    }

    /// The streaks of every session start up to `asOf`, walked as a whole.
    func fullWalk(_ zone: TimeZone = berlin, asOf: Date? = nil) throws -> TrainingStreaks {
        let asOf = asOf ?? now
        let streaks = Streaks.daysAndWeeks(of: try insight.sessionStarts(through: asOf), asOf: asOf, timeZone: zone)
        return TrainingStreaks(days: streaks.days, weeks: streaks.weeks)
    }

    /// The memo kept for `zone`, if any.
    func memo(_ zone: TimeZone = berlin) throws -> StreakMemo? {
        try database.writer.read { db in try StreakMemo.fetch(timeZone: zone.identifier, in: db) }
    }

    /// A reading of the streaks inside one read transaction (it stores nothing).
    func reading(_ zone: TimeZone = berlin, asOf: Date? = nil) throws -> InsightStore.StreakReading {
        try database.writer.read { db in
            try InsightStore.streakReading(asOf: asOf ?? now, timeZone: zone, in: db)
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
