import Foundation

/// Parses every `{~ ~}` script of a program with the Liftoscript script parser, so a mistake inside a
/// script is reported with the program's other problems, at its line and column in the file.
enum ScriptCheck {
    static func check(
        _ progressions: some Sequence<Progression>, _ updates: some Sequence<CustomProgression>,
        into diagnostics: inout [ProgramDiagnostic]
    ) {
        var seen = Set<ScriptBlock>()
        for case .custom(let custom) in progressions where seen.insert(custom.script).inserted {
            check(custom, kind: .progress, into: &diagnostics)
        }
        for update in updates where seen.insert(update.script).inserted {
            check(update, kind: .update, into: &diagnostics)
        }
    }

    static func check(
        _ custom: CustomProgression, kind: LiftoscriptScriptKind, into diagnostics: inout [ProgramDiagnostic]
    ) {
        let start = ProgramSourcePosition(line: custom.script.line, column: custom.script.column)
        let names = kind == .progress ? Set(custom.state.map(\.name)) : nil
        if case .failure(let list) = LiftoscriptScript.parse(
            custom.script.text, startingAt: start, kind: kind, stateVariables: names)
        {
            diagnostics += list.diagnostics
        }
    }
}
