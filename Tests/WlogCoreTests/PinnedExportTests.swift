import Foundation
import GRDB
import Testing

@testable import WlogCore

/// Pins the exact bytes of `export history` for a small log that holds every awkward value: the
/// output of all three formats, in four time zones, in both units and under every filter, must
/// stay what `Tests/Fixtures/export/pinned-exports.txt` holds. Set `WLOG_WRITE_PINNED_EXPORTS=1`
/// to rewrite that file from today's output (the test then fails, so a rewrite is never silent).
@Suite struct PinnedExportTests {
    static let pinned = TestSupport.repository.appendingPathComponent("Tests/Fixtures/export/pinned-exports.txt")

    /// Sessions across daylight-saving changes, before 1970, with formula-like names and notes,
    /// times with and without milliseconds, one unfinished; sets of every kind and unit with
    /// notes holding quotes, line breaks, control characters and formula starts.
    static func log() throws -> AppDatabase {
        let database = try SeededStore.database()
        _ = try ExerciseStore(database: database).addCustom(name: "@Zercher, \"Squat\"", equipment: "barbell")
        try database.writer.write { db in
            let sessions: [(String?, String?, String, String?)] = [
                ("Push, \"heavy\"", "=cmd|calc", "2026-03-29 00:30:00.000", "2026-03-29 02:05:30.500"),
                (nil, nil, "2026-10-25 00:59:59.999", nil),
                ("-5", "+1\ttab", "2025-12-31 23:59:59.000", "2026-01-01 01:00:00.250"),
                ("Leap", "line\r\nbreak", "2024-02-29 12:00:00", "2024-02-29T13:00:00.123"),
                ("Old", "'=quoted", "1969-12-31 23:59:59.500", "1970-01-01 00:10:00.000"),
                ("Summer", "Ü😀 back\\slash", "2026-06-01 08:00:59.999", "2026-06-01 08:00:59.999"),
                ("Moscow before", nil, "2014-10-20 10:00:00.000", nil),
                ("Moscow after", nil, "2014-10-30 10:00:00.000", "2014-10-30 11:00:00.000"),
            ]
            for (name, note, start, finish) in sessions {
                try db.execute(
                    sql: """
                        INSERT INTO workout_session (name, note, started_at, finished_at, created_at)
                        VALUES (?, ?, ?, ?, '2026-01-01 00:00:00.000')
                        """, arguments: [name, note, start, finish])
            }
            // session, slug, at, number, reps, kg, unit, bodyweight, seconds, metres, rpe, rir, kind, note
            let sets:
                [(
                    Int, String, String, Int, Int?, Double?, String, Int, Double?, Double?, Double?, Int?, String,
                    String?
                )] = [
                    (
                        1, "bench-press", "2026-03-29 00:31:00.000", 1, 12, 40.8233133, "lb", 0, nil, nil, 8, nil,
                        "warmup", "slow, \"paused\"\nleft"
                    ),
                    (
                        1, "bench-press", "2026-03-29 01:00:00.000", 2, 10, 43.0912, "lb", 0, nil, nil, 8.5, 2,
                        "working", "=SUM(A1)"
                    ),
                    (
                        1, "bench-press", "2026-03-29 01:00:00.000", 3, 8, 102.0625, "kg", 0, nil, nil, nil, nil,
                        "drop", "-12.5"
                    ),
                    (1, "pull-up", "2026-03-29 01:30:00.001", 1, 8, nil, "kg", 1, nil, nil, nil, 0, "working", "-x"),
                    (1, "pull-up", "2026-03-29 01:31:00.000", 2, 6, 10, "kg", 1, nil, nil, 10, nil, "failure", "@x"),
                    (
                        1, "pull-up", "2026-03-29 01:32:00.000", 3, 5, 4.5359237, "lb", 1, nil, nil, nil, nil,
                        "working", "'=x"
                    ),
                    (
                        1, "bench-press", "2026-03-29 01:40:00.000", 4, 1, 1000, "kg", 0, nil, nil, 9.5, nil, "working",
                        "\u{01}ctrl\u{7f}"
                    ),
                    (
                        2, "plank", "2026-10-25 01:00:00.000", 1, nil, nil, "kg", 0, 45.5, nil, nil, nil, "working",
                        "tab\there"
                    ),
                    (
                        2, "plank", "2026-10-25 01:59:59.999", 2, nil, nil, "kg", 0, 90, nil, nil, nil, "working",
                        "\r\nx"
                    ),
                    (
                        2, "farmers-walk", "2026-10-25 02:00:00.000", 1, nil, 32, "kg", 0, 61, 40, nil, nil, "failure",
                        "+"
                    ),
                    (
                        3, "farmers-walk", "2025-12-31 23:58:00.000", 1, nil, 0.001, "kg", 0, nil, 1609.344, nil, nil,
                        "working", nil
                    ),
                    (
                        3, "zercher-squat-barbell", "2026-01-01 00:00:00.000", 1, 5, 0, "kg", 0, nil, 5200, 7, 3,
                        "working", "Ü😀"
                    ),
                    (
                        3, "zercher-squat-barbell", "2026-01-01 00:00:30.000", 2, 5, 60.333333, "kg", 0, 3723, nil, nil,
                        nil, "drop", "back\\slash \"q\""
                    ),
                    (
                        4, "bench-press", "2024-02-29 12:00:01", 1, 3, 99.99999, "kg", 0, nil, nil, nil, nil, "working",
                        ""
                    ),
                    (
                        4, "bench-press", "2024-02-29T12:01:00.123", 2, 3, 0.45359237, "lb", 0, nil, nil, nil, nil,
                        "working", " lead"
                    ),
                    (5, "pull-up", "1969-12-31 23:59:59.500", 1, 1000, nil, "kg", 1, nil, nil, 1, 10, "working", "old"),
                    (5, "plank", "1970-01-01 00:00:00.999", 1, nil, nil, "kg", 0, 0.4, 0.5, nil, nil, "warmup", nil),
                    (
                        6, "bench-press", "2026-06-01 08:00:59.999", 1, 5, 20.41165665, "lb", 0, nil, nil, nil, nil,
                        "working", "="
                    ),
                    (
                        7, "bench-press", "2014-10-20 10:00:00.000", 1, 5, 50, "kg", 0, nil, nil, nil, nil, "working",
                        nil
                    ),
                    (
                        8, "bench-press", "2014-10-30 10:00:00.000", 1, 5, 50, "kg", 0, nil, nil, nil, nil, "working",
                        nil
                    ),
                ]
            for set in sets {
                try db.execute(
                    sql: """
                        INSERT INTO logged_set (session_id, exercise_id, performed_at, set_number, reps, weight_kg,
                          weight_unit, bodyweight, duration_s, distance_m, rpe, rir, kind, note, created_at)
                        VALUES (?, (SELECT id FROM exercise WHERE slug = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                          '2026-01-01 00:00:00.000')
                        """,
                    arguments: [
                        set.0, set.1, set.2, set.3, set.4, set.5, set.6, set.7, set.8, set.9, set.10, set.11, set.12,
                        set.13,
                    ])
            }
        }
        return database
    }

    /// Every pinned export, each under a heading naming how it was made.
    static func exports(_ database: AppDatabase) throws -> String {
        let log = WorkoutLog(database: database)
        var text = ""
        func add(_ title: String, _ export: (text: String, sets: Int)) {
            text += "=== \(title): \(export.sets) sets\n\(export.text)"
        }
        let zones = ["UTC", "Europe/Berlin", "Europe/London", "Europe/Moscow", "America/St_Johns", "Asia/Kathmandu"]
        for zone in zones.compactMap(TimeZone.init(identifier:)) {
            for format in HistoryExportFormat.allCases {
                add("\(format) \(zone.identifier)", try log.exportHistory(format: format, timeZone: zone))
            }
            add("strong lb \(zone.identifier)", try log.exportHistory(format: .strong, unit: .lb, timeZone: zone))
        }
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        let since = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01 00:00:00 UTC
        let until = Date(timeIntervalSince1970: 1_774_746_000)  // 2026-03-29 01:00:00 UTC
        for format in HistoryExportFormat.allCases {
            add(
                "\(format) bench-press",
                try log.exportHistory(exercise: "bench-press", format: format, timeZone: berlin)
            )
            add(
                "\(format) since", try log.exportHistory(HistoryFilter(since: since), format: format, timeZone: berlin))
            add(
                "\(format) since until",
                try log.exportHistory(HistoryFilter(since: since, until: until), format: format, timeZone: berlin))
            add(
                "\(format) plank lb",
                try log.exportHistory(exercise: "Plank", format: format, unit: .lb, timeZone: berlin))
        }
        return text
    }

    @Test func everyExportKeepsItsBytes() throws {
        let actual = try Self.exports(try Self.log())
        if ProcessInfo.processInfo.environment["WLOG_WRITE_PINNED_EXPORTS"] == "1" {
            try FileManager.default.createDirectory(
                at: Self.pinned.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: Self.pinned)
            Issue.record("rewrote \(Self.pinned.path); unset WLOG_WRITE_PINNED_EXPORTS and run again")
            return
        }
        let expected = String(decoding: try Data(contentsOf: Self.pinned), as: UTF8.self)
        let actualSections = actual.components(separatedBy: "=== ")
        let expectedSections = expected.components(separatedBy: "=== ")
        #expect(actualSections.count == expectedSections.count)
        for (got, want) in zip(actualSections, expectedSections) {
            #expect(got == want)
        }
        #expect(actual == expected)
    }

    @Test func progressCountsEverySet() throws {
        let log = WorkoutLog(database: try Self.log())
        var reports: [[Int]] = []
        var text = ""
        let sets = try log.exportHistory(
            format: .csv, progress: { reports.append([$0, $1]) }, write: { text += $0 })
        #expect(sets == 20 && reports.last == [20, 20])
        #expect(text.hasPrefix("id,session_id,performed_at,"))
    }
}
