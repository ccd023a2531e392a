import Foundation
import Testing

/// `wlog undo` right after `wlog finish`, through the real binary: the program's state, position and
/// history are back exactly, and undo then goes on with the log's own changes.
@Suite struct ProgramUndoCommandTests {
    @Test("undo after finish restores the state and the position exactly; the next undo takes back the record")
    func undoFinish() throws {
        let wlog = try ProgramRecordCommandTests.prepared()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        #expect(try wlog.run("record", "squat", "--all").status == 0)
        #expect(try wlog.run("record", "bench", "--all").status == 0)
        let stateBefore = try wlog.run("program", "export", "ab").stdout
        let nextBefore = try wlog.run("next", "--format", "json").stdout
        let finished = try wlog.run("finish")
        #expect(finished.stdout.contains("Squat: 100 → 102.5 kg"), "\(finished.stderr)")
        #expect(try wlog.run("program", "export", "ab").stdout != stateBefore)
        let undone = try wlog.run("undo")
        #expect(undone.status == 0, "\(undone.stderr)")
        #expect(undone.stdout.hasPrefix("Undid the finish of ab week 1, day 1, made "), "\(undone.stdout)")
        #expect(try wlog.run("program", "export", "ab").stdout == stateBefore)
        #expect(try wlog.run("next", "--format", "json").stdout == nextBefore)
        #expect(try wlog.run("program", "history", "ab", "--format", "csv").stdout.contains("Squat") == false)
        let again = try wlog.run("finish")
        #expect(again.stdout == finished.stdout)
        #expect(try wlog.run("undo").stdout.hasPrefix("Undid the finish of ab week 1, day 1"))
        let record = try wlog.run("undo")
        #expect(record.stdout.hasPrefix("Removed Bench Press: 3×5 @ 60 kg"), "\(record.stdout)\(record.stderr)")
        let withoutBench = try wlog.run("finish").stdout
        #expect(withoutBench.contains("Squat: 100 → 102.5 kg"))
        #expect(!withoutBench.contains("Bench Press: 60 → 62.5 kg"))
    }

    @Test("a record after a finish is the change undo takes back, and the finish stays")
    func recordAfterFinish() throws {
        let wlog = try ProgramRecordCommandTests.prepared()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        #expect(try wlog.run("record", "squat", "--all").status == 0)
        #expect(try wlog.run("finish").status == 0)
        #expect(try wlog.run("record", "deadlift").status == 0)
        #expect(try wlog.run("undo").stdout.hasPrefix("Removed Deadlift"))
        #expect(try wlog.run("next").stdout.hasPrefix("ab: Week 1 / Day B"))
        #expect(try wlog.run("undo").stdout.hasPrefix("Undid the finish of ab week 1, day 1"))
        #expect(try wlog.run("next").stdout.hasPrefix("ab: Week 1 / Day A"))
    }
}
