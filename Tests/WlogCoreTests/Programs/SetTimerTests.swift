import Foundation
import Testing

@testable import WlogCore

/// Timed sets (`60s|30s`), from the Liftoscript docs' "Timed sets" page: the left side is how long the
/// set lasts, the right side the rest after it.
@Suite struct SetTimerTests {
    typealias T = ProgramTesting

    @Test("Liftoscript reference, Timed sets: 60s|30s is a set timer and a rest, per set or per line")
    func parsesTimers() throws {
        let program = try T.parse(
            """
            Plank / 2x1 45s|20s, 1x1 40s+|90s / 0kg
            Wall Sit / 3x1 0kg / 30s|?
            Burpee / 5x10+ 40s|20s auto
            """)
        let plank = try T.sets(program)
        #expect(plank.map(\.setTimer) == [45, 45, 40])
        #expect(plank.map(\.rest) == [20, 20, 90])
        #expect(plank.map(\.setTimerCountsUp) == [false, false, true])
        let wallSit = try T.sets(program, index: 1)
        #expect(wallSit.map(\.setTimer) == [30, 30, 30])
        #expect(wallSit.map(\.rest) == [nil, nil, nil])
        let burpee = try T.sets(program, index: 2)
        #expect(burpee.allSatisfy { $0.startsAutomatically && $0.isAMRAP && $0.setTimer == 40 && $0.rest == 20 })
        #expect(try T.sets(T.parse("Squat / 3x5 90s")).allSatisfy { $0.setTimer == nil && $0.rest == 90 })
    }

    @Test("Liftoscript reference, Timed sets: rendered back as written, and parse → render → parse is the identity")
    func rendersTimers() throws {
        let program = try T.parse(
            """
            Plank / 2x1 45s|20s, 1x1 40s+|90s / 0kg
            Wall Sit / 3x1 0kg 30s|?
            Burpee / 5x10+ 40s|20s auto
            """)
        let text = ProgramRenderer.liftoscript(program)
        #expect(text.contains("Plank / 2x1 0kg 45s|20s, 1x1 0kg 40s+|90s"))
        #expect(text.contains("Wall Sit / 3x1 0kg 30s|?"))
        #expect(text.contains("Burpee / 5x10+ 40s|20s auto"))
        #expect(try T.parse(text) == program)
    }

    @Test("Liftoscript reference, Timed sets: show lays out the set's length and its rest")
    func showsTimers() throws {
        let program = try T.parse("Plank / 2x1 45s|20s, 1x1 40s+|? / 0kg")
        let text = ProgramLayout.day(try ProgramExpander.expand(program, week: 1, day: 1))
        #expect(text.contains("  2x1 0kg timed 45s rest 20s"))
        #expect(text.contains("  1x1 0kg timed 40s or longer default rest"))
    }

    @Test(
        "Liftoscript reference, Timed sets: malformed timers are diagnostics at their column",
        arguments: [
            ("Plank / 3x1 45s|", "does not end with a rest time or ?", 13),
            ("Plank / 3x1 |30s", "does not start with the set's length", 13),
            ("Plank / 3x1 0s|30s", "does not start with the set's length", 13),
            ("Plank / 3x1 45s|30s|10s", "is not a set timer", 13),
            ("Plank / 3x1 45s|30s 60s", "a second rest time", 21),
            ("Plank / 3x1 45s|abc", "does not end with a rest time or ?", 13),
        ])
    func badTimers(text: String, message: String, column: Int) {
        let diagnostics = T.diagnostics(text)
        #expect(diagnostics.first?.message.contains(message) == true, "\(diagnostics.map(\.message))")
        #expect(diagnostics.first?.column == column)
    }

    @Test("Liftoscript reference, Timed sets: setTime and completedSetTime in progress and update scripts")
    func setTimeVariables() throws {
        let program = try T.parse(
            """
            Plank / 3x1 0kg 30s|30s / update: custom() {~
              if (setIndex == 1 && completedSetTime[1] >= setTime[1]) {
                setTime[3] = 40
              }
            ~} / progress: custom(held: 0) {~
              state.held = sum(completedSetTime)
              if (completedSetTime >= setTime) {
                setTime += 5
              }
            ~}
            Wall Sit / 2x1 0kg 20s|? / progress: custom() {~
              setTime = 0
            ~}
            """)
        let simulation = try ProgramSimulator.run(program, sessions: 2)
        let first = simulation.sessions[0].exercises[0]
        #expect(first.workoutSets?.map(\.setTimer) == [30, 30, 40])
        #expect(first.performed.map(\.time) == [30, 30, 40])
        #expect(simulation.sessions[1].exercises[0].sets.map(\.setTimer) == [35, 35, 35])
        guard case .custom(let custom) = simulation.program.progressions[T.exercises(program)[0].key] else {
            Issue.record("the plank lost its custom progression")
            return
        }
        #expect(custom.state.map(\.value.text) == ["110"])
        #expect(try T.sets(simulation.program, index: 1).map(\.setTimer) == [nil, nil])
        #expect(ProgramRenderer.liftoscript(simulation.program).contains("Wall Sit / 2x1 0kg / progress: custom()"))
        #expect(
            ScriptHarness.diagnostics("completedSetTime[1] = 5", kind: .update).first?.message.contains("read-only")
                == true)
    }
}
