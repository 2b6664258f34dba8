import Foundation

// Entry point: parse the options, run the benchmark, report errors on standard error.
do {
    let options = try BenchmarkOptions.parse(Array(CommandLine.arguments.dropFirst()))
    if options.showsHelp {
        print(BenchmarkOptions.usage)
    } else {
        try Benchmark(options: options).run()
    }
} catch {
    FileHandle.standardError.write(Data("WartaBenchmarks: error: \(error)\n".utf8))
    exit(64)
}
