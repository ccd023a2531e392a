import Foundation
import Testing

@testable import WlogCore

/// The HTML report: one self-contained page with its calendar, charts and records.
@Suite struct ReportPageTests {
    typealias F = InsightFixture
    static let oddName: (id: Int64, slug: String, name: String) = (5, "odd", "Press <b> & \"Co\"")

    let report = TrainingReport.make(
        entries: [
            F.entry(1, "2026-11-02T17:00:00Z", reps: 5, weight: F.kg(80)),
            F.entry(2, "2026-11-02T17:05:00Z", reps: 5, weight: F.kg(80)),
            F.entry(3, "2026-11-09T17:00:00Z", reps: 5, weight: F.kg(85), session: 2),
            F.entry(4, "2026-11-09T17:10:00Z", duration: 60, session: 2, exercise: (3, "plank", "Plank")),
            F.entry(5, "2026-11-11T17:00:00Z", reps: 8, weight: F.kg(20), session: 3, exercise: oddName),
        ], primaryMuscles: [:], now: F.time("2026-11-12T12:00:00Z"), timeZone: F.berlin, unit: .kg)

    @Test func theReportHoldsItsFigures() {
        #expect(report.calendar.count == TrainingReport.calendarWeeks)
        #expect(report.calendar.last?.label == "2026-W46")
        #expect(report.setsPerDay[TrainingDay(year: 2026, month: 11, day: 2)] == 2)
        #expect(report.exercises.map(\.slug) == ["bench-press", "plank", "odd"])  // most sets, then by name
        #expect(report.summary.trainingDays == 3)
        #expect(CalendarHeatmap.level(sets: 0, busiest: 8) == 0)
        #expect(CalendarHeatmap.level(sets: 1, busiest: 8) == 1)
        #expect(CalendarHeatmap.level(sets: 5, busiest: 8) == 3)
        #expect(CalendarHeatmap.level(sets: 8, busiest: 8) == 4)
    }

    @Test func thePageIsSelfContainedAndDrawsWithSVG() {
        let html = ReportPage.html(report)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("http:") && !html.contains("https:"))
        #expect(!html.contains("src=") && !html.contains("href=") && !html.contains("<script"))
        // A calendar, a legend, and two charts per exercise.
        #expect(html.components(separatedBy: "<svg").count - 1 == 2 + 2 * 3)
        #expect(html.contains("<title>2026-11-02: 2 sets</title>"))
        #expect(html.contains("<title>2026-11-03: rest</title>"))
        #expect(!html.contains("2026-11-13:"))  // no days after today
        #expect(html.contains("<title>2026-W46: 425 kg</title>"))  // 5 × 85 kg, the week's volume bar
        #expect(html.contains("<title>2026-W46: 99.2 kg</title>"))  // 85 × 35/30, the week's e1RM dot
        #expect(html.contains("Personal records"))
    }

    @Test func namesAreEscaped() {
        let html = ReportPage.html(report)
        #expect(html.contains("Press &lt;b&gt; &amp; \"Co\""))
        #expect(!html.contains("<b>"))
    }
}
