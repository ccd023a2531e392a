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
    public static func parse(_ source: String, startingAt start: ProgramSourcePosition = .start,
                             kind: LiftoscriptScriptKind,
                             stateVariables: Set<String>? = nil) -> Result<LiftoscriptScript, ProgramDiagnosticList> {
        guard source.unicodeScalars.count <= LiftoscriptLexer.maximumLength else {
            return .failure(ProgramDiagnosticList([ProgramDiagnostic(
                at: start, "the script is longer than \(LiftoscriptLexer.maximumLength) characters",
                hint: "split the logic over several exercises or shorten it")]))
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
