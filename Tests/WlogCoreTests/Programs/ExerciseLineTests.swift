import Foundation
import Testing

@testable import WlogCore

/// The exercise line: sets, reps, weights, RPE, rest, asks, equipment, labels, warm-ups, supersets, splits, tags.
@Suite struct ExerciseLineTests {
    typealias T = ProgramTesting

    @Test("Liftoscript reference, Basics: sets x reps")
    func setsTimesReps() throws {
        let program = try T.parse("Overhead Press / 4x6\n")
        let sets = try T.sets(program)
        #expect(sets.count == 4)
        #expect(sets.allSatisfy { $0.reps == 6 && $0.minReps == nil && !$0.isAMRAP })
    }

    @Test("Liftoscript reference, Basics: rep ranges")
    func repRanges() throws {
        let sets = try T.sets(T.parse("Dumbbell Row / 3x10-15\n"))
        #expect(sets.map(\.reps) == [15, 15, 15])
        #expect(sets.map(\.minReps) == [10, 10, 10])
    }

    @Test("Liftoscript reference, Basics: a list of set groups")
    func listOfSets() throws {
        let sets = try T.sets(T.parse("Deadlift / 1x3, 1x2, 1x1, 4x4\n"))
        #expect(sets.map(\.reps) == [3, 2, 1, 4, 4, 4, 4])
    }

    @Test("Liftoscript reference, Basics: weight from the RPE chart when none is written")
    func weightFromRPEChart() throws {
        let program = try T.parse("Front Squat / 2x10\nPause Squat / 2x10 @7\n")
        let maxes = OneRepMaxes(["front squat": T.kg(100), "pause squat": T.kg(100)])
        let atTen = try T.sets(program, index: 0, oneRepMaxes: maxes)[0]
        let atSeven = try T.sets(program, index: 1, oneRepMaxes: maxes)[0]
        // 10 reps at RPE 10 are 9 reps from a single: (97.0955 - 2.64249 * 9)% = 73.3%; at RPE 7, 12 away: 65.4%.
        #expect(atTen.percentOfOneRepMax == 73.3)
        #expect(atTen.weight == T.kg(72.5))
        #expect(atSeven.percentOfOneRepMax == 65.4)
        #expect(atSeven.weight == T.kg(65))
    }

    @Test("Liftoscript reference, Basics: RPE chart values")
    func rpeChart() {
        #expect(LiftoscriptRPE.multiplier(reps: 1, rpe: 10) == 1)
        #expect(abs(LiftoscriptRPE.multiplier(reps: 2, rpe: 10) - (0.347619 - 4.60714 + 99.9667) / 100) < 1e-12)
        #expect(abs(LiftoscriptRPE.multiplier(reps: 5, rpe: 8) - (97.0955 - 2.64249 * 6) / 100) < 1e-12)
        #expect(LiftoscriptRPE.multiplier(reps: 24, rpe: 1) == 0.5)
        #expect(LiftoscriptRPE.multiplier(reps: 40, rpe: 10) == 0.5)
    }

    @Test("Liftoscript reference, Basics: percentage of 1RM, weight, per-set and per-line details")
    func weightsPerSetAndLine() throws {
        let program = try T.parse(
            """
            Bench Press / 1x5 @8, 1x3 82%, 2x2 100kg 120s
            Incline Press / 1x12, 4x4 / 45s 60%
            Floor Press / 3x6 135lb
            """)
        let maxes = OneRepMaxes(["bench press": T.kg(120), "incline press": T.kg(90)])
        let bench = try T.sets(program, index: 0, oneRepMaxes: maxes)
        #expect(bench[0].rpe == 8)
        #expect(bench[1].weight == T.kg(97.5))
        #expect(bench[1].percentOfOneRepMax == 82)
        #expect(bench[2].weight == T.kg(100) && bench[2].rest == 120 && bench[3].rest == 120)
        let incline = try T.sets(program, index: 1, oneRepMaxes: maxes)
        #expect(incline.count == 5)
        #expect(incline.allSatisfy { $0.weight == T.kg(55) && $0.rest == 45 })
        #expect(try T.sets(program, index: 2).map(\.weight) == Array(repeating: T.lb(135), count: 3))
    }

    @Test("Liftoscript reference, Basics: AMRAP sets, logged RPE, asked weight and ?+")
    func amrapAndAsks() throws {
        let program = try T.parse("Squat / 3x5, 1x5+ @9+ / 150kg+\nLunge / 2x8 @8 ?+\n")
        let squat = try T.sets(program)
        #expect(squat.map(\.isAMRAP) == [false, false, false, true])
        #expect(squat[3].logsRPE && squat[3].rpe == 9)
        #expect(squat.allSatisfy { $0.asksWeight && $0.weight == T.kg(150) })
        let lunge = try T.sets(program, index: 1)
        #expect(lunge.allSatisfy { $0.asksWeight && $0.rpe == 8 && $0.weight == nil })
    }

    @Test("Liftoscript reference, Basics: equipment after the name")
    func equipment() throws {
        let exercise = try T.exercises(T.parse("Incline Press, Dumbbell / 3x10\n"))[0]
        #expect(exercise.name == "Incline Press")
        #expect(exercise.equipment == "Dumbbell")
        #expect(exercise.key != ExerciseKey(label: nil, name: "Incline Press", equipment: nil))
    }

    @Test("Liftoscript reference, Set Labels: a label in parentheses")
    func setLabels() throws {
        let sets = try T.sets(T.parse("Squat / 1x3 (Heavy), 3x6 (Back off) / progress: lp(2.5kg)\n"))
        #expect(sets.map(\.label) == ["Heavy", "Back off", "Back off", "Back off"])
        let errors = T.diagnostics("Squat / 1x3 (Much too long)\n")
        #expect(errors.first?.message.contains("set label") == true)
        #expect(errors.first?.column == 13)
    }

    @Test("Liftoscript reference, Warmups: explicit, percentages of the first set, none")
    func warmups() throws {
        let program = try T.parse(
            "Squat / 3x5 100kg / warmup: 1x5 20kg, 2x3 60%\nRow / 3x8 / warmup: none\nCurl / 3x12\n")
        let day = try ProgramExpander.expand(program, week: 1, day: 1)
        #expect(day.exercises[0].warmups?.map(\.reps) == [5, 3, 3])
        #expect(day.exercises[0].warmups?.map(\.weight) == [T.kg(20), T.kg(60), T.kg(60)])
        #expect(day.exercises[1].warmups == [])
        #expect(day.exercises[2].warmups == nil)
        #expect(T.diagnostics("Squat / 3x5 / warmup: 1x5 @8\n").first?.message.contains("warm-up") == true)
    }

    @Test("Liftoscript reference, Supersets: a group name, timers kept per set")
    func supersets() throws {
        let program = try T.parse("Chin Up / 3x8 / superset: pull\nDip / 3x8 150s / superset: pull\nPlank / 3x1\n")
        let day = try ProgramExpander.expand(program, week: 1, day: 1)
        #expect(day.exercises.map(\.superset) == ["pull", "pull", nil])
        #expect(day.exercises[1].sets[0].rest == 150)
        #expect(day.exercises[0].sets[0].rest == nil)
    }

    @Test("Liftoscript reference, Split exercise lines: a backslash continues the line")
    func splitLines() throws {
        let program = try T.parse(
            "Squat / 1x5 @8 120s, 3x8 @7 \\\n  / warmup: 1x5 40kg \\\n  / progress: lp(2.5kg)\nRow / 3x8\n")
        let squat = T.exercises(program)[0]
        #expect(squat.variations[0].setCount == 4)
        #expect(squat.warmups?.count == 1)
        #expect(program.progressions[squat.key] == .linear(LinearProgression(increase: .weight(T.kg(2.5)))))
        #expect(T.exercises(program).count == 2)
    }

    @Test("Liftoscript reference, Tags: id: tags(…)")
    func tags() throws {
        let exercises = try T.exercises(T.parse("Squat / 3x8 / id: tags(7, 700)\nBench Press / 3x8 / id: tags(7)\n"))
        #expect(exercises.map(\.tags) == [[7, 700], [7]])
        #expect(T.diagnostics("Squat / 3x8 / id: tag(1)\n").first?.message.contains("tags") == true)
    }

    @Test("Liftoscript reference, Set Variations: schemes separated by slashes, ! marks the current one")
    func setVariations() throws {
        let exercise = try T.exercises(T.parse("Squat / 4x4 / ! 5x3 / 8x1 / 80%\n"))[0]
        #expect(exercise.variations.map(\.setCount) == [4, 5, 8])
        #expect(exercise.variationIndex == 2)
        #expect(exercise.currentVariation.groups[0].details.load == .percent(80))
        #expect(exercise.variations[2].groups[0].details.load == .percent(80))
    }

    @Test("Liftoscript reference, Basics: sections in any order")
    func sectionsInAnyOrder() throws {
        let first = try T.parse("Squat / progress: lp(5lb) / warmup: none / 3x5 / 200lb 90s / superset: A\n")
        let second = try T.parse("Squat / 200lb 90s / superset: A / 3x5 / warmup: none / progress: lp(5lb)\n")
        #expect(first == second)
    }
}
