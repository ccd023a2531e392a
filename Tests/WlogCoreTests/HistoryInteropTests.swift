import Foundation
import GRDB
import Testing

@testable import WlogCore

/// Issue 10, items 3, 4, 5 and 22: exports keep the sessions' fields, every Strong header variant
/// is read, an export goes back into its own database as nothing new, and converted weights are
/// rounded to the precision they were typed in.
@Suite struct HistoryInteropTests {
    let berlin = TimeZone(identifier: "Europe/Berlin") ?? .current
    let start = Date(timeIntervalSince1970: 1_795_000_000)

    func importing(_ text: String, into database: AppDatabase, path: String = "in.csv", unit: WeightUnit = .kg) throws
        -> HistoryImportSummary
    {
        try WorkoutLog(database: database).importHistory(
            data: Data(text.utf8), path: path, options: .init(strongUnit: unit, timeZone: berlin))
    }

    /// Every column of every session and set the log owns, except ids, creation times and import keys.
    func everything(_ database: AppDatabase) throws -> [String] {
        try WorkoutLog(database: database).sessions().flatMap { summary -> [String] in
            let session = summary.session
            let sets = try WorkoutLog(database: database).history().filter { $0.set.sessionId == session.id }.map {
                entry in
                let set = entry.set
                return
                    "  \(entry.slug)|\(set.performedAt)|\(set.setNumber)|\(set.reps ?? 0)|\(set.weightKg ?? -1)|\(set.weightUnit)|\(set.bodyweight)|"
                    + "\(set.durationS ?? 0)|\(set.distanceM ?? 0)|\(set.rpe ?? 0)|\(set.rir ?? -1)|\(set.kind)|\(set.note ?? "-")"
            }
            return [
                "\(session.name ?? "-")|\(session.note ?? "-")|\(session.startedAt)|\(session.finishedAt.map { "\($0)" } ?? "-")"
            ] + sets.sorted()
        }.sorted()
    }

    /// Two sessions: one named, with a note, started before its first set and finished an hour later.
    func loggedSessions() throws -> AppDatabase {
        let database = try HistoryRoundTripTests.fresh()
        let log = WorkoutLog(database: database)
        let lookup = ExerciseStore(database: database)
        _ = try log.startSession(name: "Push, heavy", at: start)
        _ = try log.noteLatestSession("Slept well,\n\"felt strong\"")
        for (offset, request) in [
            (120.0, RecordRequest(reps: "5,5", weight: "285lb")),
            (900, RecordRequest(reps: "8", weight: "bw+10kg", rir: "1")),
        ] {
            let at = start.addingTimeInterval(offset)
            let slug = request.rir == nil ? "bench-press" : "pull-up"
            _ = try log.record(
                try RecordPlan.make(request, settings: LogSettings(), now: at), exercise: try lookup.resolve(slug),
                now: at)
        }
        _ = try log.finishSession(now: start.addingTimeInterval(3900))
        let later = start.addingTimeInterval(86400)
        _ = try log.record(
            try RecordPlan.make(RecordRequest(duration: "45s", kind: .warmup), settings: LogSettings(), now: later),
            exercise: try lookup.resolve("plank"), now: later)
        return database
    }

    @Test(arguments: [HistoryExportFormat.csv, .json])
    func exportsKeepEveryFieldOfTheSessions(format: HistoryExportFormat) throws {
        let original = try loggedSessions()
        let exported = try WorkoutLog(database: original).exportHistory(format: format, timeZone: berlin)
        for field in WlogWriter.sessionFields { #expect(exported.text.contains(field)) }
        let copy = try HistoryRoundTripTests.fresh()
        let summary = try importing(exported.text, into: copy, path: "h.\(format.rawValue)")
        #expect(summary.addedSets == 4 && summary.addedSessions == 2)
        #expect(try everything(copy) == everything(original))
        #expect(
            try WorkoutLog(database: copy).sessions().contains { $0.duration == 3900 },
            "the 1h05 session keeps its length")
        #expect(try importing(exported.text, into: original).addedSets == 0)
    }

    @Test func olderFilesWithoutSessionFieldsStillImport() throws {
        let original = try loggedSessions()
        let lines = try WorkoutLog(database: original).exportHistory(format: .csv, timeZone: berlin).text.split(
            separator: "\n", omittingEmptySubsequences: false)
        let header = lines[0].split(separator: ",").prefix(ExportedSet.fields.count).joined(separator: ",")
        #expect(header == ExportedSet.fields.joined(separator: ","))
        let copy = try HistoryRoundTripTests.fresh()
        let sets = try WorkoutLog(database: original).history().sorted {
            ($0.set.performedAt, $0.set.id ?? 0) < ($1.set.performedAt, $1.set.id ?? 0)
        }
        let rows = sets.map { CSVLine.text(ExportedSet($0, timeZone: berlin).csvCells) }
        #expect(try importing(([header] + rows).joined(separator: "\n") + "\n", into: copy).addedSets == 4)
    }

    @Test func theExportStreamsSetsInTimeOrderFromAnIndex() throws {
        let database = try loggedSessions()
        let plan = try database.writer.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + WorkoutLog.exportRowsSQL(HistoryFilter())).map {
                $0["detail"] as String
            }
        }
        #expect(plan.first == "SCAN s USING INDEX logged_set_by_time", "\(plan)")
        #expect(!plan.contains("USE TEMP B-TREE FOR ORDER BY"), "\(plan)")
    }
}
