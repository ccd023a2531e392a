import ArgumentParser
import WlogCore

/// `wlog plates WEIGHT`: the plates a side for a barbell weight, or the closest weight they load.
struct PlatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plates",
        abstract: "Show the plates on each side of the bar for a weight, or the closest loadable weight.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The weight, such as 100kg or 225lb.")
    var weight: String

    @Option(help: "The bar, such as 20kg or 45lb; the `wlog config bar` of the unit (20 kg, 45 lb) when left out.")
    var bar: String?

    @Option(
        help:
            "The plate sizes, in the weight's unit, such as 25,20,15,10,5,2.5,1.25; `wlog config plates` when left out."
    )
    var plates: String?

    func run() throws {
        let settings = try SettingsStore(database: try database.open()).load()
        let target = try WeightInput.parse(weight, defaultUnit: settings.defaultUnit, option: "WEIGHT")
        guard let amount = target.amount, amount > 0, !target.bodyweight else {
            throw ReportedFailure(message: "WEIGHT: give a weight such as 100kg", status: FailureReport.rejectedInput)
        }
        var set = settings.plateSet(target.unit)
        if let bar {
            let input = try WeightInput.parse(bar, defaultUnit: target.unit, option: "--bar")
            guard let barAmount = input.amount, !input.bodyweight else {
                throw ReportedFailure(message: "--bar: give a weight such as 20kg", status: FailureReport.rejectedInput)
            }
            set.bar = ProgramWeight(barAmount, input.unit).converted(to: target.unit).value
        }
        if let plates {
            let sizes = plates.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard !sizes.isEmpty, sizes.allSatisfy({ $0.map { $0 > 0 && $0 <= 100 } ?? false }) else {
                throw ReportedFailure(
                    message: "--plates: give plate sizes such as 25,20,15,10,5,2.5,1.25",
                    status: FailureReport.rejectedInput)
            }
            set = PlateSet(unit: target.unit, bar: set.bar, plates: sizes.compactMap { $0 })
        }
        let loading = set.load(amount)
        Terminal.show(PlateText.describe(loading, bar: set.bar))
    }
}

/// `100 kg: 20 kg bar + 25 + 15 a side`, saying so when the weight is not loadable.
enum PlateText {
    static func describe(_ loading: PlateLoading, bar: Double) -> String {
        let unit = loading.unit.rawValue
        let total =
            "\(number(loading.total)) \(unit): \(number(bar)) \(unit) bar"
            + (loading.perSide.isEmpty ? " only" : " + \(loading.platesText) a side")
        return loading.isExact ? total : "\(number(loading.target)) \(unit) cannot be loaded; closest: \(total)"
    }

    static func number(_ value: Double) -> String {
        String(ProgramWeight(value, .kg).text.dropLast(2))
    }
}
