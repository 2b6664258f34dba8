/// The prompt templates of one directory (by default `Prompts/` under the working directory),
/// read when first asked for.
public struct PromptLibrary: Sendable {
    /// The directory the templates are read from.
    public let directory: String

    /// The default directory, relative to the working directory.
    public static let defaultDirectory = "Prompts"

    /// A library reading templates from `directory`.
    public init(directory: String = PromptLibrary.defaultDirectory) {
        self.directory = directory
    }

    /// The template `name` (the file `<directory>/<name>.md`), or an error naming the file.
    public func template(named name: String) throws(PromptError) -> PromptTemplate {
        let file = name.hasSuffix(".md") ? name : name + ".md"
        let path = directory.hasSuffix("/") ? directory + file : directory + "/" + file
        return try PromptTemplate(contentsOfFile: path)
    }

    /// The translation prompt, `translate.md`.
    public func translation() throws(PromptError) -> PromptTemplate { try template(named: "translate") }

    /// The summary prompt, `summarize.md`.
    public func summary() throws(PromptError) -> PromptTemplate { try template(named: "summarize") }
}
