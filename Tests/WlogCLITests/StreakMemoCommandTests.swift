import Foundation
import Testing

/// `summary`'s streaks through the real binary, while it keeps a memo of its walk: after a
/// `record --at` into the past, its undo, an edit that moves a set, and a restore of an older
/// backup, the streaks are those of the log as it is, in either time zone.
@Suite struct StreakMemoCommandTests {
    static let berlin = ["TZ": "Europe/Berlin"]
    static let tokyo = ["TZ": "Asia/Tokyo"]

    /// Noon in Berlin, `daysAgo` days before today, as `--at` takes it.
    static func noon(_ daysAgo: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Berlin") ?? .current
        let day = calendar.date(byAdding: .day, value: -daysAgo, to: Date()) ?? Date()
        let parts = calendar.dateComponents([.year, .month, .day], from: day)
        return String(format: "%04d-%02d-%02d 12:00", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    func run(_ wlog: WlogProcess, _ arguments: String..., environment: [String: String] = berlin) throws {
        let result = try wlog.run(arguments, environment: environment)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
    }

    func record(_ wlog: WlogProcess, daysAgo: Int) throws {
        try run(wlog, "record", "bench", "--reps", "5", "--weight", "50", "--at", Self.noon(daysAgo))
    }

    /// The day streak `summary` shows, as (current, longest).
    func dayStreak(_ wlog: WlogProcess, environment: [String: String] = berlin) throws -> [Int] {
        let result = try wlog.run(["summary", "--format", "json"], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let streak = try #require(summary["streak_days"] as? [String: Any])
        return [try #require(streak["current"] as? Int), try #require(streak["longest"] as? Int)]
    }

    @Test func streaksFollowEveryWriteIntoThePast() throws {
        let wlog = try WorkoutLogCommandTests.seeded()
        // Sets 1 to 5: a run of five days; 6 to 8: three; 9: one; then yesterday's, and today's.
        for daysAgo in [40, 39, 38, 37, 36, 30, 29, 28, 20, 2, 1] { try record(wlog, daysAgo: daysAgo) }
        try run(wlog, "record", "bench", "--reps", "5", "--weight", "50")
        #expect(try dayStreak(wlog) == [3, 5])
        #expect(try dayStreak(wlog) == [3, 5])
        #expect(try dayStreak(wlog, environment: Self.tokyo)[1] == 5)

        try record(wlog, daysAgo: 41)
        #expect(try dayStreak(wlog) == [3, 6])
        #expect(try dayStreak(wlog, environment: Self.tokyo)[1] == 6)
        try run(wlog, "undo")
        #expect(try dayStreak(wlog) == [3, 5])

        // The fifth day of the run moves to the day before the lone one: runs of four and two.
        try run(wlog, "edit", "set", "5", "--at", Self.noon(21))
        #expect(try dayStreak(wlog) == [3, 4])
        #expect(try dayStreak(wlog, environment: Self.tokyo)[1] == 4)

        try run(wlog, "backup", "older.sqlite")
        try record(wlog, daysAgo: 36)
        #expect(try dayStreak(wlog) == [3, 5])
        try run(wlog, "restore", "older.sqlite")
        #expect(try dayStreak(wlog) == [3, 4])
        #expect(try dayStreak(wlog, environment: Self.tokyo)[1] == 4)
    }
}
