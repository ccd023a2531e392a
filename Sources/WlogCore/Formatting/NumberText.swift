import Foundation

/// Numbers as people write them: 40, 42.5, 0.333 (at most three decimals, no trailing zeros).
public enum NumberText {
    public static func plain(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(format: "%.3f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
