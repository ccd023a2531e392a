import ArgumentParser
import WlogCore

extension LogSettings.Key: ExpressibleByArgument {}

/// `wlog config [KEY VALUE]`: shows or changes the settings.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the settings, or set one: `unit kg|lb`, `session-gap 3h`.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "unit or session-gap.")
    var key: LogSettings.Key?

    @Argument(help: "The new value.")
    var value: String?

    func validate() throws {
        if key != nil, value == nil { throw ValidationError("Give the new value, such as `wlog config unit lb`.") }
    }

    func run() throws {
        let settings = SettingsStore(database: try database.open())
        if let key, let value {
            Terminal.show("\(key.rawValue) = \(try settings.set(key, to: value))")
            return
        }
        let current = try settings.load()
        Terminal.show("unit = \(current.defaultUnit.rawValue)")
        Terminal.show("session-gap = \(DurationInput.format(current.sessionGap))")
    }
}
