import Foundation

/// Checks a parsed script against the rules that do not need values: known functions with the
/// right number of arguments, assignments only to writable variables with allowed targets, and
/// declared state variables.
struct LiftoscriptChecker {
    let kind: LiftoscriptScriptKind
    let stateVariables: Set<String>?
    private(set) var diagnostics: [ProgramDiagnostic] = []

    init(kind: LiftoscriptScriptKind, stateVariables: Set<String>?) {
        self.kind = kind
        self.stateVariables = stateVariables
    }

    mutating func check(_ statements: [LiftoscriptStatement]) {
        for statement in statements { check(statement) }
    }

    private mutating func check(_ statement: LiftoscriptStatement) {
        switch statement.kind {
        case .expression(let value):
            check(value)
        case .assignment(let target, _, let value):
            check(target, at: statement.position)
            check(value)
        case .ifElse(let condition, let body, let otherwise):
            check(condition)
            check(body)
            check(otherwise ?? [])
        case .forIn(_, let sequence, let body):
            check(sequence)
            check(body)
        }
    }

    private mutating func check(_ target: LiftoscriptAssignmentTarget, at position: ProgramSourcePosition) {
        switch target {
        case .temporary:
            break
        case .state(let name):
            if kind == .update {
                report(
                    at: position, "an update script cannot change state variables",
                    hint: "change state.\(name) in the progress: custom() script instead")
            } else {
                checkDeclared(name, at: position)
            }
        case .taggedState(let tag, _):
            if kind == .update {
                report(
                    at: position, "an update script cannot change state variables",
                    hint: "change other exercises' state in a progress: custom() script")
            }
            check(tag)
        case .variable(let variable, let selectors):
            guard variable.isWritable(in: kind) else {
                report(
                    at: position, "'\(variable.rawValue)' is read-only in \(kind.rawValue) scripts",
                    hint: "a \(kind.rawValue) script may assign to \(LiftoscriptVariable.writableNames(in: kind))")
                return
            }
            let limit = variable.selectorLimit(in: kind)
            if selectors.count > limit {
                let hint: String =
                    switch (variable, kind) {
                    case (.numberOfSets, .progress): "numberOfSets takes at most [week:day:setvariation]"
                    case (_, .update) where variable.isPerSet:
                        "an update script only changes this workout: write \(variable.rawValue) or \(variable.rawValue)[set]"
                    case (_, .progress) where variable.isPerSet:
                        "the target reads \(variable.rawValue)[week:day:setvariation:set]"
                    default: "assign \(variable.rawValue) without brackets"
                    }
                report(
                    at: position, "too many targets in brackets for '\(variable.rawValue)' (at most \(limit))",
                    hint: hint)
            }
            for case .value(let selector) in selectors { check(selector) }
        }
    }

    private mutating func check(_ expression: LiftoscriptExpression) {
        switch expression.kind {
        case .literal, .variable, .temporary, .invalid:
            break
        case .state(let name):
            checkDeclared(name, at: expression.position)
        case .index(let base, let index):
            check(base)
            check(index)
        case .unary(_, let operand):
            check(operand)
        case .binary(_, let left, let right):
            check(left)
            check(right)
        case .ternary(let condition, let whenTrue, let whenFalse):
            check(condition)
            check(whenTrue)
            check(whenFalse)
        case .call(let name, let arguments):
            checkCall(name, arguments, at: expression.position)
            for argument in arguments { check(argument) }
        }
    }

    private mutating func checkCall(
        _ name: String, _ arguments: [LiftoscriptExpression], at position: ProgramSourcePosition
    ) {
        guard let function = LiftoscriptFunction(rawValue: name) else {
            let known = LiftoscriptFunction.allCases.map(\.rawValue).joined(separator: ", ")
            report(at: position, "unknown function '\(name)'", hint: "the functions are \(known)")
            return
        }
        let (minimum, maximum) = function.arity
        if arguments.count < minimum || arguments.count > (maximum ?? Int.max) {
            report(
                at: position, "\(name) takes \(function.arityText), not \(arguments.count)",
                hint: "call it as \(function.signature)")
        }
        if function == .sets, kind == .progress {
            report(
                at: position, "sets(…) works only in update: custom() scripts",
                hint: "in a progress script assign numberOfSets, reps, weights … instead")
        }
    }

    private mutating func checkDeclared(_ name: String, at position: ProgramSourcePosition) {
        guard let stateVariables, !stateVariables.contains(name) else { return }
        let declared = stateVariables.sorted().joined(separator: ", ")
        report(
            at: position, "unknown state variable '\(name)'",
            hint: stateVariables.isEmpty
                ? "declare it in custom(\(name): 0)" : "declared: \(declared); add \(name): 0 to custom(…)")
    }

    private mutating func report(at position: ProgramSourcePosition, _ message: String, hint: String) {
        diagnostics.append(ProgramDiagnostic(at: position, message, hint: hint))
    }
}
