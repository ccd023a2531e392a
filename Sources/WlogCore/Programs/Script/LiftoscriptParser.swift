import Foundation

/// Recursive-descent parser from tokens to statements. It records every error and goes on at
/// the next statement; nesting deeper than `maximumDepth` is an error, not a stack overflow.
struct LiftoscriptParser {
    /// The deepest nesting of blocks and parentheses accepted.
    static let maximumDepth = 64
    /// The longest `else if` chain accepted.
    static let maximumElseIfChain = 500

    var tokens: [LiftoscriptToken]
    var index = 0
    var depth = 0
    /// Set once nesting went past the limit: the rest of the script is skipped.
    var abandoned = false
    var diagnostics: [ProgramDiagnostic] = []
    /// State variables declared in `custom(…)`, which a script may also read by bare name.
    let stateVariables: Set<String>

    init(tokens: [LiftoscriptToken], stateVariables: Set<String> = []) {
        self.tokens = tokens
        self.stateVariables = stateVariables
    }

    /// Every statement up to the end of the tokens.
    mutating func statements() -> [LiftoscriptStatement] {
        var statements: [LiftoscriptStatement] = []
        while current.kind != .end, !abandoned {
            if isSymbol("}") {
                report("unexpected '}'", hint: "every '}' closes a '{' opened before it")
                advance()
                continue
            }
            if let statement = statement() { statements.append(statement) }
        }
        return statements
    }

    // MARK: Statements

    mutating func statement() -> LiftoscriptStatement? {
        while isSymbol(";") { advance() }
        guard current.kind != .end, !isSymbol("}") else { return nil }
        let start = current
        let startIndex = index
        let errorsBefore = diagnostics.count
        let parsed: LiftoscriptStatement?
        switch start.kind {
        case .identifier("if"): parsed = ifStatement()
        case .identifier("for"): parsed = forStatement()
        default: parsed = simpleStatement()
        }
        if parsed == nil, diagnostics.count > errorsBefore { recover(from: start, at: startIndex) }
        while isSymbol(";") { advance() }
        return parsed
    }

    /// `if (…) {…}` with any `else if` and `else`; `chain` counts the `else if`s before this one,
    /// which do not nest deeper but are limited to `maximumElseIfChain`.
    private mutating func ifStatement(chain: Int = 0) -> LiftoscriptStatement? {
        let start = current.position
        advance()
        guard let condition = parenthesized(after: "if") else { return nil }
        guard let body = block(after: "if (…)") else { return nil }
        var otherwise: [LiftoscriptStatement]?
        if case .identifier("else") = current.kind {
            advance()
            if case .identifier("if") = current.kind {
                guard chain < Self.maximumElseIfChain else {
                    report(
                        "more than \(Self.maximumElseIfChain) else if in a row",
                        hint: "split the decision over several if statements")
                    index = tokens.count - 1
                    abandoned = true
                    return nil
                }
                otherwise = ifStatement(chain: chain + 1).map { [$0] } ?? []
            } else {
                otherwise = block(after: "else") ?? []
            }
        }
        return LiftoscriptStatement(.ifElse(condition, body, otherwise), at: start)
    }

    private mutating func forStatement() -> LiftoscriptStatement? {
        let start = current.position
        advance()
        guard expectSymbol("(", hint: "a loop reads for (var.i in completedReps) { … }") else { return nil }
        guard case .identifier("var") = current.kind else {
            report("a loop variable must be a temporary variable", hint: "write for (var.i in reps) { … }")
            return nil
        }
        advance()
        guard expectSymbol(".", hint: "write var.i"), let name = identifierName() else { return nil }
        guard case .identifier("in") = current.kind else {
            report("expected 'in' after the loop variable", hint: "write for (var.\(name) in reps) { … }")
            return nil
        }
        advance()
        guard let sequence = expression() else { return nil }
        guard expectSymbol(")", hint: "close the loop header with ')'") else { return nil }
        guard let body = block(after: "for (…)") else { return nil }
        return LiftoscriptStatement(.forIn(name, sequence, body), at: start)
    }

    /// An assignment, or a function call standing alone.
    private mutating func simpleStatement() -> LiftoscriptStatement? {
        let start = current.position
        let mark = (index, diagnostics.count)
        if let target = assignmentTarget(), case .symbol(let symbol) = current.kind,
            let operation = LiftoscriptAssignmentOperator(rawValue: symbol)
        {
            advance()
            guard let value = expression() else { return nil }
            return LiftoscriptStatement(.assignment(target, operation, value), at: start)
        }
        (index, _) = mark
        diagnostics.removeSubrange(mark.1...)
        guard let value = expression() else { return nil }
        guard case .call = value.kind else {
            if case .invalid = value.kind { return nil }
            diagnostics.append(
                ProgramDiagnostic(
                    at: start, "this expression is computed but not used",
                    hint: "assign it (weights = …, state.x = …, var.x = …), or use == inside if (…)"))
            return nil
        }
        return LiftoscriptStatement(.expression(value), at: start)
    }

    /// `{ statements }`.
    mutating func block(after owner: String) -> [LiftoscriptStatement]? {
        let open = current.position
        guard expectSymbol("{", hint: "the body of \(owner) goes between '{' and '}'") else { return nil }
        return nested { (parser: inout LiftoscriptParser) -> [LiftoscriptStatement]? in
            var body: [LiftoscriptStatement] = []
            while !parser.isSymbol("}") {
                if parser.abandoned { return nil }
                if parser.current.kind == .end {
                    parser.diagnostics.append(
                        ProgramDiagnostic(
                            at: open, "'{' is never closed",
                            hint: "add '}' to end the block of \(owner)"))
                    return body
                }
                if let statement = parser.statement() { body.append(statement) }
            }
            parser.advance()
            return body
        }
    }

    /// Skips the rest of a broken statement: to the next `;`, to a `}`, or to a token on a later
    /// line than the statement's start, whichever comes first.
    private mutating func recover(from start: LiftoscriptToken, at startIndex: Int) {
        if index == startIndex { advance() }
        while current.kind != .end, !isSymbol(";"), !isSymbol("}"), current.position.line <= start.position.line {
            advance()
        }
    }

    // MARK: Tokens

    var current: LiftoscriptToken { tokens[min(index, tokens.count - 1)] }

    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    func isSymbol(_ symbol: String) -> Bool { current.kind == .symbol(symbol) }

    mutating func expectSymbol(_ symbol: String, hint: String) -> Bool {
        guard isSymbol(symbol) else {
            report("expected '\(symbol)' but found \(describe(current))", hint: hint)
            return false
        }
        advance()
        return true
    }

    mutating func identifierName() -> String? {
        guard case .identifier(let name) = current.kind else {
            report(
                "expected a name but found \(describe(current))",
                hint: "names are letters, digits and _, starting with a letter")
            return nil
        }
        advance()
        return name
    }

    mutating func report(_ message: String, hint: String? = nil) {
        diagnostics.append(ProgramDiagnostic(at: current.position, message, hint: hint))
    }

    /// Runs `body` one nesting level deeper, refusing past `maximumDepth`.
    mutating func nested<Value>(_ body: (inout LiftoscriptParser) -> Value?) -> Value? {
        guard depth < Self.maximumDepth else {
            report(
                "the script nests deeper than \(Self.maximumDepth) levels",
                hint: "use temporary variables (var.x) to split the expression")
            index = tokens.count - 1
            abandoned = true
            return nil
        }
        depth += 1
        defer { depth -= 1 }
        return body(&self)
    }

    func describe(_ token: LiftoscriptToken) -> String {
        switch token.kind {
        case .number(let value): "the number \(NumberText.plain(value))"
        case .weight(let value, let unit): "the weight \(NumberText.plain(value))\(unit.rawValue)"
        case .percentage(let value): "the percentage \(NumberText.plain(value))%"
        case .identifier(let name): "'\(name)'"
        case .symbol(let symbol): "'\(symbol)'"
        case .end: "the end of the script"
        }
    }
}

extension LiftoscriptParser {
    /// `( expression )` after `if`.
    mutating func parenthesized(after owner: String) -> LiftoscriptExpression? {
        guard expectSymbol("(", hint: "write \(owner) (condition) { … }") else { return nil }
        guard let value = expression() else { return nil }
        guard expectSymbol(")", hint: "close the condition of \(owner) with ')'") else { return nil }
        return value
    }
}
