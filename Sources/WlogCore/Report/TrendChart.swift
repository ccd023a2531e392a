import Foundation
import Plot

/// Week-by-week charts in SVG: bars for totals (volume, reps, time, distance), a line for
/// bests (the 1RM estimate, most reps, longest hold or distance).
enum TrendChart {
    /// One week's value; `nil` when nothing was done.
    struct Point {
        var week: IsoWeek
        var value: Double?
    }

    static let width = 420.0
    static let height = 170.0
    static let left = 62.0
    static let right = 8.0
    static let top = 10.0
    static let bottom = 22.0

    /// Bars from zero, one per week, each with its value as a tooltip.
    static func bars(_ points: [Point], title: String, axis: AxisTicks.Kind, format: (Double) -> String) -> Node<
        HTML.BodyContext
    > {
        let highest = points.compactMap(\.value).max() ?? 0
        let ends = AxisTicks.range(low: 0, high: highest, kind: axis)
        let scale = Scale(low: ends.low, high: ends.high)
        let slot = (width - left - right) / Double(max(points.count, 1))
        var shapes = frame(points, scale: scale, format: format)
        for (index, point) in points.enumerated() {
            guard let value = point.value, value > 0 else { continue }
            let y = scale.y(value)
            shapes.append(
                .rect(
                    x: left + Double(index) * slot + slot * 0.15, y: y, width: max(slot * 0.7, 1),
                    height: height - bottom - y,
                    className: "bar", title: "\(point.week.label): \(format(value))"))
        }
        return .svg(width: width, height: height, title: title, className: "chart", shapes)
    }

    /// A line through the weeks that have a value, with a dot on each.
    static func line(_ points: [Point], title: String, axis: AxisTicks.Kind, format: (Double) -> String) -> Node<
        HTML.BodyContext
    > {
        let values = points.compactMap(\.value)
        let low = values.min() ?? 0
        let high = values.max() ?? 0
        let margin = max((high - low) * 0.1, high * 0.02, 1e-9)
        let ends = AxisTicks.range(low: max(0, low - margin), high: high + margin, kind: axis)
        let scale = Scale(low: ends.low, high: ends.high)
        let slot = (width - left - right) / Double(max(points.count, 1))
        var shapes = frame(points, scale: scale, format: format)
        let dots = points.enumerated().compactMap {
            index, point -> (x: Double, y: Double, point: Point, value: Double)? in
            guard let value = point.value else { return nil }
            return (left + (Double(index) + 0.5) * slot, scale.y(value), point, value)
        }
        if dots.count > 1 { shapes.append(.polyline(dots.map { ($0.x, $0.y) }, className: "trend")) }
        for dot in dots {
            shapes.append(
                .circle(
                    x: dot.x, y: dot.y, radius: 3, className: "dot",
                    title: "\(dot.point.week.label): \(format(dot.value))"))
        }
        return .svg(width: width, height: height, title: title, className: "chart", shapes)
    }

    /// The axes, the lowest and highest values on the left, the first and last week below.
    private static func frame(_ points: [Point], scale: Scale, format: (Double) -> String) -> [Node<SVGContext>] {
        let baseline = height - bottom
        var shapes: [Node<SVGContext>] = [
            .line(from: (left, top), to: (left, baseline), className: "axis"),
            .line(from: (left, baseline), to: (width - right, baseline), className: "axis"),
            .line(from: (left, top), to: (width - right, top), className: "grid"),
            .label(format(scale.high), x: left - 4, y: top + 4, anchor: "end"),
            .label(format(scale.low), x: left - 4, y: baseline, anchor: "end"),
        ]
        if let first = points.first {
            shapes.append(.label(first.week.label, x: left, y: height - 6))
        }
        if let last = points.last, points.count > 1 {
            shapes.append(.label(last.week.label, x: width - right, y: height - 6, anchor: "end"))
        }
        return shapes
    }

    /// Maps values onto the drawing's height.
    private struct Scale {
        var low: Double
        var high: Double

        func y(_ value: Double) -> Double {
            let span = high - low
            let share = span > 0 ? (value - low) / span : 1
            return TrendChart.height - TrendChart.bottom - share
                * (TrendChart.height - TrendChart.bottom - TrendChart.top)
        }
    }
}
