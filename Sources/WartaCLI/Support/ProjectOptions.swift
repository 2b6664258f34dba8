import ArgumentParser
import Foundation
import Providers
import Storage
import Translation

/// Where a command finds the project's files: the store, providers.yml and the prompts.
struct ProjectOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The SQLite store (queue, translation memory, request log); default $WARTA_STORE or ./warta.sqlite.", valueName: "file"))
    var store: String?

    @Option(help: ArgumentHelp("The providers file.", valueName: "file"))
    var providers: String = ProvidersFile.defaultPath

    @Option(help: ArgumentHelp("The directory of prompt templates.", valueName: "dir"))
    var prompts: String = PromptLibrary.defaultDirectory

    /// The store's path.
    var storePath: String {
        store ?? ProcessInfo.processInfo.environment["WARTA_STORE"].flatMap { $0.isEmpty ? nil : $0 } ?? StoreDatabase.defaultFileName
    }
}

/// Provider names from `--provider` options, each possibly a comma-separated list.
func providerNames(_ values: [String]) -> [String] {
    values.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
}
