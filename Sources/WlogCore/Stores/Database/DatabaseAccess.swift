import Foundation
import GRDB

/// Explains a database that cannot be used because of one of its files: the folder, the file
/// itself, or the `-wal` and `-shm` files SQLite keeps beside it (a `-shm` left read-only by a
/// read under another user makes the database unusable for everyone else).
enum DatabaseAccess {
    /// Runs `body`; a permission or read-only failure from SQLite is rethrown as a
    /// `DatabaseOpenError` that names the file that blocks and what to do, when one does (and
    /// any failure to open as a `DatabaseOpenError` with SQLite's reason).
    static func explainingFailure<T>(of path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError
            where [.SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_IOERR].contains(error.resultCode)
        {
            if let reason = blockingFile(for: path) { throw DatabaseOpenError(path: path, reason: reason) }
            if error.resultCode == .SQLITE_CANTOPEN {
                throw DatabaseOpenError(path: path, reason: error.message ?? "\(error)")
            }
            throw error
        }
    }

    /// What keeps this user from writing the database at `path`, or nil when every file is writable.
    static func blockingFile(for path: String) -> String? {
        let folder = (URL(fileURLWithPath: path).deletingLastPathComponent().path)
        if access(folder, W_OK | X_OK) != 0 {
            return "its folder \(folder) is not writable by you (SQLite writes its -wal and -shm files there); "
                + "make the folder writable for your user, such as `chmod u+wx \(folder)`"
        }
        let companions = [
            ("", "the database file"), ("-wal", "its write-ahead log"), ("-shm", "its shared-memory file"),
        ]
        for (suffix, what) in companions {
            let file = path + suffix
            var status = stat()
            guard lstat(file, &status) == 0, access(file, R_OK | W_OK) != 0 else { continue }
            let mode = String(status.st_mode & 0o777, radix: 8)
            let found =
                "\(what) \(file) is not readable and writable by you (mode 0\(mode), owner uid \(status.st_uid))"
            if suffix == "-shm" {
                return found + "; make it writable (`chmod 600 \(file)`, as its owner or root), "
                    + "or delete it while no program has the database open: SQLite rebuilds it, and no sets are in it"
            }
            return found + "; make it readable and writable for your user (`chmod 600 \(file)`, as its owner or root)"
        }
        return nil
    }
}
