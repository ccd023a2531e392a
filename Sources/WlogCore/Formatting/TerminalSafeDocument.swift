/// The parts of an exercise document that `show` prints, made terminal-safe before any styling is
/// added: one-line fields as cells, running text with its line breaks kept.
extension ExerciseDocument {
    var forTerminal: ExerciseDocument {
        var copy = self
        copy.metadata.name = TerminalText.cell(metadata.name)
        copy.metadata.video = metadata.video.map(TerminalText.cell)
        copy.metadata.description = metadata.description.map(TerminalText.lines)
        copy.metadata.equipment = metadata.equipment.map(TerminalText.cell)
        copy.metadata.aliases = metadata.aliases.map(TerminalText.cell)
        copy.metadata.muscles = metadata.muscles.map(TerminalText.cell)
        copy.metadata.secondaryMuscles = metadata.secondaryMuscles.map(TerminalText.cell)
        copy.body = body.map(\.forTerminal)
        copy.howTo = howTo.map(\.forTerminal)
        return copy
    }
}

extension DocumentSection {
    var forTerminal: DocumentSection {
        var copy = self
        copy.heading = heading.map(TerminalText.cell)
        copy.blocks = blocks.map { block in
            var safe = block
            safe.label = block.label.map(TerminalText.cell)
            safe.text = TerminalText.lines(block.text)
            return safe
        }
        return copy
    }
}
