import Foundation
import Testing

@testable import WlogCore

/// Weeks, days, descriptions, notes and labels: the structure of a program.
@Suite struct ProgramStructureTests {
    typealias T = ProgramTesting

    @Test("Liftoscript reference, Basics: a program without headings is one week of one day")
    func withoutHeadings() throws {
        let program = try T.parse("Goblet Squat / 3x10\nPush Up / 3x12\n")
        #expect(program.weeks.count == 1)
        #expect(program.weeks[0].days.count == 1)
        #expect(T.exercises(program).map(\.name) == ["Goblet Squat", "Push Up"])
    }

    @Test("Liftoscript reference, Full mode, weeks and days: # Week and ## Day headings with any titles")
    func weeksAndDays() throws {
        let program = try T.parse(
            """
            # Base block
            ## Lower
            Squat / 5x5
            ## Upper
            Bench Press / 5x5

            # Peak block
            ## Lower
            Squat / 3x3
            """)
        #expect(program.weeks.map(\.title) == ["Base block", "Peak block"])
        #expect(program.weeks[0].days.map(\.title) == ["Lower", "Upper"])
        #expect(program.weeks[1].days.count == 1)
        #expect(try T.sets(program, week: 2).map(\.reps) == [3, 3, 3])
        #expect(program.days.map { [$0.week, $0.day] } == [[1, 1], [1, 2], [2, 1]])
    }

    @Test("Liftoscript reference, Exercise Descriptions: carried to later weeks, cleared by an empty //, markdown kept")
    func exerciseDescriptions() throws {
        let program = try T.parse(
            """
            # Week 1
            ## Day 1
            /// a note for the author only
            // Brace, then **sit back**
            Squat / 5x5
            # Week 2
            ## Day 1
            Squat / 5x5
            # Week 3
            ## Day 1
            //
            Squat / 5x5
            # Week 4
            ## Day 1
            Squat / 5x5
            """)
        let descriptions = (1...4).map { T.exercises(program, week: $0)[0].currentDescription }
        #expect(descriptions == ["Brace, then **sit back**", "Brace, then **sit back**", nil, nil])
    }

    @Test("Liftoscript reference, Exercise Descriptions: /// notes are not shown")
    func notesHidden() throws {
        let program = try T.parse("/// only for whoever edits this file\nSquat / 5x5\n")
        #expect(T.exercises(program)[0].descriptions.isEmpty)
    }

    @Test("Liftoscript reference, Week and day descriptions: comments above the headings")
    func weekAndDayDescriptions() throws {
        let program = try T.parse(
            """
            // Build volume.
            // - stay at RPE 8
            # Week 1
            // Legs first.
            ## Day 1
            Squat / 3x8
            # Week 2
            ## Day 1
            Squat / 3x8
            """)
        #expect(program.weeks[0].description == "Build volume.\n- stay at RPE 8")
        #expect(program.weeks[0].days[0].description == "Legs first.")
        #expect(program.weeks[1].description == nil)
        #expect(program.weeks[1].days[0].description == "Legs first.")
        #expect(T.exercises(program)[0].descriptions.isEmpty)
    }

    @Test("Liftoscript reference, Exercise Labels: a label makes a separate exercise")
    func exerciseLabels() throws {
        let program = try T.parse(
            """
            ## Day 1
            heavy: Squat / 3x3 / progress: lp(2.5kg)
            ## Day 2
            light: Squat / 3x10 / progress: dp(2.5kg, 10, 12)
            """)
        let heavy = T.exercises(program, day: 1)[0]
        let light = T.exercises(program, day: 2)[0]
        #expect(heavy.label == "heavy" && light.label == "light")
        #expect(heavy.key != light.key)
        #expect(program.progressions.count == 2)
    }

    @Test("Liftoscript reference, Advanced Descriptions: several descriptions, ! marks the current one")
    func severalDescriptions() throws {
        let program = try T.parse(
            """
            // First session: learn the groove.

            // ! Later: add a pause.
            Squat / 3x5
            """)
        let squat = T.exercises(program)[0]
        #expect(squat.descriptions == ["First session: learn the groove.", "Later: add a pause."])
        #expect(squat.descriptionIndex == 2)
        #expect(squat.currentDescription == "Later: add a pause.")
    }

    @Test("Liftoscript reference, Reusing descriptions: // ...Exercise")
    func reusingDescriptions() throws {
        let program = try T.parse(
            """
            # Week 1
            ## Day 1
            // Work up to a heavy triple.
            Squat / 1x3 85%+, 3x3 80%
            ## Day 2
            // ...Squat
            Bench Press / 1x3 85%+, 3x3 80%
            """)
        #expect(T.exercises(program, day: 2)[0].currentDescription == "Work up to a heavy triple.")
    }
}
