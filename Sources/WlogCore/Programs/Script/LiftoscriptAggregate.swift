import Foundation

/// `sum`, `min` and `max` over any mix of values and arrays. Weights add up in the unit of the
/// first weight, plain numbers count in that unit; true/false values are skipped.
enum LiftoscriptAggregate {
    static func apply(
        _ function: LiftoscriptFunction, _ values: [LiftoscriptValue],
        at position: ProgramSourcePosition
    ) throws(ProgramDiagnostic) -> LiftoscriptValue {
        var items: [LiftoscriptValue] = []
        flatten(values, into: &items)
        if function == .sum {
            var total = LiftoscriptValue.number(0)
            for item in items {
                do {
                    total = try LiftoscriptArithmetic.apply(.add, total, item)
                } catch {
                    throw ProgramDiagnostic(
                        at: position, "sum cannot add \(total.typeName) and \(item.typeName)",
                        hint: "sum numbers with numbers (or weights), and percentages with percentages")
                }
            }
            return total
        }
        guard var best = items.first else {
            throw ProgramDiagnostic(
                at: position, "\(function.rawValue) got no values",
                hint: "pass at least one number, weight or non-empty array")
        }
        let operation: LiftoscriptBinaryOperator = function == .min ? .less : .greater
        for item in items.dropFirst() {
            do {
                if try LiftoscriptArithmetic.apply(operation, item, best).isTruthy { best = item }
            } catch {
                throw ProgramDiagnostic(
                    at: position, "\(function.rawValue) cannot compare \(best.typeName) and \(item.typeName)",
                    hint: "pass numbers with numbers, weights with weights, percentages with percentages")
            }
        }
        return best
    }

    private static func flatten(_ values: [LiftoscriptValue], into items: inout [LiftoscriptValue]) {
        for value in values {
            switch value {
            case .array(let inner): flatten(inner, into: &items)
            case .boolean: continue
            default: items.append(value)
            }
        }
    }
}
