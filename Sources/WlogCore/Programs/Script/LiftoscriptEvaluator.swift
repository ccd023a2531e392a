import Foundation

/// Runs a parsed script on an exercise's bindings. No I/O: prints are collected in the output.
/// Every run is bounded by the context's step budget; a run that fails leaves the bindings as
/// they were.
public struct LiftoscriptEvaluator: Sendable {
    /// The unit, rounding step and step budget of every run.
    public let context: LiftoscriptContext

    public init(context: LiftoscriptContext) {
        self.context = context
    }

    /// Runs `script`, changing `bindings` only when the whole run succeeds.
    public func run(
        _ script: LiftoscriptScript,
        bindings: inout LiftoscriptBindings
    ) -> Result<LiftoscriptRunOutput, ProgramDiagnostic> {
        var run = LiftoscriptRun(kind: script.kind, context: context, bindings: bindings)
        do {
            try run.execute(script.statements)
        } catch {
            return .failure(error)
        }
        bindings = run.bindings
        run.output.steps = run.steps
        return .success(run.output)
    }
}

/// The state of one run: the bindings being changed, temporary variables, output, steps taken.
struct LiftoscriptRun {
    let kind: LiftoscriptScriptKind
    let context: LiftoscriptContext
    var bindings: LiftoscriptBindings
    var temporaries: [String: LiftoscriptValue] = [:]
    var output = LiftoscriptRunOutput()
    var steps = 0

    init(kind: LiftoscriptScriptKind, context: LiftoscriptContext, bindings: LiftoscriptBindings) {
        self.kind = kind
        self.context = context
        self.bindings = bindings
    }

    /// Counts one step, failing once the budget is spent.
    mutating func step(at position: ProgramSourcePosition) throws(ProgramDiagnostic) {
        steps += 1
        guard steps <= context.stepBudget else {
            throw ProgramDiagnostic(
                at: position, "the script ran longer than its budget of \(context.stepBudget) steps",
                hint: "look for a loop that does more work than the sets need")
        }
    }

    mutating func execute(_ statements: [LiftoscriptStatement]) throws(ProgramDiagnostic) {
        for statement in statements { try execute(statement) }
    }

    private mutating func execute(_ statement: LiftoscriptStatement) throws(ProgramDiagnostic) {
        try step(at: statement.position)
        switch statement.kind {
        case .expression(let value):
            _ = try evaluate(value)
        case .assignment(let target, let operation, let value):
            try assign(target, operation, value, at: statement.position)
        case .ifElse(let condition, let body, let otherwise):
            if try evaluate(condition).isTruthy {
                try execute(body)
            } else if let otherwise {
                try execute(otherwise)
            }
        case .forIn(let name, let sequence, let body):
            guard case .array(let values) = try evaluate(sequence) else {
                throw ProgramDiagnostic(
                    at: sequence.position, "a loop needs an array after 'in'",
                    hint: "loop over a per-set variable: for (var.\(name) in completedReps) { … }")
            }
            for index in values.indices {
                try step(at: statement.position)
                temporaries[name] = .number(Double(index + 1))
                try execute(body)
            }
        }
    }

    /// `value` as a whole number, or a diagnostic naming what it was for.
    func wholeNumber(_ value: LiftoscriptValue, for role: String, at position: ProgramSourcePosition)
        throws(ProgramDiagnostic) -> Int
    {
        let number: Double
        switch value {
        case .number(let value): number = value
        case .boolean(let value): number = value ? 1 : 0
        default:
            throw ProgramDiagnostic(
                at: position, "\(role) must be a number, not \(value.typeName)", hint: "use a plain number such as 2")
        }
        guard number == number.rounded(), abs(number) < 1e9 else {
            throw ProgramDiagnostic(
                at: position, "\(role) must be a whole number, not \(NumberText.plain(number))",
                hint: "round it with floor(…), ceil(…) or round(…)")
        }
        return Int(number)
    }
}
