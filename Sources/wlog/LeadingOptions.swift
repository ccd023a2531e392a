import ArgumentParser

/// `wlog --db PATH history`: the database option given before the command. ArgumentParser reads
/// an option only after the command it belongs to, so it is moved there (after the whole
/// command path, such as `edit set`) before parsing.
enum LeadingOptions {
    /// `arguments` (without the program name) with a leading `--db PATH` or `--db=PATH` moved
    /// behind the command path; anything else is left as it is.
    static func moved(_ arguments: [String], root: any ParsableCommand.Type) -> [String] {
        var rest = arguments[...]
        var options: [String] = []
        while let first = rest.first {
            if first == "--db", rest.count >= 2 {
                options += rest.prefix(2)
                rest = rest.dropFirst(2)
            } else if first.hasPrefix("--db=") {
                options.append(first)
                rest = rest.dropFirst()
            } else {
                break
            }
        }
        guard !options.isEmpty else { return arguments }
        var command = root
        var path: [String] = []
        while let next = rest.first, let sub = command.configuration.subcommands.first(where: { name(of: $0) == next })
        {
            path.append(next)
            rest = rest.dropFirst()
            command = sub
        }
        guard !path.isEmpty else { return arguments }
        return path + options + rest
    }

    private static func name(of command: any ParsableCommand.Type) -> String? {
        command.configuration.commandName
    }
}
