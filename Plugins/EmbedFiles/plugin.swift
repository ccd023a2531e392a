import Foundation
import PackagePlugin

/// Compiles the package's `Migrations/` and `Seeds/` folders into the target that uses it,
/// so that a `wlog` binary copied anywhere still carries its schema and its exercise library.
@main
struct EmbedFiles: BuildToolPlugin {
    /// The folders embedded, each as the Swift constant that will hold its files.
    private let groups = [("embeddedMigrations", "Migrations"), ("embeddedSeeds", "Seeds")]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let packageDirectory = context.package.directoryURL
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        var arguments = [output.path()]
        var inputs: [URL] = []
        for (constant, folder) in groups {
            let directory = packageDirectory.appending(path: folder)
            arguments += [constant, directory.path()]
            inputs.append(directory)
            inputs += try regularFiles(in: directory)
        }
        return [
            .buildCommand(
                displayName: "Embedding Migrations/ and Seeds/",
                executable: try context.tool(named: "EmbedFilesTool").url,
                arguments: arguments,
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    private func regularFiles(in directory: URL) throws -> [URL] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path())
        return names.sorted().filter { !$0.hasPrefix(".") }.map { directory.appending(path: $0) }
    }
}
