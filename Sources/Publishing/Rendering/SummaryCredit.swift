/// The line that says who wrote an article's summary bullets.
enum SummaryCredit {
    /// "Summary by Warta's extractive summarizer." for the local engine, else
    /// "Summary by NAME." naming the provider.
    static func text(engine: String) -> String {
        engine == "extractive" ? "Summary by Warta's extractive summarizer." : "Summary by \(engine)."
    }
}
