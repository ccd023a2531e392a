import Foundation
import Plot

/// `wlog report` as one self-contained HTML page, built with Plot: inline CSS and SVG, no
/// scripts, fonts, images or links to load, so it opens the same offline as online.
public enum ReportPage {
    public static func html(_ report: TrainingReport) -> String {
        HTML(
            .lang(.english),
            .head(
                .encoding(.utf8),
                .viewport(.accordingToDevice),
                .element(named: "title", text: "wlog training report"),
                .style(ReportStyle.css)
            ),
            .body(.main(.group(sections(report))))
        ).render(indentedBy: .spaces(1)) + "\n"
    }

    /// The page's parts in order, each drawn from the report's figures alone: a new section is
    /// one more entry here.
    static func sections(_ report: TrainingReport) -> [Node<HTML.BodyContext>] {
        [
            header(report), calendarSection(report), recordsSection(report), exercisesSection(report),
            ProgramReportSection.section(report.programs, unit: report.unit, timeZone: report.timeZone),
        ]
    }

    private static func calendarSection(_ report: TrainingReport) -> Node<HTML.BodyContext> {
        .section(.h2("Training days"), CalendarHeatmap.svg(report), CalendarHeatmap.legend())
    }

    private static func recordsSection(_ report: TrainingReport) -> Node<HTML.BodyContext> {
        .section(.h2("Personal records"), records(report))
    }

    private static func exercisesSection(_ report: TrainingReport) -> Node<HTML.BodyContext> {
        .section(
            .h2("Exercises"),
            .if(report.exercises.isEmpty, .p("Nothing logged yet: `wlog record` adds sets.")),
            .forEach(report.exercises) { exercise($0, report: report) }
        )
    }

    private static func header(_ report: TrainingReport) -> Node<HTML.BodyContext> {
        let summary = report.summary
        let facts: [(String, String)] = [
            ("training days", String(summary.trainingDays)), ("sessions", String(summary.sessions)),
            ("sets", String(summary.sets)),
            ("volume", InsightLayout.volume(summary.volumeKg, unit: report.unit)),
            ("day streak", "\(summary.dayStreak.current) (longest \(summary.dayStreak.longest))"),
            ("week streak", "\(summary.weekStreak.current) (longest \(summary.weekStreak.longest))"),
        ]
        return .header(
            .h1("Training report"),
            .p(
                .class("generated"),
                .text("Generated \(LogLayout.dateTime(report.generatedAt, timeZone: report.timeZone)) by wlog")),
            .element(
                named: "dl",
                nodes: [.class("facts")]
                    + facts.map { name, value in
                        Node<HTML.BodyContext>.div(
                            .element(named: "dt", text: name), .element(named: "dd", text: value))
                    })
        )
    }

    private static func records(_ report: TrainingReport) -> Node<HTML.BodyContext> {
        guard !report.records.isEmpty else { return .p("No records yet.") }
        let table = InsightLayout.records(report.records, unit: report.unit, timeZone: report.timeZone)
        return .table(
            .class("records"),
            .thead(.tr(.forEach(table.headers) { .th(.text($0)) })),
            .tbody(
                .forEach(table.rows) { row in
                    .tr(
                        .forEach(row.enumerated()) { column, cell in
                            column == 0 ? .th(.attribute(named: "scope", value: "row"), .text(cell)) : .td(.text(cell))
                        })
                })
        )
    }

    private static func exercise(_ stats: ExerciseStats, report: TrainingReport) -> Node<HTML.BodyContext> {
        let weeks = Array(stats.weeks.suffix(TrainingReport.chartWeeks))
        let unit = report.unit
        let facts = InsightLayout.totals(stats, unit: unit).joined(separator: ", ")
        var charts: [Node<HTML.BodyContext>] = []
        func figure(_ caption: String, _ chart: Node<HTML.BodyContext>) {
            charts.append(.element(named: "figure", nodes: [.element(named: "figcaption", text: caption), chart]))
        }
        let points = { (value: (WeekFigures) -> Double?) in
            weeks.map { TrendChart.Point(week: $0.week, value: value($0)) }
        }
        let weight = { (kg: Double) in RecordText.converted(kg, to: unit) }
        let weightAxis = AxisTicks.Kind.quantity(unitSize: unit.kilograms)
        switch stats.measure {
        case .load:
            figure(
                "Volume by week (\(unit.rawValue))",
                TrendChart.bars(
                    points { $0.volumeKg }, title: "Volume by week", axis: weightAxis,
                    format: { InsightLayout.volume($0, unit: unit) }))
            figure(
                "Estimated 1RM by week (Epley, \(unit.rawValue))",
                TrendChart.line(
                    points(\.bestOneRepMaxKg), title: "Estimated 1RM by week", axis: weightAxis, format: weight))
        case .reps:
            figure(
                "Reps by week",
                TrendChart.bars(
                    points { Double($0.reps) }, title: "Reps by week", axis: .count, format: NumberText.plain))
            figure(
                "Most reps in a set, by week",
                TrendChart.line(
                    points { $0.mostReps.map(Double.init) }, title: "Most reps by week", axis: .count,
                    format: NumberText.plain))
        case .distance:
            figure(
                "Distance by week",
                TrendChart.bars(
                    points(\.distanceM), title: "Distance by week", axis: .quantity(unitSize: 1),
                    format: DistanceInput.format))
            figure(
                "Longest distance, by week",
                TrendChart.line(
                    points(\.longestDistanceM), title: "Longest distance by week", axis: .quantity(unitSize: 1),
                    format: DistanceInput.format))
        case .hold:
            figure(
                "Time by week",
                TrendChart.bars(
                    points(\.durationS), title: "Time by week", axis: .seconds, format: DurationInput.format))
            figure(
                "Longest hold, by week",
                TrendChart.line(
                    points(\.longestHoldS), title: "Longest hold by week", axis: .seconds, format: DurationInput.format)
            )
        case nil:
            break
        }
        var lines = [facts]
        if let best = stats.oneRepMax {
            let brzycki = best.estimate.brzycki.map { ", \(weight($0)) (Brzycki)" } ?? ""
            lines.append(
                "Estimated 1RM \(weight(best.estimate.epley)) (Epley)\(brzycki) from \(SetSummary.compact([best.entry.set]))"
                    + (best.estimate.isReliable ? "" : ", over \(OneRepMax.reliableReps) reps: less reliable"))
        } else if let best = stats.bestSet {
            lines.append("Best set: \(SetSummary.compact([best.set]))")
        }
        return .article(
            .class("exercise"),
            .h3(.text(stats.exercise)),
            .forEach(lines) { .p(.class("facts"), .text($0)) },
            .div(.class("charts"), .group(charts))
        )
    }
}
