import Foundation
import Testing

@testable import WlogCore

/// A program's name is at most 100 characters as the table counts them (code points), so a longer
/// one is refused as a bad name, never as a database failure.
@Suite struct ProgramNameLengthTests {
    static let program = "# Week 1\n## Day 1\nSquat / 3x5 100kg\n"

    @Test("a name of 60 letters with combining accents (120 code points) is a bad name; 100 code points are stored")
    func combiningMarks() throws {
        let (database, path) = try TestSupport.temporaryDatabase()
        defer { try? FileManager.default.removeItem(at: path.deletingLastPathComponent()) }
        _ = try ExerciseStore(database: database).addCustom(name: "Squat", equipment: "barbell")
        let store = ProgramStore(database: database)
        let accented = String(repeating: "e\u{301}", count: 60)
        #expect(throws: ProgramStoreError.badName(accented)) { try store.add(source: Self.program, name: accented) }
        let longest = String(repeating: "e\u{301}", count: 50)
        #expect(try store.add(source: Self.program, name: longest).name == longest)
        #expect(try store.list().map(\.name) == [longest])
    }
}
