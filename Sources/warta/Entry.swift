import WartaCLI

/// The process entry point; every command lives in WartaCLI so that tests can reach it.
@main
enum Entry {
    static func main() async {
        await Warta.main()
    }
}
