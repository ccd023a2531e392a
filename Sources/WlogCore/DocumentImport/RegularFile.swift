import Foundation

/// Reads a file a user names for import, refusing what is not a regular file (a FIFO, a
/// device, a socket) before anything waits on it: opening a FIFO for reading would block until
/// some other program writes to it.
enum RegularFile {
    /// Why the file could not be read, in words for the user.
    enum Failure: Error, Equatable {
        /// The path is a FIFO, a device, a socket or a folder: what it is.
        case notRegular(String)
        /// The system's reason, such as "Permission denied".
        case unreadable(String)

        var message: String {
            switch self {
            case .notRegular(let kind): return "is not a regular file (it is \(kind)); nothing can be read from it"
            case .unreadable(let reason): return "cannot be read: \(reason)"
            }
        }

        var hint: String {
            switch self {
            case .notRegular: return "give the path of a file saved on disk"
            case .unreadable: return "check the path and its permissions"
            }
        }
    }

    /// The whole file at `path`. It is opened without waiting (`O_NONBLOCK`) and checked to be a
    /// regular file before it is read.
    static func contents(of path: String) throws(Failure) -> Data {
        let handle = try opened(path)
        do {
            return try handle.readToEnd() ?? Data()
        } catch {
            throw .unreadable(error.localizedDescription)
        }
    }

    /// The file at `path`, open for reading, once checked to be a regular file.
    static func opened(_ path: String) throws(Failure) -> FileHandle {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
        let type = status.st_mode & S_IFMT
        guard type == S_IFREG else { throw .notRegular(kind(of: type)) }
        return handle
    }

    private static func kind(of type: mode_t) -> String {
        switch type {
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFDIR: return "a folder"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFSOCK: return "a socket"
        default: return "not a file"
        }
    }
}
