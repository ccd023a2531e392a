/// The exercises a user probably meant by a name that matches none: for `wlog show`, `record`
/// and the other commands that name one exercise.
enum ExerciseSuggestions {
    /// Up to eight slugs: those whose slug or label contains `text` (as a slug), then the nearest
    /// by edit distance, within a distance of half the text's length (at least 3). `labels` are
    /// each exercise's name and aliases, under its slug.
    static func closest(to text: String, among labels: [(slug: String, label: String)]) -> [String] {
        let target = ExerciseNaming.slugify(text)
        var best: [String: Int] = [:]
        for (slug, label) in labels {
            let labelSlug = ExerciseNaming.slugify(label)
            let contains = !target.isEmpty && (slug.contains(target) || labelSlug.contains(target))
            let distance =
                contains ? 0 : min(EditDistance.between(target, slug), EditDistance.between(target, labelSlug))
            best[slug] = min(best[slug] ?? .max, distance)
        }
        let limit = max(3, target.count / 2)
        return best.filter { $0.value <= limit }.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(8).map(\.key)
    }
}
