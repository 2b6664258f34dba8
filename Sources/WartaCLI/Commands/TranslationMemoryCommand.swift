import ArgumentParser
import Storage
import Translation

/// `warta tm`: the translation memory.
struct TranslationMemoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tm",
        abstract: "Inspect and export the translation memory.",
        subcommands: [TranslationMemoryExport.self, TranslationMemoryStatistics.self]
    )
}

/// `warta tm export --tmx FILE`.
struct TranslationMemoryExport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the translation memory as TMX 1.4, for OmegaT, Trados and other CAT tools.",
        discussion: "Example:\n  warta tm export --tmx memory.tmx"
    )

    @Option(help: ArgumentHelp("The TMX file to write.", valueName: "file"))
    var tmx: String

    @OptionGroup var project: ProjectOptions

    func run() async throws {
        do {
            let memory = try TranslationMemory(database: StoreDatabase.open(at: project.storePath))
            let units = try memory.exportTMX(to: tmx)
            StandardError.print("wrote \(units) translation unit\(units == 1 ? "" : "s") to \(tmx)")
        } catch {
            StandardError.print("\(error)")
            throw ExitCode.failure
        }
    }
}

/// `warta tm stats`.
struct TranslationMemoryStatistics: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Print how many translations the memory holds.")

    @OptionGroup var project: ProjectOptions

    func run() async throws {
        do {
            let memory = try TranslationMemory(database: StoreDatabase.open(at: project.storePath))
            print("\(try memory.count) translations in \(project.storePath)")
        } catch {
            StandardError.print("\(error)")
            throw ExitCode.failure
        }
    }
}
