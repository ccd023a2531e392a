import Foundation
import Testing

@testable import WlogCore

/// Issue 10, item 7: a time no lifter logged (before 1900, or ahead of the clock) is refused
/// wherever it enters: `record --at`, `edit set --at`, and every history format, at its line.
@Suite struct LoggedTimeBoundsTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)
    let utc = TimeZone(identifier: "UTC") ?? .current

    @Test func theBoundsAre1900AndAFewMinutesAhead() {
        #expect(LoggedTimeBounds.contains(now, now: now))
        #expect(LoggedTimeBounds.contains(now.addingTimeInterval(LoggedTimeBounds.clockSkew), now: now))
        #expect(!LoggedTimeBounds.contains(now.addingTimeInterval(LoggedTimeBounds.clockSkew + 1), now: now))
        #expect(LoggedTimeBounds.contains(LoggedTimeBounds.earliest, now: now))
        #expect(!LoggedTimeBounds.contains(LoggedTimeBounds.earliest.addingTimeInterval(-1), now: now))
        #expect(LoggedTimeBounds.problem(with: .distantPast, now: now) == "before 1900")
        #expect(LoggedTimeBounds.problem(with: .distantFuture, now: now) == "in the future")
    }

    @Test(arguments: ["0026-11-24 18:30", "1899-12-31 23:59", "2300-01-01 10:00", "0001-01-01"])
    func recordAndEditRefuseTimesOutsideTheBounds(at: String) throws {
        #expect(throws: LogInputError.self) {
            try RecordPlan.make(RecordRequest(reps: "5", at: at), settings: LogSettings(), now: now, timeZone: utc)
        }
        var set = try RecordPlan.make(RecordRequest(reps: "5"), settings: LogSettings(), now: now, timeZone: utc).sets[
            0
        ].preview
        let before = set
        #expect(throws: LogInputError.self) {
            try SetChanges(at: at).apply(to: &set, settings: LogSettings(), now: now, timeZone: utc)
        }
        #expect(set == before)
    }

    @Test func recordAtTakesTimesInsideTheBounds() throws {
        let plan = try RecordPlan.make(
            RecordRequest(reps: "5", at: "1900-01-02 10:00"), settings: LogSettings(), now: now, timeZone: utc)
        #expect(plan.performedAt > LoggedTimeBounds.earliest)
    }

    /// The same two bad rows in each format: one in 2300, one in year 1.
    static let badFiles: [(String, [Int])] = [
        (
            """
            Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
            2023-05-01 18:00:00,A,,Plank,1,0,0,0,60,,,
            2300-01-01 18:00:00,B,,Plank,1,0,0,0,60,,,
            0001-01-01 18:00:00,C,,Plank,1,0,0,0,60,,,

            """, [3, 4]
        ),
        (
            """
            "title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"
            "A","1 May 2023, 18:00","1 May 2023, 19:00","","Plank",,"",0,"normal",,,,60,
            "B","1 Jan 2300, 18:00","1 Jan 2300, 19:00","","Plank",,"",0,"normal",,,,60,
            "C","1 Jan 0001, 18:00","1 Jan 0001, 19:00","","Plank",,"",0,"normal",,,,60,

            """, [3, 4]
        ),
        (
            """
            Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time
            2023-05-01,Plank,Abs,,,,,0:01:00
            2300-01-01,Plank,Abs,,,,,0:01:00
            0001-01-01,Plank,Abs,,,,,0:01:00

            """, [3, 4]
        ),
        (
            """
            \(ExportedSet.fields.joined(separator: ","))
            1,1,2023-05-01T18:00:00Z,plank,Plank,1,,,,60,,,,working,
            2,2,2300-01-01T18:00:00Z,plank,Plank,1,,,,60,,,,working,
            3,3,0001-01-01T18:00:00Z,plank,Plank,1,,,,60,,,,working,

            """, [3, 4]
        ),
    ]

    @Test(arguments: badFiles)
    func everyHistoryFormatRefusesTheRowsAtTheirLines(file: String, lines: [Int]) throws {
        let database = try SeededStore.database()
        var failure: HistoryImportFailure?
        do {
            _ = try WorkoutLog(database: database).importHistory(
                data: Data(file.utf8), path: "h.csv", options: .init(timeZone: utc), now: now)
        } catch {
            failure = error as? HistoryImportFailure
        }
        let problems = try #require(failure).problems
        #expect(problems.map(\.line) == lines)
        #expect(problems.first?.description.hasPrefix("h.csv:3: the time 2300-01-01 ") == true)
        #expect(problems.first?.description.contains(" is in the future") == true)
        #expect(problems.last?.description.contains("is before 1900") == true)
        #expect(try WorkoutLog(database: database).history().isEmpty)
    }

    @Test func wlogJSONRefusesTheEntryAtItsLine() throws {
        let database = try SeededStore.database()
        let entry = """
            {"id": 1, "session_id": 1, "performed_at": "2300-01-01T18:00:00Z", "slug": "plank", "exercise": "Plank", "set_number": 1,
             "reps": null, "weight": null, "unit": null, "duration_s": 60, "distance_m": null, "rpe": null, "rir": null, "kind": "working", "note": null}
            """
        var failure: HistoryImportFailure?
        do {
            _ = try WorkoutLog(database: database).importHistory(
                data: Data("[\n\(entry)\n]\n".utf8), path: "h.json", options: .init(timeZone: utc), now: now)
        } catch {
            failure = error as? HistoryImportFailure
        }
        #expect(try #require(failure).problems.map(\.line) == [2])
    }
}
