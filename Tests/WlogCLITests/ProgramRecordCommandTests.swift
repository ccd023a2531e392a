import Foundation
import Testing

/// `wlog record` with an active program, through the real binary: the next prescribed sets logged
/// with no values, values that override, plain records for everything else, the unfinished workout
/// finished by a new session, and a record racing a finish.
@Suite struct ProgramRecordCommandTests {
    static let program = """
        # Week 1
        ## Day A
        Squat / 3x5 100kg 180s / progress: lp(2.5kg)
        Bench Press / 3x5 60kg / progress: lp(2.5kg)
        ## Day B
        Deadlift / 1x5+ 120kg / progress: lp(5kg)
        """

    /// A binary on a fresh database with the three exercises, and the program added (active) when `withProgram`.
    static func prepared(withProgram: Bool = true) throws -> WlogProcess {
        let wlog = try WlogProcess()
        for name in ["Squat", "Bench Press", "Deadlift"] {
            #expect(try wlog.run("exercises", "add", name, "--equipment", "barbell").status == 0)
        }
        if withProgram {
            try wlog.write(program, to: "ab.txt")
            #expect(try wlog.run("program", "add", "ab.txt").status == 0)
        }
        return wlog
    }

    static func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test("no values: the next prescribed set; --reps overrides; --all the rest; then the next exercise, then finish")
    func prescribed() throws {
        let wlog = try Self.prepared()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        let first = try wlog.run("record", "squat")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("Recorded Squat: 5 @ 100 kg (new session 1, set 1)\n"))
        #expect(Self.lines(first.stdout).last == "Squat set 1 of 3 done; next 1×5 @ 100 kg, rest 3m")
        let second = try wlog.run("record", "squat", "--reps", "6")
        #expect(second.stdout.hasPrefix("Recorded Squat: 6 @ 100 kg (session 1, set 2)\n"), "\(second.stderr)")
        #expect(Self.lines(second.stdout).last == "Squat set 2 of 3 done; next 1×5 @ 100 kg, rest 3m")
        let rest = try wlog.run("record", "squat", "--all")
        #expect(rest.stdout.hasPrefix("Recorded Squat: 5 @ 100 kg (session 1, set 3)\n"), "\(rest.stderr)")
        #expect(Self.lines(rest.stdout).last == "Squat done (3 of 3 sets); next: Bench Press 1×5 @ 60 kg, rest 3m")
        let bench = try wlog.run("record", "bench", "--sets", "3")
        #expect(bench.stdout.hasPrefix("Recorded Bench Press: 3×5 @ 60 kg (session 1, sets 1–3)\n"), "\(bench.stderr)")
        #expect(Self.lines(bench.stdout).last == "Bench Press done (3 of 3 sets); the workout is done: `wlog finish`")
        let finished = try wlog.run("finish")
        #expect(finished.stdout.contains("  Squat: 100 → 102.5 kg\n  Bench Press: 60 → 62.5 kg\n"))
    }

    @Test("an AMRAP set logs its minimum reps; --reps and a lighter --weight override, in the lifter's unit")
    func overrides() throws {
        let wlog = try Self.prepared()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        #expect(try wlog.run("program", "position", "--week", "1", "--day", "2").status == 0)
        let amrap = try wlog.run("record", "deadlift")
        #expect(amrap.stdout.hasPrefix("Recorded Deadlift: 5 @ 120 kg (new session 1, set 1)\n"), "\(amrap.stderr)")
        #expect(Self.lines(amrap.stdout).last == "Deadlift done (1 of 1 sets); the workout is done: `wlog finish`")
        #expect(try wlog.run("undo").status == 0)
        let more = try wlog.run("record", "deadlift", "--reps", "8", "--weight", "110kg")
        #expect(more.stdout.hasPrefix("Recorded Deadlift: 8 @ 110 kg (new session 1, set 1)\n"), "\(more.stderr)")
        #expect(try wlog.run("undo").status == 0)
        #expect(try wlog.run("config", "unit", "lb").status == 0)
        let pounds = try wlog.run("record", "deadlift")
        #expect(pounds.stdout.hasPrefix("Recorded Deadlift: 5 @ 265 lb"), "\(pounds.stdout)\(pounds.stderr)")
    }

    @Test("not in today's workout, explicit values, no program: record answers exactly as without a program")
    func plain() throws {
        let with = try Self.prepared()
        let without = try Self.prepared(withProgram: false)
        defer {
            try? FileManager.default.removeItem(at: with.folder)
            try? FileManager.default.removeItem(at: without.folder)
        }
        for arguments in [["record", "deadlift"], ["record", "deadlift", "--reps", "5", "--weight", "100"]] {
            let programmed = try with.run(arguments)
            let plain = try without.run(arguments)
            #expect(programmed.status == plain.status)
            #expect(programmed.stdout == plain.stdout)
            #expect(programmed.stderr == plain.stderr)
        }
        let all = try with.run("record", "deadlift", "--all")
        #expect(all.status != 0)
        #expect(all.stderr.contains("--all"))
    }

    @Test("a new session finishes the unfinished workout first, in the same record")
    func finishesFirst() throws {
        let wlog = try Self.prepared()
        defer { try? FileManager.default.removeItem(at: wlog.folder) }
        #expect(try wlog.run("record", "squat", "--all", "--at", "yesterday").status == 0)
        #expect(try wlog.run("record", "bench", "--all", "--at", "yesterday").status == 0)
        let today = try wlog.run("record", "deadlift")
        #expect(today.status == 0, "\(today.stderr)")
        #expect(
            Self.lines(today.stdout).first
                == "Finished ab week 1, day 1 first: Squat: 100 → 102.5 kg, Bench Press: 60 → 62.5 kg")
        #expect(today.stdout.contains("Recorded Deadlift: 5 @ 120 kg (new session 2, set 1)\n"))
        let history = try wlog.run("program", "history", "ab", "--format", "csv")
        #expect(history.stdout.contains(",week 1 day 1,Squat,100kg → 102.5kg,"))
    }

    @Test("a program-driven record and a finish from two processes are serialised: nothing is lost")
    func recordRacesFinish() throws {
        for _ in 0..<3 {
            let wlog = try Self.prepared()
            defer { try? FileManager.default.removeItem(at: wlog.folder) }
            let statuses = StatusList()
            DispatchQueue.concurrentPerform(iterations: 2) { worker in
                let result = try? wlog.run(worker == 0 ? ["record", "squat", "--all"] : ["finish"])
                statuses.append(result?.status ?? -1)
            }
            #expect(statuses.values == [0, 0])
            _ = try wlog.run("finish")
            let history = try wlog.run("program", "history", "ab", "--format", "csv")
            #expect(history.stdout.components(separatedBy: "Squat,100kg → 102.5kg").count == 2, "\(history.stdout)")
            #expect(try wlog.run("next").stdout.hasPrefix("ab: Week 1 / Day B"))
        }
    }
}

/// Exit statuses that concurrent workers add to.
final class StatusList: @unchecked Sendable {
    private let lock = NSLock()
    private var statuses: [Int32] = []
    var values: [Int32] { lock.withLock { statuses } }
    func append(_ status: Int32) { lock.withLock { statuses.append(status) } }
}
