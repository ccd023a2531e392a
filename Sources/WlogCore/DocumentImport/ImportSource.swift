import Foundation

/// One document to import: where it came from (for messages and the `origin` column) and its
/// bytes, given or read from the file when the document is parsed (so an import of many files
/// holds only the batch it is working on).
public struct ImportSource: Sendable {
    /// The path shown in messages, such as `Seeds/plank.md` or `./my/plank.md`.
    public var path: String
    private var bytes: Data?

    public init(path: String, data: Data) {
        self.path = path
        self.bytes = data
    }

    /// The file at `path`, read when `data()` is first asked for.
    public init(fileAt path: String) {
        self.path = path
    }

    /// The document's bytes, or a `DocumentError` when the file cannot be read.
    public func data() throws(DocumentError) -> Data {
        if let bytes { return bytes }
        do {
            return try RegularFile.contents(of: path)
        } catch {
            throw DocumentError(line: nil, message: error.message, hint: error.hint)
        }
    }

    public var fileName: String { (path as NSString).lastPathComponent }

    /// The file extensions a folder import picks up.
    public static let documentExtensions: Set<String> = ["md", "markdown", "txt"]

    /// The bundled library compiled in from `Seeds/`.
    public static func seeds() -> [ImportSource] {
        EmbeddedResources.seeds
            .filter { documentExtensions.contains(($0.name as NSString).pathExtension.lowercased()) }
            .map { ImportSource(path: "Seeds/\($0.name)", data: $0.data ?? Data()) }
    }

    /// What `wlog import` names: `seeds` for the bundled library, else a file or folder (see
    /// `files(at:)`), in the order given.
    public static func named(_ names: [String]) -> (sources: [ImportSource], problems: [ImportProblem]) {
        var sources: [ImportSource] = []
        var problems: [ImportProblem] = []
        for name in names {
            if name == "seeds" {
                sources += seeds()
            } else {
                let found = files(at: [name])
                sources += found.sources
                problems += found.problems
            }
        }
        return (sources, problems)
    }

    /// The files at `paths`: a file as given, a folder searched recursively for documents.
    /// Missing paths are reported as problems, not thrown one by one; files are read later.
    public static func files(at paths: [String]) -> (sources: [ImportSource], problems: [ImportProblem]) {
        var sources: [ImportSource] = []
        var problems: [ImportProblem] = []
        let files = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isFolder) else {
                problems.append(
                    ImportProblem(
                        path: path,
                        error: DocumentError(line: nil, message: "no such file or folder", hint: "check the path")))
                continue
            }
            let filePaths: [String]
            if isFolder.boolValue {
                filePaths = documentPaths(under: path, problems: &problems).sorted()
            } else {
                filePaths = [path]
            }
            sources += filePaths.map(ImportSource.init(fileAt:))
        }
        return (sources, problems)
    }
}

extension ImportSource {
    /// The documents in `folder` and its subfolders (symbolic links to folders are not
    /// followed). A subfolder that cannot be listed is reported as a problem, not skipped.
    ///
    /// The folder is read with `readdir`, whose entries say whether each is a folder: asking
    /// `FileManager` for each file's attributes also looked up its owner and group in
    /// `/etc/passwd` and `/etc/group` and listed its extended attributes, a fifth of the time
    /// of a 10,000-document import, before any document was parsed.
    static func documentPaths(under folder: String, problems: inout [ImportProblem]) -> [String] {
        guard let directory = opendir(folder) else {
            problems.append(
                ImportProblem(
                    path: folder,
                    error: DocumentError(
                        line: nil,
                        message:
                            "this folder cannot be read (\(String(cString: strerror(errno)))); its documents were not imported",
                        hint: "check its permissions (it must be readable and searchable)")))
            return []
        }
        var entries: [(name: String, type: UInt8)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { entries.append((name, entry.pointee.d_type)) }
        }
        closedir(directory)
        var found: [String] = []
        for (name, type) in entries {
            let path = (folder as NSString).appendingPathComponent(name)
            if isFolder(path, type: type) {
                found += documentPaths(under: path, problems: &problems)
            } else if documentExtensions.contains((name as NSString).pathExtension.lowercased()) {
                found.append(path)
            }
        }
        return found
    }

    /// Whether the entry at `path` is a folder itself (not a symbolic link to one): as
    /// `readdir` says, or as `lstat` says when the file system does not tell `readdir`.
    private static func isFolder(_ path: String, type: UInt8) -> Bool {
        if type != UInt8(DT_UNKNOWN) { return type == UInt8(DT_DIR) }
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }
}

/// A problem with one file of an import.
public struct ImportProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var error: DocumentError

    public var description: String { error.located(in: path) }
}

/// An import that wrote nothing because some of its files are invalid.
public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    public var problems: [ImportProblem]

    public var description: String {
        let count = problems.count == 1 ? "1 file is invalid" : "\(problems.count) files are invalid"
        return
            (problems.map(\.description) + [
                "\(count); nothing was imported (fix them, or pass --skip-invalid to import the rest)"
            ])
            .joined(separator: "\n")
    }
}
