import Foundation
import Plot

/// Inline SVG for Plot, which has no SVG elements of its own: an `SVGContext` for the shapes,
/// built with Plot's custom element and attribute nodes, so text is escaped by Plot.
public enum SVGContext {}

extension Node where Context == HTML.BodyContext {
    /// An `<svg>` drawing of `width` × `height` units that scales to its container, titled for
    /// screen readers and tooltips.
    static func svg(width: Double, height: Double, title: String, className: String, _ shapes: [Node<SVGContext>])
        -> Node
    {
        let attributes: [Node<SVGContext>] = [
            .attribute(named: "viewBox", value: "0 0 \(SVGNumber.text(width)) \(SVGNumber.text(height))"),
            .attribute(named: "class", value: className),
            .attribute(named: "role", value: "img"),
            .title(title),
        ]
        return .element(named: "svg", nodes: attributes + shapes)
    }
}

extension Node where Context == SVGContext {
    /// A `<title>`: the tooltip of the shape it is in.
    static func title(_ text: String) -> Node {
        .element(named: "title", nodes: [Node.text(text)])
    }

    static func rect(x: Double, y: Double, width: Double, height: Double, className: String, title: String? = nil)
        -> Node
    {
        .element(
            named: "rect",
            nodes: [
                number("x", x), number("y", y), number("width", width), number("height", height),
                .attribute(named: "class", value: className),
                title.map { Node.title($0) } ?? .empty,
            ])
    }

    static func line(from start: (x: Double, y: Double), to end: (x: Double, y: Double), className: String) -> Node {
        .element(
            named: "line",
            nodes: [
                number("x1", start.x), number("y1", start.y), number("x2", end.x), number("y2", end.y),
                .attribute(named: "class", value: className),
            ])
    }

    static func polyline(_ points: [(x: Double, y: Double)], className: String) -> Node {
        .element(
            named: "polyline",
            nodes: [
                .attribute(
                    named: "points",
                    value: points.map { "\(SVGNumber.text($0.x)),\(SVGNumber.text($0.y))" }.joined(separator: " ")),
                .attribute(named: "class", value: className),
            ])
    }

    static func circle(x: Double, y: Double, radius: Double, className: String, title: String) -> Node {
        .element(
            named: "circle",
            nodes: [
                number("cx", x), number("cy", y), number("r", radius),
                .attribute(named: "class", value: className),
                Node.title(title),
            ])
    }

    /// A `<text>` label; `anchor` is `start`, `middle` or `end`.
    static func label(_ text: String, x: Double, y: Double, anchor: String = "start", className: String = "label")
        -> Node
    {
        .element(
            named: "text",
            nodes: [
                number("x", x), number("y", y),
                .attribute(named: "text-anchor", value: anchor),
                .attribute(named: "class", value: className),
                Node.text(text),
            ])
    }

    private static func number(_ name: String, _ value: Double) -> Node {
        .attribute(named: name, value: SVGNumber.text(value))
    }
}

/// Coordinates written short: at most two decimals, no trailing zeros.
enum SVGNumber {
    static func text(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(format: "%.2f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
