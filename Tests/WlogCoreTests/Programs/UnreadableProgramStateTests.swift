import Foundation
import GRDB
import Testing

@testable import WlogCore

/// A stored program whose state text no longer parses: the store says to add the program again,
/// and adding it again must then work.
@Suite struct UnreadableProgramStateTests {
    static let program = """
        # Week 1
        ## Day A
        Squat / 3x5 100kg / progress: lp(2.5kg)
        ## Day B
        Squat / 1x5 90kg
        """

    @Test("adding the file again replaces an unreadable state from week 1, day 1, keeping the program's row")
    func addAgainMendsState() throws {
        let (database, path) = try TestSupport.temporaryDatabase()
        defer { try? FileManager.default.removeItem(at: path.deletingLastPathComponent()) }
        _ = try ExerciseStore(database: database).addCustom(name: "Squat", equipment: "barbell")
        let store = ProgramStore(database: database)
        _ = try store.add(source: Self.program, name: "plan")
        try store.setPosition(TrainingPosition(week: 1, day: 2))
        try database.writer.write { db in
            try db.execute(sql: "UPDATE program SET state_text = '@@@ not a program' WHERE name = 'plan'")
        }
        #expect(throws: ProgramUseError.self) { try store.program(named: "plan") }

        let outcome = try store.add(source: Self.program, name: "Plan")
        #expect(outcome.replaced && outcome.isActive)
        let mended = try store.program(named: "plan")
        #expect(mended.name == "plan" && mended.position == .start)
        #expect(mended.exportText == ProgramRenderer.liftoscript(try ProgramParser.parse(Self.program)))
        #expect(try store.list().count == 1)
        #expect(try store.next().exercises.map(\.slug) == ["squat-barbell"])
    }
}
