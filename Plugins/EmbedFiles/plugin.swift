import Foundation
import PackagePlugin

/// Compiles the package's `Migrations/`, `Seeds/` and `Seeds/programs/` folders into the target that
/// uses it, so that a `wlog` binary copied anywhere still carries its schema, its exercise library and
/// its bundled programs. Each folder's own files only: a subfolder is a group of its own.
@main
struct EmbedFiles: BuildToolPlugin {
    /// The folders embedded, each as the Swift constant that will hold its files.
    private let groups = [
        ("embeddedMigrations", "Migrations"), ("embeddedSeeds", "Seeds"), ("embeddedPrograms", "Seeds/programs"),
    ]

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
                displayName: "Embedding Migrations/, Seeds/ and Seeds/programs/",
                executable: try context.tool(named: "EmbedFilesTool").url,
                arguments: arguments,
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    private func regularFiles(in directory: URL) throws -> [URL] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path())
        return names.sorted().filter { !$0.hasPrefix(".") }.map { directory.appending(path: $0) }.filter { file in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: file.path(), isDirectory: &isFolder) && !isFolder.boolValue
        }
    }
}
