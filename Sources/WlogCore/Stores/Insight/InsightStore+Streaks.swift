import Foundation
import GRDB

/// The streaks without walking the whole log: the walk goes on from the memo of where it stood
/// weeks ago (`StreakMemo`, kept exact by the triggers of migration 0012), so `summary` reads the
/// sessions of the last weeks, not the log's thousands.
extension InsightStore {
    /// How far behind the moment the streaks are taken at a new memo stops: far enough that the
    /// day's `record`s, undos and edits leave it alone.
    static let memoLag: TimeInterval = 14 * 86400
    /// A memo this much older than a new one would be is written again, so that the sessions
    /// walked after it stay a few weeks' worth.
    static let memoRenewal: TimeInterval = 14 * 86400

    /// What one reading of the streaks found: the streaks, a memo to store when there was none
    /// (or an old one), and how many sessions were walked.
    struct StreakReading {
        var streaks: TrainingStreaks
        var memo: StreakMemo?
        var sessionsWalked: Int
    }

    /// The streaks as of `asOf` in `timeZone`, over the whole log, read in one transaction; a
    /// memo of the walk is stored on the way when that costs no wait (see `readKeepingStreakMemo`).
    public func streaks(asOf: Date, timeZone: TimeZone) throws -> TrainingStreaks {
        try readKeepingStreakMemo { db in
            let reading = try Self.streakReading(asOf: asOf, timeZone: timeZone, in: db)
            return (reading.streaks, reading.memo)
        }
    }

    /// The streaks as of `asOf` in `timeZone`, inside a transaction the caller holds (a read is
    /// enough: this never writes). Equal to `Streaks.daysAndWeeks` of every session start up to
    /// `asOf`, but it reads only the sessions after the memo's moment when a memo is kept.
    static func streaks(asOf: Date, timeZone: TimeZone, in db: Database) throws -> TrainingStreaks {
        try streakReading(asOf: asOf, timeZone: timeZone, in: db).streaks
    }

    static func streakReading(asOf: Date, timeZone: TimeZone, in db: Database) throws -> StreakReading {
        let kept = try StreakMemo.fetch(timeZone: timeZone.identifier, in: db)
        let usable = kept.flatMap { $0.coversThrough <= asOf ? $0 : nil }
        let point = Date(timeIntervalSince1970: (asOf.timeIntervalSince1970 - memoLag).rounded(.down))
        var days = LocalDays(timeZone: timeZone)
        var walk = usable?.walk ?? StreakWalk()
        var walked = 0
        var memo: StreakMemo?
        if let old = usable?.coversThrough, old >= point.addingTimeInterval(-memoRenewal) {
            walked += try StreakMemo.walkStarts(after: old, through: asOf, into: &walk, days: &days, in: db)
        } else {
            walked += try StreakMemo.walkStarts(
                after: usable?.coversThrough, through: point, into: &walk, days: &days, in: db)
            // A memo kept for a later moment than `asOf` stays: this reading is of the past.
            if kept == nil || usable != nil {
                memo = StreakMemo(timeZone: timeZone.identifier, coversThrough: point, walk: walk)
            }
            walked += try StreakMemo.walkStarts(after: point, through: asOf, into: &walk, days: &days, in: db)
        }
        guard walk.isInOrder else {
            // Session starts whose texts do not sort as their moments: walk them all as a set.
            let streaks = Streaks.daysAndWeeks(
                of: try sessionStarts(through: asOf, in: db), asOf: asOf, timeZone: timeZone)
            return StreakReading(
                streaks: TrainingStreaks(days: streaks.days, weeks: streaks.weeks), memo: nil, sessionsWalked: walked)
        }
        let today = TrainingDay(containing: asOf, timeZone: timeZone).ordinal
        return StreakReading(streaks: walk.streaks(today: today), memo: memo, sessionsWalked: walked)
    }

    /// Runs `body` in one deferred transaction (one snapshot of the log for every figure), then
    /// stores the memo it returns in that same transaction, but only if that needs no wait: with
    /// no busy timeout, the write fails at once when another connection holds the write lock or
    /// has written since the snapshot (SQLite refuses to write from an old snapshot), and on a
    /// read-only file. The memo is a cache: then it is simply not stored, and `body`'s value is
    /// returned all the same.
    func readKeepingStreakMemo<T>(_ body: (Database) throws -> (T, StreakMemo?)) throws -> T {
        try database.writeWithoutTransaction { db in
            try db.beginTransaction(.deferred)
            let value: T
            let memo: StreakMemo?
            do {
                (value, memo) = try body(db)
            } catch {
                try? db.rollback()
                throw error
            }
            guard let memo, let timeout = try? Int.fetchOne(db, sql: "PRAGMA busy_timeout") else {
                try? db.rollback()
                return value
            }
            do {
                try db.execute(sql: "PRAGMA busy_timeout = 0")
                try memo.store(in: db)
                try db.commit()
            } catch {
                // Not stored this time: the figures were read all the same.
                try? db.rollback()
            }
            try? db.execute(sql: "PRAGMA busy_timeout = \(timeout)")
            return value
        }
    }
}
