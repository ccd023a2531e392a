import Foundation
import Testing

@testable import WlogCore

/// The sugar: `...Exercise` reuse, `Exercise[1-4]` repeats, `[order]`, templates, and all of them together.
@Suite struct ReuseAndRepeatTests {
    typealias T = ProgramTesting

    @Test("Liftoscript reference, Reusing via ...Squat: the same week's exercise, across weeks")
    func reuseAcrossWeeks() throws {
        let program = try T.parse(
            """
            # Week 1
            ## Day 1
            Bench Press / 3x8
            Squat / ...Bench Press
            # Week 2
            ## Day 1
            Bench Press / 3x9
            Squat / ...Bench Press
            # Week 3
            ## Day 1
            Bench Press / 3x10
            Squat / ...Bench Press
            """)
        #expect((1...3).map { T.exercises(program, week: $0)[1].variations[0].groups[0].reps } == [8, 9, 10])
    }

    @Test("Liftoscript reference, Reusing via ...Squat: a given day, and a given week and day")
    func reuseGivenDay() throws {
        let byDay = try T.parse("# Week 1\n## Day 1\nRow / 3x8\nCurl / ...Row[2]\n## Day 2\nRow / 4x6\n")
        #expect(T.exercises(byDay)[1].variations[0].groups[0] == SetGroup(count: 4, reps: 6))
        let byWeekAndDay = try T.parse(
            "# Week 1\n## Day 1\nRow / 3x8\nCurl / ...Row[2:1]\n# Week 2\n## Day 1\nRow / 5x5\n")
        #expect(T.exercises(byWeekAndDay)[1].variations[0].groups[0] == SetGroup(count: 5, reps: 5))
    }

    @Test("Liftoscript reference, Reusing via ...Squat: overrides, and the progress and update reused")
    func reuseWithOverrides() throws {
        let program = try T.parse(
            """
            Squat / 3x8 100kg 60s / warmup: 1x5 20kg / update: custom() {~ if (setIndex == 0) { weights = weights[1] } ~} / progress: lp(5kg)
            Press / ...Squat / 40kg
            Push Press / ...Squat / 50kg / progress: lp(2.5kg)
            """)
        let press = T.exercises(program)[1]
        let pushPress = T.exercises(program)[2]
        #expect(press.variations[0].groups[0].details == SetDetails(load: .weight(T.kg(40)), rest: 60))
        #expect(press.warmups?.count == 1)
        #expect(program.progressions[press.key] == .linear(LinearProgression(increase: .weight(T.kg(5)))))
        #expect(program.progressions[pushPress.key] == .linear(LinearProgression(increase: .weight(T.kg(2.5)))))
        #expect(program.updates[press.key] != nil && program.updates[pushPress.key] != nil)
    }

    @Test("Liftoscript reference, Reusing via ...Squat: nothing to reuse is an error at the reference")
    func reuseMissing() {
        let errors = T.diagnostics("# Week 1\n## Day 1\nSquat / ...Leg Press\n# Week 2\n## Day 1\nLeg Press / 3x10\n")
        #expect(errors.count == 1)
        #expect(errors.first?.line == 3 && errors.first?.column == 9)
        #expect(errors.first?.message == "`...Leg Press`: there is no Leg Press in week 1 to reuse")
    }

    @Test("Liftoscript reference, Repeating via Squat[1-4]: copied into the same day of later weeks")
    func repeats() throws {
        let program = try T.parse(
            """
            # Week 1
            ## Day 1
            Squat / 3x8
            ## Day 2
            Bench Press[1-3] / ...Squat
            # Week 2
            ## Day 1
            Squat / 3x9
            ## Day 2
            # Week 3
            ## Day 1
            Squat / 3x10
            ## Day 2
            """)
        #expect(
            (1...3).map { T.exercises(program, week: $0, day: 2).map(\.name) } == [
                ["Bench Press"], ["Bench Press"], ["Bench Press"],
            ])
        #expect((1...3).map { T.exercises(program, week: $0, day: 2)[0].variations[0].groups[0].reps } == [8, 9, 10])
        let beyond = T.diagnostics("# Week 1\n## Day 1\nSquat[1-3] / 3x5\n# Week 2\n## Day 1\n")
        #expect(beyond.first?.message.contains("the program has 2 weeks") == true)
    }

    @Test("Liftoscript reference, Repeating via Squat[1-4]: [order] places exercises in the day")
    func repeatOrder() throws {
        let program = try T.parse(
            "# Week 1\n## Day 1\nSquat[2,1-2] / 3x5\nBench Press[1,1-2] / 3x5\n# Week 2\n## Day 1\n")
        #expect(T.exercises(program, week: 1).map(\.name) == ["Bench Press", "Squat"])
        #expect(T.exercises(program, week: 2).map(\.name) == ["Bench Press", "Squat"])
    }

    @Test("Liftoscript reference, Exercise templates via used: none")
    func templates() throws {
        let program = try T.parse("Base / used: none / 1x8+, 2x8 / 70% / progress: lp(2.5kg)\nmain: Squat / ...Base\n")
        let exercises = T.exercises(program)
        #expect(exercises.map(\.name) == ["Squat"])
        #expect(exercises[0].variations[0].setCount == 3)
        #expect(exercises[0].variations[0].groups.allSatisfy { $0.details.load == .percent(70) })
        #expect(program.progressions.keys.map(\.name) == ["squat"])
    }

    @Test("Liftoscript reference, Combining it all together: templates, repeats, order and weekly waves")
    func combined() throws {
        let program = try T.parse(try T.fixture("tiered-four-weeks.liftoscript"))
        #expect(program.weeks.count == 4)
        #expect(program.weeks.allSatisfy { $0.days.map { $0.exercises.count } == [3, 3, 3] })
        #expect(T.exercises(program, week: 3, day: 2).map(\.name) == ["Bench Press", "Overhead Press", "Cable Row"])
        let benchWeeks = (1...4).map {
            T.exercises(program, week: $0, day: 2)[0].variations[0].groups.map {
                "\($0.count)x\($0.reps) \($0.details.load?.text ?? "")"
            }
        }
        #expect(benchWeeks == [["1x5 82%", "2x3 82%"], ["1x4 85%", "2x3 85%"], ["1x3 88%", "2x2 88%"], ["2x3 70%"]])
        #expect(
            (1...4).map { T.exercises(program, week: $0)[0].currentDescription }
                == Array(repeating: "Brace and sit back.", count: 4))
        let legCurl = T.exercises(program)[2]
        #expect(
            program.progressions[legCurl.key]
                == .repsSum(RepsSumProgression(threshold: 36, increase: .weight(T.kg(2.5)))))
        #expect(program.progressions.count == 6)
    }
}
