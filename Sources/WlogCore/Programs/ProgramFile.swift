import Foundation

/// A program file read for the `wlog program` commands: bounded in size, UTF-8, parsed.
public enum ProgramFile {
    /// The largest program file read, in bytes.
    public static let maximumBytes = 1_000_000

    /// The text of the file at `path`.
    public static func read(_ path: String) throws(ProgramUseError) -> String {
        let url = URL(fileURLWithPath: path)
        let shown = ProgramDiagnostic.terminalSafe(path)
        guard let handle = try? FileHandle(forReadingFrom: url) else {
            throw ProgramUseError(description: "\(shown): cannot be read; check the path and its permissions")
        }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: maximumBytes + 1) else {
            throw ProgramUseError(description: "\(shown): cannot be read; is it a folder?")
        }
        guard data.count <= maximumBytes else {
            throw ProgramUseError(
                description:
                    "\(shown): larger than \(maximumBytes / 1_000_000) MB; a program file is plain text, split it")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ProgramUseError(description: "\(shown): not UTF-8 text; save the program as UTF-8")
        }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }
}

extension OneRepMaxes {
    /// `squat=140kg`, `bench press=225lb`, as given to `--1rm`.
    public static func parse(_ arguments: [String]) throws(ProgramUseError) -> OneRepMaxes {
        var result = OneRepMaxes()
        for argument in arguments {
            let parts = argument.split(separator: "=", maxSplits: 1)
            let name = parts.first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard parts.count == 2, !name.isEmpty, name.count <= 100,
                let weight = ProgramNumberParser.weight(
                    Substring(parts[1].trimmingCharacters(in: .whitespaces).lowercased())),
                weight.value > 0, weight.value <= SetSectionParser.maximumLoad
            else {
                throw ProgramUseError(
                    description:
                        "--1rm: \(SetSectionParser.quoted(argument)) is not accepted; write EXERCISE=WEIGHT such as squat=140kg or \"bench press=225lb\""
                )
            }
            result[name] = weight
        }
        return result
    }
}

extension ProgramWeight {
    /// `80kg`, `180lb`, as given to `--bodyweight`.
    public static func parseBodyweight(_ argument: String) throws(ProgramUseError) -> ProgramWeight {
        guard
            let weight = ProgramNumberParser.weight(
                Substring(argument.trimmingCharacters(in: .whitespaces).lowercased())),
            weight.value > 0, weight.value <= SetSectionParser.maximumLoad
        else {
            throw ProgramUseError(
                description:
                    "--bodyweight: \(SetSectionParser.quoted(argument)) is not accepted; write a weight such as 80kg or 180lb"
            )
        }
        return weight
    }
}

extension SimulatedFailure {
    /// `squat@3`: the exercise fails in session 3.
    public static func parse(_ argument: String) throws(ProgramUseError) -> SimulatedFailure {
        guard let at = argument.lastIndex(of: "@"),
            let session = ProgramNumberParser.integer(Substring(argument[argument.index(after: at)...])), session >= 1,
            !argument[..<at].trimmingCharacters(in: .whitespaces).isEmpty
        else {
            throw ProgramUseError(
                description:
                    "--fail: \(SetSectionParser.quoted(argument)) is not accepted; write EXERCISE@SESSION such as squat@3"
            )
        }
        return SimulatedFailure(exercise: argument[..<at].trimmingCharacters(in: .whitespaces), session: session)
    }
}
