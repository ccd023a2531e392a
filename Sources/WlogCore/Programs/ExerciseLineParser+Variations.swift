import Foundation

extension ExerciseLineParser {
    static let variationHint =
        "exercise variations are names separated by |, with ! before the current one: Split Squat | ! Lunge"

    /// `Name, Equipment | ! Other | Third`: the movements and the current one (from 1), or nil after a diagnostic.
    static func exerciseVariations(_ text: SourceText, into diagnostics: inout [ProgramDiagnostic]) -> (
        [ExerciseVariation], Int
    )? {
        var variations: [ExerciseVariation] = []
        var current: Int?
        for piece in text.string.split(separator: "|", omittingEmptySubsequences: false) {
            var written = piece.trimmingCharacters(in: .whitespaces)
            if written.hasPrefix("!") {
                guard current == nil else {
                    diagnostics.append(
                        ProgramDiagnostic(
                            at: text.start, "more than one exercise variation is marked current with !",
                            hint: variationHint))
                    return nil
                }
                current = variations.count + 1
                written = String(written.dropFirst()).trimmingCharacters(in: .whitespaces)
            }
            var name = written
            var equipment: String?
            if let comma = written.lastIndex(of: ",") {
                name = written[..<comma].trimmingCharacters(in: .whitespaces)
                equipment = written[written.index(after: comma)...].trimmingCharacters(in: .whitespaces)
            }
            guard isName(name), equipment.map(isName) ?? true, !name.contains("!") else {
                diagnostics.append(
                    ProgramDiagnostic(
                        at: text.start, "\(SetSectionParser.quoted(written)) is not an exercise name",
                        hint: lengthHint([name, equipment]) ?? variationHint))
                return nil
            }
            variations.append(ExerciseVariation(name: name, equipment: equipment))
        }
        guard variations.count <= 20 else {
            diagnostics.append(
                ProgramDiagnostic(at: text.start, "more than 20 exercise variations on one line", hint: variationHint))
            return nil
        }
        return (variations, current ?? 1)
    }
}
