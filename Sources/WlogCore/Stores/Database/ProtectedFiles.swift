import Foundation

/// The files that make up a live database: the file itself and the companions SQLite keeps
/// beside it (`-wal`, `-shm`, `-journal`), under every name they can be reached by. A path that
/// leads to one of them, however it is spelled (`..`, a symbolic link, a hard link), is refused
/// as the target of anything wlog writes.
public struct ProtectedFiles: Sendable {
    /// The suffixes SQLite gives a database's companion files.
    public static let companionSuffixes = ["", "-wal", "-shm", "-journal"]

    /// Where each protected file is (or would be), with its folder's links resolved.
    private let canonicalPaths: Set<String>
    /// Device and inode of each protected file that exists now.
    private let identities: Set<FileIdentity>

    /// The database at `databasePath` and its companions, whether or not they exist yet.
    public init(database databasePath: String) {
        var bases = [Self.canonical(databasePath), Self.canonicalFolder(databasePath)]
        if let resolved = Self.realPath(databasePath) { bases.append(resolved) }
        let paths = bases.flatMap { base in Self.companionSuffixes.map { base + $0 } }
        canonicalPaths = Set(paths)
        identities = Set(paths.compactMap(FileIdentity.init(path:)))
    }

    /// Whether `path` names one of the protected files.
    public func contains(_ path: String) -> Bool {
        if canonicalPaths.contains(Self.canonical(path)) || canonicalPaths.contains(Self.canonicalFolder(path)) {
            return true
        }
        guard let identity = FileIdentity(path: path) else { return false }
        return identities.contains(identity)
    }

    /// Throws `OutputFileError.database` when `path` names one of the protected files.
    public func refuse(_ path: String) throws(OutputFileError) {
        if contains(path) { throw .database(path) }
    }

    /// The absolute path with the folder's symbolic links and `..` resolved, and the last
    /// component resolved too when it is a link that leads somewhere.
    static func canonical(_ path: String) -> String {
        realPath(path) ?? canonicalFolder(path)
    }

    /// The absolute path with the folder's links and `..` resolved, the last component as given.
    static func canonicalFolder(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let folder = (absolute as NSString).deletingLastPathComponent
        let name = (absolute as NSString).lastPathComponent
        guard let resolvedFolder = realPath(folder) else { return absolute }
        return (resolvedFolder as NSString).appendingPathComponent(name)
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// A file as the file system knows it: two paths with the same device and inode are one file.
struct FileIdentity: Hashable, Sendable {
    let device: UInt64
    let inode: UInt64

    /// The file `path` leads to (following links); nil when there is none.
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
