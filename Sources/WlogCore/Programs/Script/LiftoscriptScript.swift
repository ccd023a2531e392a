import Foundation

/// A parsed and checked script: the text between `{~` and `~}` of a `progress: custom()` or
/// `update: custom()` section.
public struct LiftoscriptScript: Equatable, Sendable {
    /// Whether it is a progress or an update script (they may write different variables).
    public let kind: LiftoscriptScriptKind
    /// The statements, in order.
    public let statements: [LiftoscriptStatement]
    /// Where the script text starts in the program file.
    public let start: ProgramSourcePosition

    /// Parses `source` (the text inside `{~ ~}`), which starts at `start` in the program file so
    /// that every diagnostic points into the file. `stateVariables` are the names declared in
    /// `custom(name: value, …)`; when given, `state.name` must be one of them, and a bare `name`
    /// reads the state variable too (as user-prompted ones are written). Returns the script or
    /// every diagnostic found.
    public static func parse(
        _ source: String, startingAt start: ProgramSourcePosition = .start,
        kind: LiftoscriptScriptKind,
        stateVariables: Set<String>? = nil
    ) -> Result<LiftoscriptScript, ProgramDiagnosticList> {
        guard source.unicodeScalars.count <= LiftoscriptLexer.maximumLength else {
            return .failure(
                ProgramDiagnosticList([
                    ProgramDiagnostic(
                        at: start, "the script is longer than \(LiftoscriptLexer.maximumLength) characters",
                        hint: "split the logic over several exercises or shorten it")
                ]))
        }
        var lexer = LiftoscriptLexer(source, startingAt: start)
        let tokens = lexer.tokens()
        var parser = LiftoscriptParser(tokens: tokens, stateVariables: stateVariables ?? [])
        let statements = parser.statements()
        var checker = LiftoscriptChecker(kind: kind, stateVariables: stateVariables)
        checker.check(statements)
        let diagnostics = lexer.diagnostics + parser.diagnostics + checker.diagnostics
        guard diagnostics.isEmpty else { return .failure(ProgramDiagnosticList(diagnostics)) }
        return .success(LiftoscriptScript(kind: kind, statements: statements, start: start))
    }
}

extension LiftoscriptValue {
    /// A state variable's starting value as `custom(name: value)` writes it: a number, a weight
    /// or a percentage, optionally negative (`0`, `-2.5`, `5lb`, `80%`).
    public static func parseLiteral(_ text: String, startingAt start: ProgramSourcePosition = .start) -> Result<
        LiftoscriptValue, ProgramDiagnostic
    > {
        let hint = "a state value is a number (3), a weight (5lb, 2.5kg) or a percentage (80%)"
        guard text.unicodeScalars.count <= 64 else {
            return .failure(ProgramDiagnostic(at: start, "the value is longer than 64 characters", hint: hint))
        }
        var lexer = LiftoscriptLexer(text, startingAt: start)
        var tokens = lexer.tokens()[...]
        if let problem = lexer.diagnostics.first { return .failure(problem) }
        var sign = 1.0
        if tokens.first?.kind == .symbol("-") {
            sign = -1
            tokens = tokens.dropFirst()
        }
        guard let token = tokens.first, tokens.dropFirst().first?.kind == .end else {
            return .failure(
                ProgramDiagnostic(at: tokens.first?.position ?? start, "expected a single value", hint: hint))
        }
        switch token.kind {
        case .number(let value): return .success(.number(sign * value))
        case .weight(let value, let unit): return .success(.weight(sign * value, unit))
        case .percentage(let value): return .success(.percentage(sign * value))
        default:
            return .failure(
                ProgramDiagnostic(at: token.position, "expected a number, a weight or a percentage", hint: hint))
        }
    }
}
