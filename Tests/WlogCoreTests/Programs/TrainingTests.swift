import Foundation
import Testing

@testable import WlogCore

/// The pure parts of training from a program: the next day, plates, merging a changed file.
@Suite struct TrainingTests {
    @Test("the next day: the week's next, then the next week, after the last week the first")
    func nextDay() throws {
        let program = try ProgramParser.parse(
            "# W1\n## A\nSquat / 3x5 100kg\n## B\nSquat / 3x5 100kg\n# W2\n## A\nSquat / 3x3 100kg\n")
        #expect(TrainingPosition(week: 1, day: 1).next(in: program) == TrainingPosition(week: 1, day: 2))
        #expect(TrainingPosition(week: 1, day: 2).next(in: program) == TrainingPosition(week: 2, day: 1))
        #expect(TrainingPosition(week: 2, day: 1).next(in: program) == .start)
        #expect(TrainingPosition(week: 3, day: 1).kept(in: program) == .start)
    }

    @Test("plates: an exact weight, the closest loadable one (the lighter on a tie), the bar alone")
    func plates() {
        let kilograms = PlateSet.standard(.kg)
        #expect(kilograms.load(142.5).perSide == [25, 25, 10, 1.25])
        #expect(kilograms.load(142.5).isExact)
        let odd = kilograms.load(101)
        #expect(odd.total == 100 && !odd.isExact && odd.perSide == [25, 15])
        #expect(PlateSet(unit: .kg, bar: 20, plates: [5]).load(27.5).total == 30)
        #expect(kilograms.load(15).perSide.isEmpty && kilograms.load(15).total == 20)
        #expect(PlateSet.standard(.lb).load(225).perSide == [45, 45])
    }

    @Test("merge: an unchanged program keeps everything; a position the new file lacks goes back to the start")
    func mergeUnchanged() throws {
        let source = try ProgramParser.parse("## A\nSquat / 3x5 100kg / progress: lp(2.5kg)\n## B\nRow / 3x8 50kg\n")
        var state = source
        state.weeks[0].days[0].exercises[0].variations[0].groups[0].details.load = .weight(ProgramWeight(105, .kg))
        let same = ProgramMerge.merge(
            previousSource: source, previousState: state, newSource: source, position: TrainingPosition(week: 1, day: 2)
        )
        #expect(same.report.isUnchanged && same.program == state && same.position == TrainingPosition(week: 1, day: 2))
        let shorter = try ProgramParser.parse("## A\nSquat / 3x5 100kg / progress: lp(5kg)\n")
        let merged = ProgramMerge.merge(
            previousSource: source, previousState: state, newSource: shorter,
            position: TrainingPosition(week: 1, day: 2))
        #expect(merged.position == .start && !merged.report.positionKept)
        #expect(
            merged.report.removed == ["Row"] && merged.report.progressionsRestarted == ["Squat"]
                && merged.report.kept == ["Squat"])
        #expect(
            merged.program.weeks[0].days[0].exercises[0].currentVariation.groups[0].details.load
                == .weight(ProgramWeight(105, .kg)))
    }
}
