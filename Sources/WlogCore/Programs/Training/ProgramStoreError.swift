import Foundation

/// Why a stored-program use case was refused; nothing was written.
public enum ProgramStoreError: Error, Equatable, CustomStringConvertible {
    case noActiveProgram
    case unknownProgram(name: String, known: [String])
    /// Exercise names of the program that match no exercise, each with the closest ones.
    case unresolvedExercises([UnresolvedExercise])
    case badName(String)
    case badPosition(String)
    case unknownExercise(name: String, program: String)

    public var description: String {
        switch self {
        case .noActiveProgram:
            return "no program is active; `wlog program add FILE` adds one, `wlog program use NAME` picks one"
        case .unknownProgram(let name, let known):
            return "no program is named \"\(name)\""
                + (known.isEmpty
                    ? "; `wlog program add FILE` adds one" : "; the programs are: \(known.joined(separator: ", "))")
        case .unresolvedExercises(let names):
            let lines = names.map {
                "  \($0.name)" + ($0.closest.isEmpty ? "" : ": closest \($0.closest.joined(separator: ", "))")
            }
            return "\(names.count) exercise name\(names.count == 1 ? "" : "s") of the program match no exercise:\n"
                + lines.joined(separator: "\n")
                + "\nrename them in the file, `wlog import seeds` for the library, or add --create-missing to make them custom exercises"
        case .badName(let name):
            return "\"\(name)\" cannot name a program: give 1 to 100 characters"
        case .badPosition(let reason):
            return reason
        case .unknownExercise(let name, let program):
            return "\"\(name)\" is not an exercise of \(program)"
        }
    }
}

/// An exercise name of a program that matches no exercise of the library.
public struct UnresolvedExercise: Hashable, Sendable {
    public var name: String
    /// The closest slugs, best first.
    public var closest: [String]

    public init(name: String, closest: [String]) {
        self.name = name
        self.closest = closest
    }
}
