/// An arithmetic formula over one set's weight and reps, written once as a tree and read two
/// ways: evaluated here in Swift, and rendered as an SQL expression over two columns by the
/// insight store (`LiftFormula+SQL`), so that a figure grouped in SQL and the same figure
/// computed from sets in memory come from one definition.
public indirect enum LiftFormula: Equatable, Sendable {
    /// The set's weight.
    case weight
    /// The set's reps.
    case reps
    /// A whole number (written without a decimal point).
    case integer(Int)
    /// A real number (written with one, so that SQL divides an integer column by it exactly).
    case real(Double)
    case sum(LiftFormula, LiftFormula)
    case product(LiftFormula, LiftFormula)
    case quotient(LiftFormula, LiftFormula)
    /// `single` for a set of one rep, `otherwise` for any other.
    case single(LiftFormula, otherwise: LiftFormula)

    /// The formula's value for `weight` lifted `reps` times.
    public func value(weight: Double, reps: Int) -> Double {
        switch self {
        case .weight: weight
        case .reps: Double(reps)
        case .integer(let number): Double(number)
        case .real(let number): number
        case .sum(let left, let right): left.value(weight: weight, reps: reps) + right.value(weight: weight, reps: reps)
        case .product(let left, let right):
            left.value(weight: weight, reps: reps) * right.value(weight: weight, reps: reps)
        case .quotient(let left, let right):
            left.value(weight: weight, reps: reps) / right.value(weight: weight, reps: reps)
        case .single(let one, let otherwise): (reps == 1 ? one : otherwise).value(weight: weight, reps: reps)
        }
    }
}
