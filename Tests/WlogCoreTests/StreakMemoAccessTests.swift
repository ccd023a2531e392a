import Foundation
import GRDB
import Testing

@testable import WlogCore

/// Who writes the streak memo, and when it may not: `summary` stores it only when that costs no
/// wait, and never fails for it (another writer, a write since its snapshot, a read-only file);
/// the memo goes with the database (upgrade, local days across a change of the clock).
@Suite final class StreakMemoAccessTests {
    typealias L = StreakLog
    var log: StreakLog

    init() throws {
        log = try StreakLog(daysAgo: [30, 29, 28, 20, 2, 1, 0])
    }

    deinit {
        log.remove()
    }

    @Test func anotherWritersLockIsNotWaitedFor() throws {
        let other = try DatabaseQueue(path: log.database.path)
        try other.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(sql: "INSERT INTO setting (key, value) VALUES ('unit', 'lb')")
            let started = Date()
            #expect(try log.summary() == (try log.fullWalk()))
            #expect(Date().timeIntervalSince(started) < 5, "summary waited for the writer")
            try db.execute(sql: "ROLLBACK")
        }
        #expect(try log.memo() == nil)
        #expect(try log.summary() == (try log.fullWalk()))
        #expect(try log.memo() != nil)
    }

    @Test func aWriteSinceTheSnapshotKeepsTheMemoOut() throws {
        let other = try DatabaseQueue(path: log.database.path)
        let streaks = try log.insight.readKeepingStreakMemo { db in
            let reading = try InsightStore.streakReading(asOf: log.now, timeZone: L.berlin, in: db)
            // Another process records into the past after this snapshot was taken.
            let session = try other.write { db in
                try db.execute(
                    sql: "INSERT INTO workout_session (started_at, created_at) VALUES (?, ?)",
                    arguments: [log.day(31), log.now])
                return db.lastInsertedRowID
            }
            try other.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO logged_set (session_id, exercise_id, performed_at, set_number, reps, created_at)
                        SELECT ?, id, ?, 1, 5, ? FROM exercise WHERE slug = 'bench-press'
                        """, arguments: [session, log.day(31), log.now])
            }
            #expect(reading.memo != nil)
            return (reading.streaks, reading.memo)
        }
        #expect(streaks.days.longest == 3)
        #expect(try log.memo() == nil, "a memo of the old snapshot was stored")
        let after = try log.summary()
        #expect(after.days.longest == 4)
        #expect(try after == log.fullWalk())
    }

    @Test func aReadOnlyDatabaseGivesTheSameFigures() throws {
        var configuration = AppDatabase.makeConfiguration()
        configuration.readonly = true
        let readOnly = try AppDatabase(writer: try DatabaseQueue(path: log.database.path, configuration: configuration))
        let summary = try InsightStore(database: readOnly).summary(of: .week, now: log.now, timeZone: L.berlin)
        #expect(TrainingStreaks(days: summary.dayStreak, weeks: summary.weekStreak) == (try log.fullWalk()))
        #expect(try log.memo() == nil)
    }

    @Test func localDaysAroundAChangeOfTheClock() throws {
        // Berlin's clocks went forward on 2026-03-29 and back on 2026-10-25: sessions at 23:30
        // and 00:30 local time on either side, a gap on the day after each change.
        var dst = try StreakLog(now: InsightFixture.time("2026-12-01T12:00:00Z"))
        defer { dst.remove() }
        for (day, gap) in [("2026-03-", 30), ("2026-10-", 26)] {
            for date in 18...31 where date != gap {
                let late = try #require(
                    try? TimeExpression.parse(
                        "\(day)\(date) \(date % 3 == 0 ? "00:30" : "23:30")", now: dst.now, timeZone: L.berlin))
                try dst.record(at: late)
            }
        }
        // Memos whose moments (14 days back) fall on every side of both changes: fresh ones on
        // even steps, and on odd steps the walk goes on from the one before.
        for start in ["2026-04-01T00:00:00Z", "2026-11-01T00:00:00Z"] {
            for step in 0..<68 {
                dst.now = InsightFixture.time(start).addingTimeInterval(Double(step) * 5 * 3600)
                if step % 2 == 0 {
                    try dst.database.writer.write { db in try db.execute(sql: "DELETE FROM streak_memo") }
                }
                for zone in [L.berlin, L.tokyo] {
                    let expected = try dst.fullWalk(zone)
                    #expect(try dst.insight.streaks(asOf: dst.now, timeZone: zone) == expected, "\(dst.now) \(zone)")
                    #expect(try dst.reading(zone).streaks == expected, "\(dst.now) in \(zone.identifier)")
                }
            }
        }
        #expect(try dst.memo(L.berlin) != nil)
        #expect(try dst.memo(L.tokyo) != nil)
    }

    @Test func aDatabaseFromBefore0012GainsTheMemoAndItsTriggers() throws {
        let path = try UpgradeFixture.before0009.copy()
        defer { try? FileManager.default.removeItem(at: path.deletingLastPathComponent()) }
        let database = try AppDatabase(path: path.path)
        let triggers = try database.writer.read { db in
            try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'streak_memo%'")
        }
        #expect(triggers.count == 5)
        let insight = InsightStore(database: database)
        let starts = try insight.sessionStarts(through: .distantFuture)
        #expect(starts.count >= 10)
        let now = try #require(starts.first).addingTimeInterval(3600)
        let expected = Streaks.daysAndWeeks(of: starts, asOf: now, timeZone: L.berlin)
        for _ in 0..<2 {
            let summary = try insight.summary(of: .month, now: now, timeZone: L.berlin)
            #expect(summary.dayStreak == expected.days && summary.weekStreak == expected.weeks)
        }
        #expect(try database.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM streak_memo") } == 1)
    }

    @Test func theWalkAndTheTriggersReadIndexes() throws {
        let plan = { (sql: String, arguments: StatementArguments) in
            try self.log.database.writer.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map {
                    $0["detail"] as String
                }
            }
        }
        let walk = try plan(StreakMemo.startsSQL, ["", Date()])
        #expect(
            walk.contains { $0.contains("INDEX workout_session_by_start (started_at>? AND started_at<?)") },
            "\(walk)")
        #expect(
            walk.contains { $0.contains("logged_set_by_session (session_id=?)") }
                && !walk.contains { $0.hasPrefix("SCAN") && !$0.contains("INDEX") }, "\(walk)")
        // The insert trigger's condition, with the set's session bound: no scan of the sessions
        // (a Bloom filter over them was built per set when the condition joined the two tables).
        let condition = try plan(
            """
            SELECT EXISTS (SELECT 1 FROM streak_memo)
                AND (SELECT started_at FROM workout_session WHERE id = ?)
                    <= (SELECT max(covers_through) FROM streak_memo)
            """, [1])
        #expect(
            condition.contains { $0.contains("SEARCH workout_session USING INTEGER PRIMARY KEY (rowid=?)") }
                && !condition.contains { $0.contains("BLOOM") || $0.hasPrefix("SCAN workout_session") }, "\(condition)")
        let trigger = try log.database.writer.read { db in
            try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'streak_memo_after_set_insert'")
        }
        #expect(
            trigger?.contains(
                "(SELECT started_at FROM workout_session WHERE id = NEW.session_id)\n        <= (SELECT max(covers_through) FROM streak_memo)"
            ) == true,
            "the trigger's condition is the one planned")
    }
}
