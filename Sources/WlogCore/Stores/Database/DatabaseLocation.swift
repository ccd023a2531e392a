import Foundation

/// Where the database file lives: `--db PATH`, else `$WLOG_DB`, else
/// `$XDG_DATA_HOME/wlog/wlog.sqlite`, else `~/.local/share/wlog/wlog.sqlite`.
public enum DatabaseLocation {
    public static func path(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String
    {
        if let explicit, !explicit.isEmpty { return expandingTilde(explicit) }
        if let path = environment["WLOG_DB"], !path.isEmpty { return expandingTilde(path) }
        let dataHome =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return dataHome + "/wlog/wlog.sqlite"
    }

    private static func expandingTilde(_ path: String) -> String {
        (path as NSString).expandingTildeInPath
    }
}
