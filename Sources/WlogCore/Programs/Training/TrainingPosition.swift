import Foundation

/// Where a lifter is in a program: the week and day of the next workout, from 1.
public struct TrainingPosition: Hashable, Sendable, Codable {
    public var week: Int
    public var day: Int

    public init(week: Int, day: Int) {
        self.week = week
        self.day = day
    }

    /// Week 1, day 1.
    public static let start = TrainingPosition(week: 1, day: 1)

    /// Whether `program` has this week and day.
    public func exists(in program: Program) -> Bool {
        program.weeks.indices.contains(week - 1) && program.weeks[week - 1].days.indices.contains(day - 1)
    }

    /// The workout after this one: the next day of the week, else the first day of the next week
    /// that has one, and after the last week the first again (programs repeat from the start).
    public func next(in program: Program) -> TrainingPosition {
        let days = program.days.map { TrainingPosition(week: $0.week, day: $0.day) }
        guard let here = days.firstIndex(of: self) else { return days.first ?? .start }
        return days[(here + 1) % days.count]
    }

    /// This position when the program has it, else the start (a changed program may be shorter).
    public func kept(in program: Program) -> TrainingPosition {
        exists(in: program) ? self : .start
    }

    /// `week 2, day 1`.
    public var text: String { "week \(week), day \(day)" }
}
