import ArgumentParser
import Foundation
import WlogCore

/// The date filters a command can offer.
struct DateFilters: OptionSet {
    let rawValue: Int
    /// `--since DAY`.
    static let since = DateFilters(rawValue: 1)
    /// `--until DAY`.
    static let until = DateFilters(rawValue: 2)
    /// `--last N` (sessions).
    static let last = DateFilters(rawValue: 4)
}

/// Which of the date filters a command offers, as a type that `DateFilterOptions` is made with.
protocol DateFilterChoice {
    static var offered: DateFilters { get }
}

/// `--since` only.
enum SinceFilter: DateFilterChoice { static let offered: DateFilters = [.since] }
/// `--since` and `--until`.
enum RangeFilter: DateFilterChoice { static let offered: DateFilters = [.since, .until] }
/// `--last` only.
enum LastFilter: DateFilterChoice { static let offered: DateFilters = [.last] }
/// `--since`, `--until` and `--last`.
enum RangeAndLastFilter: DateFilterChoice { static let offered: DateFilters = [.since, .until, .last] }

/// `--since`, `--until` and `--last`, declared and checked once for every command that filters
/// by date; `Offered` names the ones a command takes.
///
/// ArgumentParser cannot leave an option out of a group per command, so the ones a command does
/// not offer are hidden from its help and refused in `validate` with the words ArgumentParser
/// uses for an unknown option.
struct DateFilterOptions<Offered: DateFilterChoice>: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "From this day or time on (2026-11-01, yesterday, \"3 days ago\").", visibility: Self.visibility(.since)))
    var since: String?

    @Option(
        help: ArgumentHelp("Up to and including this day, or before this time.", visibility: Self.visibility(.until)))
    var until: String?

    @Option(help: ArgumentHelp("Only the newest N sessions.", visibility: Self.visibility(.last)))
    var last: Int?

    init() {}

    func validate() throws {
        for (filter, name, given) in [
            (DateFilters.since, "--since", since != nil), (.until, "--until", until != nil),
            (.last, "--last", last != nil),
        ]
        where given && !Offered.offered.contains(filter) {
            throw ValidationError("Unknown option '\(name)'")
        }
        if let last, last < 1 { throw ValidationError("--last must be at least 1, not \(last).") }
    }

    /// `--since` as the instant its day or time begins; nil when it is not given.
    func start() throws(LogInputError) -> Date? {
        try since.map { text throws(LogInputError) in try DayBound.start(of: text, option: "--since") }
    }

    /// `--until` as the instant its day ends, or its time; nil when it is not given.
    func end() throws(LogInputError) -> Date? {
        try until.map { text throws(LogInputError) in try DayBound.end(of: text, option: "--until") }
    }

    private static func visibility(_ filter: DateFilters) -> ArgumentVisibility {
        Offered.offered.contains(filter) ? .default : .private
    }
}
