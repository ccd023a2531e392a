import Foundation
import GRDB
import Testing

@testable import WlogCore

/// The streak memo: `summary` walks only the sessions after it, and every kind of write that
/// could change the walk before its moment deletes it, so the streaks always equal the full walk.
@Suite final class StreakMemoTests {
    typealias L = StreakLog
    /// Runs of 5, 3 and 2 days in the past (before the memo's moment, 14 days back), and 4 days
    /// up to today.
    var log: StreakLog

    init() throws {
        log = try StreakLog(daysAgo: [60, 59, 58, 57, 56, 40, 39, 38, 20, 19, 3, 2, 1, 0])
    }

    deinit {
        log.remove()
    }

    /// `summary`'s streaks equal the full walk's, and leave a memo behind that the next one uses.
    func expectExact(_ zone: TimeZone = L.berlin, _ comment: Comment? = nil) throws {
        let expected = try log.fullWalk(zone)
        #expect(try log.summary(zone) == expected, comment)
        #expect(try log.memo(zone) != nil, comment)
        #expect(try log.summary(zone) == expected, comment)
        #expect(try log.reading(zone).streaks == expected, comment)
    }

    @Test func summaryWritesTheMemoAndThenWalksOnlyTheNewerSessions() throws {
        #expect(try log.memo() == nil)
        let first = try log.reading()
        #expect(first.sessionsWalked == 14 && first.memo != nil)
        #expect(
            try log.summary() == TrainingStreaks(days: .init(current: 4, longest: 5), weeks: try log.fullWalk().weeks))
        let memo = try #require(try log.memo())
        #expect(memo.coversThrough == log.now.addingTimeInterval(-14 * 86400))
        #expect(memo.walk.lastDay == TrainingDay(containing: log.day(19), timeZone: L.berlin).ordinal)
        #expect(memo.walk.dayRun == 2 && memo.walk.longestDays == 5)
        let second = try log.reading()
        #expect(second.sessionsWalked == 4 && second.memo == nil)
        #expect(second.streaks == first.streaks)
        #expect(try second.streaks == log.fullWalk())
    }

    @Test func theFiguresComeFromTheMemoWhenOneIsKept() throws {
        _ = try log.summary()
        try log.database.writer.write { db in
            try db.execute(sql: "UPDATE streak_memo SET longest_days = 99, longest_weeks = 98")
        }
        // Only a summary that reads the memo can say 99: no run of the log is that long.
        let told = try log.summary()
        #expect(told.days.longest == 99 && told.weeks.longest == 98)
    }

    @Test func aRecordTodayLeavesTheMemo() throws {
        _ = try log.summary()
        let memo = try log.memo()
        try log.record(at: log.now.addingTimeInterval(-60))
        _ = try log.log.record(RecordRequest(reps: "8", weight: "60"), of: "back-squat", now: log.now)
        #expect(try log.memo() == memo && memo != nil)
        try expectExact()
    }

    @Test func aSetRecordedAtAnEarlierTimeAndItsUndoDropTheMemo() throws {
        try expectExact()
        // `record --at`, the day before the run of five: a run of six.
        _ = try log.log.record(
            RecordRequest(reps: "5", weight: "50", at: "2026-09-12 10:00"), of: "bench-press", now: log.now,
            timeZone: L.berlin)
        #expect(try log.memo() == nil)
        try expectExact()
        #expect(try log.summary().days.longest == 6)
        _ = try log.log.undo()
        #expect(try log.memo() == nil)
        try expectExact()
        #expect(try log.summary().days.longest == 5)
    }

    @Test func aSetMovedToAnotherSessionDropsTheMemo() throws {
        try expectExact()
        let lastOfFive = try #require(try log.log.history().first { $0.set.performedAt == log.day(56) })
        // To the day after the run of three: runs of 4 and 4.
        _ = try log.log.editSet(
            id: try #require(lastOfFive.set.id), SetChanges(at: "2026-10-06 10:00"), now: log.now, timeZone: L.berlin)
        #expect(try log.memo() == nil)
        try expectExact()
        #expect(try log.summary().days.longest == 4)
        _ = try log.log.undo()
        #expect(try log.memo() == nil)
        try expectExact()
        #expect(try log.summary().days.longest == 5)
    }

    @Test func aSessionThatStartsEarlierDropsTheMemo() throws {
        try expectExact()
        let old = try #require(try log.log.history().first { $0.set.performedAt == log.day(40) })
        // Half an hour earlier: the same session, which now starts with it.
        _ = try log.log.editSet(
            id: try #require(old.set.id), SetChanges(at: "2026-10-03 09:30"), now: log.now, timeZone: L.berlin)
        #expect(try log.log.history().first { $0.set.id == old.set.id }?.set.sessionId == old.set.sessionId)
        #expect(try log.memo() == nil)
        try expectExact()
    }

    @Test func deletingAnOldSetOrSessionDropsTheMemo() throws {
        try expectExact()
        let sets = try log.log.history()
        let middleOfFive = try #require(sets.first { $0.set.performedAt == log.day(58) })
        _ = try log.log.deleteSet(id: try #require(middleOfFive.set.id), now: log.now)
        #expect(try log.memo() == nil)
        try expectExact()
        #expect(try log.summary().days.longest == 4)
        try expectExact()
        let firstOfThree = try #require(sets.first { $0.set.performedAt == log.day(40) })
        _ = try log.log.deleteSession(id: firstOfThree.set.sessionId, now: log.now)
        #expect(try log.memo() == nil)
        try expectExact()
        _ = try log.log.undo()
        #expect(try log.memo() == nil)
        try expectExact()
    }

    @Test func anImportIntoThePastDropsTheMemo() throws {
        try expectExact()
        let csv = """
            Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
            2026-09-12 18:00:00,Old,1h,Bench Press (Barbell),1,50,5,,,,,
            2026-09-11 18:00:00,Older,1h,Bench Press (Barbell),1,50,5,,,,,

            """
        _ = try log.log.importHistory(
            data: Data(csv.utf8), path: "strong.csv",
            options: HistoryFile.Options(format: .strong, strongUnit: .kg, timeZone: L.berlin), now: log.now)
        #expect(try log.memo() == nil)
        try expectExact()
        #expect(try log.summary().days.longest == 7)
        _ = try log.log.undo()
        try expectExact()
        #expect(try log.summary().days.longest == 5)
    }

    @Test func restoringAnOlderBackupBringsBackItsOwnStreaks() throws {
        try expectExact()
        let backup = log.folder.appendingPathComponent("older.sqlite").path
        try DatabaseMaintenance(database: log.database).backup(to: backup)
        try log.record(at: log.day(61))
        try expectExact()
        #expect(try log.summary().days.longest == 6)
        _ = try DatabaseMaintenance.restore(from: backup, into: log.database.path, now: log.now)
        let restored = InsightStore(database: try AppDatabase(path: log.database.path))
        let summary = try restored.summary(of: .week, now: log.now, timeZone: L.berlin)
        let starts = try restored.sessionStarts(through: log.now)
        let expected = Streaks.daysAndWeeks(of: starts, asOf: log.now, timeZone: L.berlin)
        #expect(summary.dayStreak == expected.days && summary.weekStreak == expected.weeks)
        #expect(summary.dayStreak.longest == 5 && starts.count == 14)
    }

    @Test func eachTimeZoneHasItsOwnMemo() throws {
        // The same moments fall on other local days: 22:30 UTC is after midnight in both zones,
        // 15:30 UTC only in Tokyo; in Berlin these sessions run on, day after day.
        for days in [30, 28, 26, 24] {
            try log.record(at: log.day(days, hour: 22.5))
            try log.record(at: log.day(days - 2, hour: 15.5))
        }
        #expect(try log.fullWalk(L.berlin) != (try log.fullWalk(L.tokyo)))
        try expectExact(L.berlin)
        try expectExact(L.tokyo)
        try log.database.writer.write { db in
            try db.execute(sql: "UPDATE streak_memo SET longest_days = 99 WHERE time_zone = 'Europe/Berlin'")
        }
        #expect(try log.summary(L.tokyo) == (try log.fullWalk(L.tokyo)))
        #expect(try log.summary(L.berlin).days.longest == 99)
        try log.record(at: log.day(70))
        #expect(try log.memo(L.berlin) == nil)
        #expect(try log.memo(L.tokyo) == nil)
        try expectExact(L.tokyo)
        try expectExact(L.berlin)
    }
}
