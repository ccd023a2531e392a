import Foundation
import GRDB
import Testing

@testable import WlogCore

/// A progression script that sets a 1RM the program's table cannot hold (0, or past the heaviest
/// load): `finish` refuses with the exercise's words, not a database failure, and changes nothing.
@Suite struct ScriptOneRepMaxBoundsTests {
    static func program(_ update: String) -> String {
        """
        # Week 1
        ## Day 1
        Squat / 3x5 80% / progress: custom() {~
          rm1 = \(update)
        ~}
        """
    }

    @Test(
        "finish with a script that sets rm1 to 0 or past 10000 is a refusal, and nothing changes",
        arguments: [
            "rm1 * 0", "rm1 * 1000",
        ])
    func outOfRange(update: String) throws {
        let (database, path) = try TestSupport.temporaryDatabase()
        defer { try? FileManager.default.removeItem(at: path.deletingLastPathComponent()) }
        let squat = try ExerciseStore(database: database).addCustom(name: "Squat", equipment: "barbell")
        let store = ProgramStore(database: database)
        _ = try store.add(source: Self.program(update), name: "plan")
        try store.setOneRepMax("squat", ProgramWeight(140, .kg))
        let time = Date(timeIntervalSince1970: 1_795_000_000)
        let plan = try RecordPlan.make(
            RecordRequest(sets: 3, reps: "5", weight: "112kg"), settings: LogSettings(), now: time)
        _ = try WorkoutLog(database: database).record(plan, exercise: squat, now: time)

        #expect(throws: ProgramUseError.self) { try store.finish(now: time.addingTimeInterval(60)) }
        let stored = try store.program()
        #expect(stored.position == .start && stored.oneRepMaxes["Squat"] == ProgramWeight(140, .kg))
        #expect(
            try database.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM program_workout") } == 0)
    }
}
