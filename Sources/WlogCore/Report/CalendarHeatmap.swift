import Foundation
import Plot

/// A year of training days as a grid: a column per ISO week, a row per weekday (Monday on
/// top), each day shaded by the sets logged that day; a month is named above the week of its first day.
enum CalendarHeatmap {
    static let cell = 12.0
    static let gap = 3.0
    static let left = 30.0
    static let top = 18.0
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// The shade of a day: 0 for rest, else 1 to 4 by its sets against the busiest day's.
    static func level(sets: Int, busiest: Int) -> Int {
        guard sets > 0, busiest > 0 else { return 0 }
        return min(4, max(1, Int((Double(sets) / Double(busiest) * 4).rounded(.up))))
    }

    static func svg(_ report: TrainingReport) -> Node<HTML.BodyContext> {
        let timeZone = report.timeZone
        let today = TrainingDay(containing: report.generatedAt, timeZone: timeZone)
        let busiest = report.setsPerDay.values.max() ?? 0
        var shapes: [Node<SVGContext>] = []
        var lastMonth: Int?
        for (column, week) in report.calendar.enumerated() {
            let x = left + Double(column) * (cell + gap)
            let monday = TrainingDay(containing: week.start, timeZone: timeZone)
            for weekday in 0..<7 {
                let day = TrainingDay(ordinal: monday.ordinal + weekday)
                guard day <= today else { continue }
                if day.day == 1, lastMonth != day.month {
                    shapes.append(.label(monthNames[day.month - 1], x: x, y: top - 6))
                    lastMonth = day.month
                }
                let sets = report.setsPerDay[day] ?? 0
                let text = sets == 0 ? "\(day.text): rest" : "\(day.text): \(sets) set\(sets == 1 ? "" : "s")"
                shapes.append(
                    .rect(
                        x: x, y: top + Double(weekday) * (cell + gap), width: cell, height: cell,
                        className: "day level\(level(sets: sets, busiest: busiest))", title: text))
            }
        }
        for (row, name) in [(0, "Mon"), (2, "Wed"), (4, "Fri")] {
            shapes.append(.label(name, x: 0, y: top + Double(row) * (cell + gap) + cell - 2))
        }
        let width = left + Double(report.calendar.count) * (cell + gap)
        let height = top + 7 * (cell + gap)
        return .svg(
            width: width, height: height, title: "Training days, the last \(report.calendar.count) weeks",
            className: "heatmap", shapes)
    }

    /// The key under the calendar: rest, then the four shades.
    static func legend() -> Node<HTML.BodyContext> {
        let shapes: [Node<SVGContext>] =
            [.label("less", x: 0, y: 11)]
            + (0...4).map { level in
                .rect(
                    x: 34 + Double(level) * (cell + gap), y: 1, width: cell, height: cell,
                    className: "day level\(level)")
            } + [.label("more", x: 34 + 5 * (cell + gap) + 2, y: 11)]
        return .svg(width: 140, height: 14, title: "Shades from rest to the busiest day", className: "legend", shapes)
    }
}
