import Foundation
import Testing
import WlogCore

/// Builds bindings and runs scripts the way a program does: parse the text, then evaluate.
enum ScriptHarness {
    /// Three sets of 8 at 100 kg, the first two done for 8 and 7 reps; the third (6-8 reps, @8,
    /// 90 s, AMRAP, asking RPE and weight) not done. Week 2, day 2 of the week, day 5 overall.
    static func threeSets() -> LiftoscriptBindings {
        LiftoscriptBindings(
            sets: [
                LiftoscriptSet(
                    weight: .weight(100, .kg), originalWeight: .weight(101.3, .kg),
                    completedWeight: LiftoscriptWeight(100, .kg),
                    reps: 8, completedReps: 8, completedRepsLeft: 8, completedRPE: 7.5, isCompleted: true),
                LiftoscriptSet(
                    weight: .weight(100, .kg), completedWeight: LiftoscriptWeight(100, .kg), reps: 8,
                    completedReps: 7, isCompleted: true),
                LiftoscriptSet(
                    weight: .weight(100, .kg), reps: 8, minReps: 6, rpe: 8, timer: 90, isAMRAP: true,
                    logsRPE: true, asksWeight: true),
            ],
            rm1: LiftoscriptWeight(140, .kg), bodyweight: LiftoscriptWeight(80, .kg),
            day: 5, week: 2, dayInWeek: 2)
    }

    /// `count` sets of `reps` at `weight`, all done as prescribed.
    static func done(_ count: Int, reps: Int, at weight: LiftoscriptWeight) -> LiftoscriptBindings {
        let set = LiftoscriptSet(
            weight: .weight(weight), completedWeight: weight, reps: reps, completedReps: reps, isCompleted: true)
        return LiftoscriptBindings(
            sets: Array(repeating: set, count: count), rm1: LiftoscriptWeight(weight.value * 1.25, weight.unit))
    }

    /// Parses `source` or records every diagnostic as a test failure.
    static func parse(
        _ source: String, kind: LiftoscriptScriptKind = .progress, state: Set<String>? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> LiftoscriptScript {
        switch LiftoscriptScript.parse(source, kind: kind, stateVariables: state) {
        case .success(let script): return script
        case .failure(let list):
            Issue.record("parse failed:\n\(list)", sourceLocation: sourceLocation)
            throw list
        }
    }

    /// The diagnostics parsing `source` gives (empty when it parses).
    static func diagnostics(
        _ source: String, kind: LiftoscriptScriptKind = .progress,
        state: Set<String>? = nil, startingAt start: ProgramSourcePosition = .start
    ) -> [ProgramDiagnostic] {
        switch LiftoscriptScript.parse(source, startingAt: start, kind: kind, stateVariables: state) {
        case .success: []
        case .failure(let list): list.diagnostics
        }
    }

    /// Parses and runs `source` on `bindings`, returning the output; fails the test on any diagnostic.
    @discardableResult
    static func run(
        _ source: String, on bindings: inout LiftoscriptBindings, kind: LiftoscriptScriptKind = .progress,
        unit: WeightUnit = .kg, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> LiftoscriptRunOutput {
        let script = try parse(source, kind: kind, sourceLocation: sourceLocation)
        switch LiftoscriptEvaluator(context: LiftoscriptContext(unit: unit)).run(script, bindings: &bindings) {
        case .success(let output): return output
        case .failure(let diagnostic):
            Issue.record("run failed: \(diagnostic)", sourceLocation: sourceLocation)
            throw diagnostic
        }
    }

    /// The value `expression` evaluates to, printed through `print`.
    static func value(
        _ expression: String, on bindings: LiftoscriptBindings = threeSets(),
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> String {
        var bindings = bindings
        let output = try run("print(\(expression))", on: &bindings, sourceLocation: sourceLocation)
        return output.printedText
    }

    /// The runtime diagnostic running `source` gives, or nil when it runs.
    static func runtimeError(
        _ source: String, on bindings: LiftoscriptBindings = threeSets(),
        kind: LiftoscriptScriptKind = .progress, stepBudget: Int = LiftoscriptContext.defaultStepBudget,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> ProgramDiagnostic? {
        var bindings = bindings
        let script = try parse(source, kind: kind, sourceLocation: sourceLocation)
        let evaluator = LiftoscriptEvaluator(context: LiftoscriptContext(unit: .kg, stepBudget: stepBudget))
        if case .failure(let diagnostic) = evaluator.run(script, bindings: &bindings) { return diagnostic }
        return nil
    }
}

extension LiftoscriptBindings {
    /// Each set's weight as printed (`100kg`, `80%`).
    var weightTexts: [String] { sets.map(\.weight.description) }
}
