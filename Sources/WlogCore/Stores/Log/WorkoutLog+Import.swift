import Foundation
import GRDB

/// Imports another app's history (or wlog's own export) into the log: every row is read and
/// checked first (`HistoryFile`), then everything is written, all in one transaction. Each set and
/// workout carries an import key, so importing the same file again adds nothing and a later,
/// overlapping export adds only the sets that are new.
extension WorkoutLog {
    /// Reads the file at `path` and imports it; `overrides` maps names of the file to a slug,
    /// name or alias. With `dryRun`, works everything out and writes nothing.
    /// `progress` is told how many of the file's sets are gone through.
    public func importHistory(
        path: String, options: HistoryFile.Options, overrides: [String: String] = [:], dryRun: Bool = false,
        now: Date = Date(), progress: ((Int, Int) -> Void)? = nil
    ) throws -> HistoryImportSummary {
        let options = try withUnit(options)
        // The file is read and checked completely before the log is locked for writing.
        let history = try HistoryFile.check(fileAt: path, options: options, now: now)
        return try importHistory(history, overrides: overrides, dryRun: dryRun, now: now, progress: progress)
    }

    /// Imports `data`, the contents of the file named `path` in messages, in one transaction:
    /// the file is read with the log's settings, checked, planned against the log and written.
    public func importHistory(
        data: Data, path: String, options: HistoryFile.Options, overrides: [String: String] = [:], dryRun: Bool = false,
        now: Date = Date(), progress: ((Int, Int) -> Void)? = nil
    ) throws -> HistoryImportSummary {
        let options = try withUnit(options)
        let history = try HistoryFile.check(data, path: path, options: options, now: now)
        return try importHistory(history, overrides: overrides, dryRun: dryRun, now: now, progress: progress)
    }

    /// `options` with the log's default unit when they name none.
    private func withUnit(_ options: HistoryFile.Options) throws -> HistoryFile.Options {
        var options = options
        if options.strongUnit == nil {
            options.strongUnit = try database.read { db in try SettingsStore.load(db).defaultUnit }
        }
        return options
    }

    /// Imports a checked file; `bulkMinimumSets` is the fewest sets of a file that loads in bulk.
    func importHistory(
        _ history: CheckedHistory, overrides: [String: String], dryRun: Bool, now: Date,
        progress: ((Int, Int) -> Void)?, bulkMinimumSets: Int = HistoryBulkLoad.minimumSets
    ) throws -> HistoryImportSummary {
        if dryRun {
            return try database.read { db in
                var writer = try HistoryImportWriter(history, overrides: overrides, in: db, now: now, writes: false)
                return try writer.run(progress: nil)
            }
        }
        return try database.write { db in
            try DatabaseMaintenance.withPageCache(db, kibibytes: Self.importCacheKibibytes) {
                var writer = try HistoryImportWriter(
                    history, overrides: overrides, in: db, now: now, writes: true, bulkMinimumSets: bulkMinimumSets)
                return try writer.run(progress: progress)
            }
        }
    }

    /// The page cache of an import's write, in KiB: a long transaction that adds to six indexes
    /// of `logged_set` spills SQLite's default 2 MB cache and reads its pages back from the file.
    static let importCacheKibibytes = 16384
}
