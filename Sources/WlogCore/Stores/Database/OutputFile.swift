import Foundation

/// Writes a file wlog creates (an export, a report, an exercise document): mode 0600 whatever
/// the umask, since a training log is personal data; written to a new file beside the target
/// and renamed over it only once complete; never over the database or its companions.
public enum OutputFile {
    /// Writes `data` to `path`, replacing a file that is there, unless `path` is one of `protected`.
    public static func write(_ data: Data, to path: String, protecting protected: ProtectedFiles)
        throws(OutputFileError)
    {
        do {
            try place(path, protecting: protected) { handle in try handle.write(contentsOf: data) }
        } catch let error as OutputFileError {
            throw error
        } catch {
            throw .cannotWrite(path, error.localizedDescription)
        }
    }

    /// Calls `body` with a function that appends text to the file, then puts the file in place:
    /// an export that fails halfway leaves no half-written file. Refuses `protected` paths first.
    public static func stream<T>(
        to path: String, protecting protected: ProtectedFiles,
        _ body: (_ append: (String) throws -> Void) throws -> T
    ) throws -> T {
        try place(path, protecting: protected) { handle in
            try body { text in try handle.write(contentsOf: Data(text.utf8)) }
        }
    }

    /// Writes text to standard output as it comes.
    public static func standardOutput(_ text: String) throws {
        try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
    }

    /// Fills a new private file beside `path` with `fill`, then renames it over `path` in one step.
    private static func place<T>(_ path: String, protecting protected: ProtectedFiles, _ fill: (FileHandle) throws -> T)
        throws -> T
    {
        try protected.refuse(path)
        let partial = try createPrivateFile(beside: path)
        do {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: partial))
            defer { try? handle.close() }
            let result = try fill(handle)
            guard rename(partial, path) == 0 else {
                throw OutputFileError.cannotWrite(path, String(cString: strerror(errno)))
            }
            return result
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
    }

    /// Creates an empty file, mode 0600, in `path`'s folder, with a name no other file has;
    /// returns its path. The caller fills it and renames it into place.
    public static func createPrivateFile(beside path: String) throws(OutputFileError) -> String {
        let partial = path + ".partial-\(UUID().uuidString)"
        let descriptor = open(partial, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .cannotWrite(path, String(cString: strerror(errno))) }
        // The umask can only take permissions away; fchmod makes the mode exactly 0600.
        let changed = fchmod(descriptor, 0o600)
        close(descriptor)
        guard changed == 0 else {
            try? FileManager.default.removeItem(atPath: partial)
            throw .cannotWrite(path, String(cString: strerror(errno)))
        }
        return partial
    }
}

/// Why wlog did not write a file.
public enum OutputFileError: Error, Equatable, CustomStringConvertible {
    /// The path leads to the database or one of its companion files.
    case database(String)
    /// The file system refused, with its reason.
    case cannotWrite(String, String)

    public var description: String {
        switch self {
        case .database(let path):
            return
                "\(path) is the database (or one of its -wal, -shm, -journal files); nothing was written, name another file"
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason); check that its folder exists and is writable (nothing was written)"
        }
    }
}
