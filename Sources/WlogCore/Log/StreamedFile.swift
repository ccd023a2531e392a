import Foundation

/// A file written a chunk at a time, that appears at its path only once complete: the chunks go
/// to a temporary file beside it (mode 0600: a training log is personal data), which is then
/// renamed over the path. An export that fails halfway leaves no half-written file.
public enum StreamedFile {
    /// Calls `body` with a function that appends text to the file, then puts the file in place.
    public static func write<T>(to path: String, _ body: (_ append: (String) throws -> Void) throws -> T) throws -> T {
        let target = URL(fileURLWithPath: path)
        let partial = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).partial-\(ProcessInfo.processInfo.processIdentifier)")
        guard FileManager.default.createFile(atPath: partial.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        do {
            let handle = try FileHandle(forWritingTo: partial)
            let result = try body { text in try handle.write(contentsOf: Data(text.utf8)) }
            try handle.synchronize()
            try handle.close()
            // rename(2) puts the complete file in place in one step, whether or not the path exists.
            guard rename(partial.path, target.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)])
            }
            return result
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw error
        }
    }

    /// Writes text to standard output as it comes.
    public static func standardOutput(_ text: String) throws {
        try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
    }
}
