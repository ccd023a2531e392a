extension LiftFormula {
    /// The formula as an SQL expression over the columns `weight` and `reps`, parenthesised
    /// as a whole. Migration 0005's index on the Epley estimate holds
    /// `OneRepMax.epleyFormula.sql(weight: "weight_kg", reps: "reps")` character for character
    /// (a test checks it): SQLite uses an index on an expression only for that expression.
    func sql(weight: String, reps: String) -> String {
        switch self {
        case .sum, .single: term(weight: weight, reps: reps)
        default: "(\(term(weight: weight, reps: reps)))"
        }
    }

    /// The formula written so that it can stand as the left operand of `*` or `/`: sums and
    /// choices come parenthesised.
    private func term(weight: String, reps: String) -> String {
        /// A right operand: a product or quotient there is parenthesised too (`a / (b * c)`).
        func right(_ formula: LiftFormula) -> String {
            switch formula {
            case .product, .quotient: "(\(formula.term(weight: weight, reps: reps)))"
            default: formula.term(weight: weight, reps: reps)
            }
        }
        switch self {
        case .weight: return weight
        case .reps: return reps
        case .integer(let number): return String(number)
        case .real(let number): return "\(number)"
        case .sum(let left, let other):
            return "(\(left.term(weight: weight, reps: reps)) + \(other.term(weight: weight, reps: reps)))"
        case .product(let left, let other): return "\(left.term(weight: weight, reps: reps)) * \(right(other))"
        case .quotient(let left, let other): return "\(left.term(weight: weight, reps: reps)) / \(right(other))"
        case .single(let one, let otherwise):
            return
                "(CASE WHEN \(reps) = 1 THEN \(one.term(weight: weight, reps: reps)) ELSE \(otherwise.term(weight: weight, reps: reps)) END)"
        }
    }
}
