import Foundation

/// Expressions, from the loosest binding (`?:`) to the tightest (literals, names, calls).
extension LiftoscriptParser {
    private static let binaryLevels: [[LiftoscriptBinaryOperator]] = [
        [.or], [.and], [.equal, .notEqual], [.greater, .less, .greaterOrEqual, .lessOrEqual],
        [.add, .subtract], [.multiply, .divide, .remainder],
    ]

    /// An expression, or nil after recording why there is none.
    mutating func expression() -> LiftoscriptExpression? {
        nested { $0.ternary() }
    }

    private mutating func ternary() -> LiftoscriptExpression? {
        guard let condition = binary(level: 0) else { return nil }
        guard isSymbol("?") else { return condition }
        advance()
        guard let whenTrue = expression() else { return nil }
        guard expectSymbol(":", hint: "a ternary reads condition ? value : other value") else { return nil }
        guard let whenFalse = expression() else { return nil }
        return LiftoscriptExpression(.ternary(condition, whenTrue, whenFalse), at: condition.position)
    }

    private mutating func binary(level: Int) -> LiftoscriptExpression? {
        guard level < Self.binaryLevels.count else { return unary() }
        guard var left = binary(level: level + 1) else { return nil }
        while case .symbol(let symbol) = current.kind,
            let operation = LiftoscriptBinaryOperator(rawValue: symbol), Self.binaryLevels[level].contains(operation)
        {
            advance()
            guard let right = binary(level: level + 1) else { return nil }
            left = LiftoscriptExpression(.binary(operation, left, right), at: left.position)
        }
        return left
    }

    private mutating func unary() -> LiftoscriptExpression? {
        let start = current.position
        if isSymbol("-") || isSymbol("!") || isSymbol("+") {
            let symbol: LiftoscriptUnaryOperator? = isSymbol("-") ? .negate : isSymbol("!") ? .not : nil
            advance()
            guard let operand = nested({ $0.unary() }) else { return nil }
            guard let symbol else { return operand }
            return LiftoscriptExpression(.unary(symbol, operand), at: start)
        }
        return postfix()
    }

    /// A primary expression followed by any number of `[index]`.
    private mutating func postfix() -> LiftoscriptExpression? {
        guard var value = primary() else { return nil }
        while isSymbol("[") {
            advance()
            guard let index = expression() else { return nil }
            if isSymbol(":") {
                report(
                    "week:day:setvariation:set targets are only for assignments",
                    hint: "to read one set, write a single index such as weights[2]")
                return nil
            }
            guard expectSymbol("]", hint: "close the index with ']'") else { return nil }
            value = LiftoscriptExpression(.index(value, index), at: value.position)
        }
        return value
    }

    private mutating func primary() -> LiftoscriptExpression? {
        let token = current
        switch token.kind {
        case .number(let value):
            advance()
            return LiftoscriptExpression(.literal(.number(value)), at: token.position)
        case .weight(let value, let unit):
            advance()
            return LiftoscriptExpression(.literal(.weight(value, unit)), at: token.position)
        case .percentage(let value):
            advance()
            return LiftoscriptExpression(.literal(.percentage(value)), at: token.position)
        case .symbol("("):
            advance()
            guard let inner = expression() else { return nil }
            guard expectSymbol(")", hint: "close the parenthesis opened at \(token.position)") else { return nil }
            return inner
        case .identifier(let name):
            return named(name, at: token.position)
        default:
            report(
                "expected a value but found \(describe(token))",
                hint:
                    "a value is a number (5), a weight (5lb, 2.5kg), a percentage (80%), a variable or a function call")
            return nil
        }
    }

    /// A name: a function call, `state.x`, `var.x` or a predefined variable.
    private mutating func named(_ name: String, at position: ProgramSourcePosition) -> LiftoscriptExpression? {
        advance()
        if isSymbol("(") {
            advance()
            var arguments: [LiftoscriptExpression] = []
            if !isSymbol(")") {
                repeat {
                    if isSymbol(",") { advance() }
                    guard let argument = expression() else { return nil }
                    arguments.append(argument)
                } while isSymbol(",")
            }
            guard expectSymbol(")", hint: "close the arguments of \(name)( with ')'") else { return nil }
            return LiftoscriptExpression(.call(name, arguments), at: position)
        }
        switch name {
        case "state":
            if isSymbol("[") {
                report("state[tag].name can only be assigned to", hint: "read this exercise's own state as state.name")
                return nil
            }
            guard expectSymbol(".", hint: "state variables read state.name"), let variable = identifierName() else {
                return nil
            }
            return LiftoscriptExpression(.state(variable), at: position)
        case "var":
            guard expectSymbol(".", hint: "temporary variables read var.name"), let variable = identifierName() else {
                return nil
            }
            return LiftoscriptExpression(.temporary(variable), at: position)
        default:
            if LiftoscriptVariable.named(name) == nil, stateVariables.contains(name) {
                return LiftoscriptExpression(.state(name), at: position)
            }
            guard let variable = LiftoscriptVariable.named(name) else {
                diagnostics.append(
                    ProgramDiagnostic(
                        at: position, "unknown name '\(name)'",
                        hint: Self.unknownNameHint(name)))
                return LiftoscriptExpression(.invalid, at: position)
            }
            return LiftoscriptExpression(.variable(variable), at: position)
        }
    }

    /// What an assignment writes to, or nil (without diagnostics worth keeping) when the
    /// statement does not start like one.
    mutating func assignmentTarget() -> LiftoscriptAssignmentTarget? {
        guard case .identifier(let name) = current.kind else { return nil }
        advance()
        switch name {
        case "var":
            guard isSymbol(".") else { return nil }
            advance()
            return identifierName().map { .temporary($0) }
        case "state":
            if isSymbol(".") {
                advance()
                return identifierName().map { .state($0) }
            }
            guard isSymbol("[") else { return nil }
            advance()
            guard let tag = expression(), expectSymbol("]", hint: "state[tag].name"),
                expectSymbol(".", hint: "state[tag].name"), let variable = identifierName()
            else { return nil }
            return .taggedState(tag: tag, name: variable)
        default:
            guard let variable = LiftoscriptVariable.named(name) else { return nil }
            var selectors: [LiftoscriptSelector] = []
            if isSymbol("[") {
                repeat {
                    advance()
                    if isSymbol("*") {
                        advance()
                        selectors.append(.any)
                    } else {
                        guard let value = expression() else { return nil }
                        selectors.append(.value(value))
                    }
                } while isSymbol(":")
                guard expectSymbol("]", hint: "close the target with ']'") else { return nil }
            }
            return .variable(variable, selectors: selectors)
        }
    }

    static func unknownNameHint(_ name: String) -> String {
        if LiftoscriptFunction(rawValue: name) != nil { return "\(name) is a function: call it as \(name)(…)" }
        if let close = LiftoscriptVariable.allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() }) {
            return "did you mean '\(close.rawValue)'?"
        }
        return "state variables are written state.\(name), temporary ones var.\(name)"
    }
}
