import Foundation
import Testing

@testable import WlogCore

/// Shared helpers for the program tests: parse or fail the test, the diagnostics of a text, a day's sets.
enum ProgramTesting {
    static func parse(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Program {
        do {
            return try ProgramParser.parse(text)
        } catch {
            Issue.record("the program does not parse: \(error)", sourceLocation: sourceLocation)
            throw error
        }
    }

    /// The diagnostics of a text that must not parse.
    static func diagnostics(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [ProgramDiagnostic] {
        do {
            _ = try ProgramParser.parse(text)
            Issue.record("the program parsed but should not", sourceLocation: sourceLocation)
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// The exercises of week `week`, day `day` (from 1).
    static func exercises(_ program: Program, week: Int = 1, day: Int = 1) -> [PlannedExercise] {
        program.weeks[week - 1].days[day - 1].exercises
    }

    /// The prescribed sets of the day's `index`-th exercise.
    static func sets(
        _ program: Program, week: Int = 1, day: Int = 1, index: Int = 0, oneRepMaxes: OneRepMaxes = OneRepMaxes()
    ) throws -> [PrescribedSet] {
        try ProgramExpander.expand(program, week: week, day: day, oneRepMaxes: oneRepMaxes).exercises[index].sets
    }

    /// Reads a fixture program from Fixtures/.
    static func fixture(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
        return try String(contentsOf: url, encoding: .utf8)
    }

    static func kg(_ value: Double) -> ProgramWeight { ProgramWeight(value, .kg) }
    static func lb(_ value: Double) -> ProgramWeight { ProgramWeight(value, .lb) }
}
