import Foundation

/// The span a logged time may fall in, wherever a time enters the log (`record --at`,
/// `edit set --at`, every history import): not before 1900, and not in the future beyond a
/// small allowance for a clock that runs a little ahead. A time outside it is a typo
/// (`0026-11-24`) or a broken file (`2300-01-01`), and would otherwise lead every list.
public enum LoggedTimeBounds {
    /// 1900-01-01 00:00 UTC.
    public static let earliest = Date(timeIntervalSince1970: -2_208_988_800)
    /// How far ahead of the clock a time may be: another device's clock, or a minute typed ahead.
    public static let clockSkew: TimeInterval = 5 * 60

    /// Whether `date` may be logged at `now`.
    public static func contains(_ date: Date, now: Date) -> Bool {
        date >= earliest && date.timeIntervalSince(now) <= clockSkew
    }

    /// Why `date` may not be logged at `now`, phrased to follow "is" (nil when it may).
    public static func problem(with date: Date, now: Date) -> String? {
        if date < earliest { return "before 1900" }
        if date.timeIntervalSince(now) > clockSkew { return "in the future" }
        return nil
    }
}
