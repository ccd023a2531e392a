/// A row of block characters, one per value, for trends in a terminal: `▁▂▄▅▇█`.
public enum Sparkline {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One character per value, a space for `nil`; heights scaled from `floor` (else the
    /// smallest value) to the largest. Without a floor, equal values draw at half height.
    public static func render(_ values: [Double?], floor: Double? = nil) -> String {
        let present = values.compactMap { $0 }
        guard let highest = present.max(), let lowest = present.min() else {
            return String(repeating: " ", count: values.count)
        }
        let bottom = min(floor ?? lowest, lowest)
        let span = highest - bottom
        return String(
            values.map { value -> Character in
                guard let value else { return " " }
                guard span > 1e-9 else { return floor == nil ? levels[3] : levels[0] }
                let level = Int(((value - bottom) / span * Double(levels.count - 1)).rounded())
                return levels[min(max(level, 0), levels.count - 1)]
            })
    }
}
