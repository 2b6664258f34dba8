import ArgumentParser

/// The `warta` command: summarize and translate Indonesian news.
public struct Warta: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "warta",
        abstract: "Summarize Indonesian news into bullet points and translate it to English, side by side.",
        discussion: """
            Warta reads scraped articles (plain text, Markdown, HTML, JSON Lines, feeds), \
            removes the boilerplate around them, picks the sentences that carry each one, \
            translates them through pluggable providers (or offline), and writes bilingual \
            outputs and a digest. Jobs resume after a crash and can run on a schedule.

            Examples:
              warta run Jobs/demo.yml
              warta translate article.txt --provider local
              warta summarize article.txt
              warta summarize --bullets 5 --format json page.html
              curl -s URL | warta summarize -
              warta summarize --jsonl batch.jsonl > summaries.jsonl
            """,
        version: WartaVersion.current,
        subcommands: [
            Run.self, Summarize.self, Translate.self, Status.self, Retry.self, Log.self, Schedule.self,
            TranslationMemoryCommand.self, Eval.self, Clean.self, Sentences.self, Stem.self, Providers.self,
        ]
    )

    public init() {}
}
