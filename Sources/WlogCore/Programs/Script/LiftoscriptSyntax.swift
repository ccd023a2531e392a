import Foundation

/// A binary operator of the script language.
public enum LiftoscriptBinaryOperator: String, Equatable, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
    case greater = ">", less = "<", greaterOrEqual = ">=", lessOrEqual = "<=", equal = "==", notEqual = "!="
    case and = "&&", or = "||"
}

/// A unary operator: `-x` and `!x`.
public enum LiftoscriptUnaryOperator: String, Equatable, Sendable {
    case negate = "-", not = "!"
}

/// `=`, `+=`, `-=`, `*=`, `/=`.
public enum LiftoscriptAssignmentOperator: String, Equatable, Sendable {
    case assign = "=", add = "+=", subtract = "-=", multiply = "*=", divide = "/="

    /// The arithmetic a compound assignment applies, nil for plain `=`.
    public var arithmetic: LiftoscriptBinaryOperator? {
        switch self {
        case .assign: nil
        case .add: .add
        case .subtract: .subtract
        case .multiply: .multiply
        case .divide: .divide
        }
    }
}

/// An expression with the position of its first character in the program file.
public struct LiftoscriptExpression: Equatable, Sendable {
    /// What the expression is.
    public indirect enum Kind: Equatable, Sendable {
        case literal(LiftoscriptValue)
        case variable(LiftoscriptVariable)
        case state(String)
        case temporary(String)
        case index(LiftoscriptExpression, LiftoscriptExpression)
        case unary(LiftoscriptUnaryOperator, LiftoscriptExpression)
        case binary(LiftoscriptBinaryOperator, LiftoscriptExpression, LiftoscriptExpression)
        case ternary(LiftoscriptExpression, LiftoscriptExpression, LiftoscriptExpression)
        case call(String, [LiftoscriptExpression])
        /// Stands where the parser found an error, so it can keep going.
        case invalid
    }

    public var kind: Kind
    public var position: ProgramSourcePosition

    public init(_ kind: Kind, at position: ProgramSourcePosition) {
        self.kind = kind
        self.position = position
    }
}

/// One part of a `[week:day:setvariation:set]` target: a value, or `*` for any.
public enum LiftoscriptSelector: Equatable, Sendable {
    case any
    case value(LiftoscriptExpression)
}

/// What an assignment writes to.
public enum LiftoscriptAssignmentTarget: Equatable, Sendable {
    /// `var.name`.
    case temporary(String)
    /// `state.name`.
    case state(String)
    /// `state[tag].name`: a state variable of every exercise carrying the tag.
    case taggedState(tag: LiftoscriptExpression, name: String)
    /// A predefined variable, with the selectors written in brackets (leading `*` left out).
    case variable(LiftoscriptVariable, selectors: [LiftoscriptSelector])
}

/// A statement with the position of its first character in the program file.
public struct LiftoscriptStatement: Equatable, Sendable {
    /// What the statement does.
    public indirect enum Kind: Equatable, Sendable {
        case expression(LiftoscriptExpression)
        case assignment(LiftoscriptAssignmentTarget, LiftoscriptAssignmentOperator, LiftoscriptExpression)
        /// `if (…) {…} else {…}`; an `else if` is an `if` alone in the else branch.
        case ifElse(LiftoscriptExpression, [LiftoscriptStatement], [LiftoscriptStatement]?)
        /// `for (var.name in array) {…}`: the variable takes each index from 1.
        case forIn(String, LiftoscriptExpression, [LiftoscriptStatement])
    }

    public var kind: Kind
    public var position: ProgramSourcePosition

    public init(_ kind: Kind, at position: ProgramSourcePosition) {
        self.kind = kind
        self.position = position
    }
}
