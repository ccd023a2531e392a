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

    /// Taken as typed, even when it starts with a dash (`-1h` is a bad gap, not an option).
    @Argument(parsing: .captureForPassthrough, help: "The new value.")
    var value: [String] = []

    func validate() throws {
        if key != nil, value.isEmpty { throw ValidationError("Give the new value, such as `wlog config unit lb`.") }
        if key == nil, !value.isEmpty { throw ValidationError("Give the setting first: unit or session-gap.") }
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
    }
}
