import ArgumentParser
import WlogCore

extension LogSettings.Key: ExpressibleByArgument {}

/// `wlog config [KEY VALUE]`: shows or changes the settings.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract:
            "Show the settings, or set one: `unit kg|lb`, `session-gap 3h`, `bar 20kg`, `plates 25,20,15,10,5,2.5,1.25`, `rest 2m`.",
        discussion: """
            The bar and the plates are kept for each unit: `bar 45lb` sets the pound bar and leaves the kilogram \
            one. A bare number is in the default unit; a plate list takes the unit written after its last size \
            (`plates 45,35,25,10,5,2.5lb`). `plates` and `next` load weights with them; `rest` is the countdown \
            when no duration is given and the program prescribes none.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "unit, session-gap, bar, plates or rest.")
    var key: LogSettings.Key?

    /// Taken as typed, even when it starts with a dash (`-1h` is a bad gap, not an option).
    @Argument(parsing: .captureForPassthrough, help: "The new value.")
    var value: [String] = []

    func validate() throws {
        if key != nil, value.isEmpty { throw ValidationError("Give the new value, such as `wlog config unit lb`.") }
        if key == nil, !value.isEmpty {
            throw ValidationError("Give the setting first: unit, session-gap, bar, plates or rest.")
        }
        if value.count > 1 { throw ValidationError("Give one value, such as `wlog config session-gap 2h`.") }
    }

    func run() throws {
        let settings = SettingsStore(database: try database.open())
        if let key, let value = value.first {
            Terminal.show("\(key.rawValue) = \(try settings.set(key, to: value))")
            return
        }
        let current = try settings.load()
        Terminal.show("unit = \(current.defaultUnit.rawValue)")
        Terminal.show("session-gap = \(DurationInput.format(current.sessionGap))")
        for line in current.equipmentLines { Terminal.show(line) }
    }
}
