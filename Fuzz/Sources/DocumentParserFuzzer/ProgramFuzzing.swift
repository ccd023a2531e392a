import Foundation
import WlogCore

/// The longest a program input may take to parse, render, parse again and simulate; libFuzzer's own
/// `-timeout` stays the backstop, this catches a slow path long before it.
let programTimeLimit: UInt64 = 5_000_000_000

/// One input as a Liftoscript program: any bytes must parse or be refused with diagnostics, never crash or
/// hang; a program that parses must render to text that parses to the same program, and (when small)
/// run a few sessions.
func fuzzProgramParser(_ data: Data) {
    let started = DispatchTime.now().uptimeNanoseconds
    let source = String(decoding: data, as: UTF8.self)
    guard let program = try? ProgramParser.parse(source) else {
        checkTime(started, source)
        return
    }
    let rendered = ProgramRenderer.liftoscript(program)
    let again: Program
    do {
        again = try ProgramParser.parse(rendered)
    } catch {
        report("the rendered program does not parse: \(error)\n--- rendered ---\n\(rendered)")
    }
    if again != program {
        report("the rendered program parses differently\n--- rendered ---\n\(rendered)")
    }
    _ = ProgramLayout.outline(program)
    let size = program.days.reduce(0) { $0 + $1.value.exercises.count }
    if size <= 300, let simulation = try? ProgramSimulator.run(program, sessions: 3, oneRepMaxes: OneRepMaxes()) {
        _ = ProgramLayout.simulation(simulation)
    }
    checkTime(started, source)
}

func checkTime(_ started: UInt64, _ source: String) {
    let elapsed = DispatchTime.now().uptimeNanoseconds - started
    if elapsed > programTimeLimit {
        report(
            "the program took \(elapsed / 1_000_000) ms (limit \(programTimeLimit / 1_000_000) ms)\n--- input ---\n\(source.prefix(2000))"
        )
    }
}
