import Foundation
import HTTP

// The HTTP transport benchmark: Warta's HTTPClient against the curl CLI on the same loopback
// load. See README.md beside this file.

let options: BenchmarkOptions
do {
    options = try BenchmarkOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("HTTPBenchmarks: \(error)\n".utf8))
    exit(2)
}
if options.showsHelp {
    print(BenchmarkOptions.usage)
    exit(0)
}

if let latency = options.servesWithLatency {
    // The child process: report the port, then serve until killed.
    do {
        let server = try BenchmarkServer(latency: latency)
        print(server.port)
        fflush(nil)
        server.run()
    } catch {
        FileHandle.standardError.write(Data("HTTPBenchmarks server: \(error)\n".utf8))
        exit(1)
    }
}

func runBenchmark() async throws(BenchmarkFailure) {
    let latencyMilliseconds = Int(options.latency.components.seconds) * 1000
        + Int(options.latency.components.attoseconds / 1_000_000_000_000_000)
    let server = try ChildProcess.start(
        ["/proc/self/exe", "--serve-latency-ms", "\(latencyMilliseconds)"], capturesOutput: true
    )
    defer { server.stop() }
    guard let portText = server.readLine(), let port = Int(portText) else { throw .serverDidNotStart }
    let baseURL = "http://127.0.0.1:\(port)"

    var runsCurl = !options.skipsCurl
    if runsCurl, (try? ChildProcess.start(["curl", "--version"], capturesOutput: false).wait().status) != 0 {
        print("curl is not installed (apt-get install -y curl): the reference is skipped")
        runsCurl = false
    }

    let client = HTTPClient()
    defer { client.shutdown() }
    var report = BenchmarkReport()
    print(BenchmarkReport.header)
    for latency in [Duration.zero, options.latency] {
        let path = latency == .zero ? "/fast" : "/slow"
        for concurrency in options.concurrencies {
            var requests = options.requests
            if latency > .zero {
                let perRequest = Double(latencyMilliseconds) / 1000
                let affordable = Int(options.maximumIdealSeconds * Double(concurrency) / perRequest)
                requests = max(min(concurrency, requests), min(requests, affordable))
            }
            report.add(try await LoadRun.warta(
                client: client, url: URL(string: baseURL + path)!,
                requests: requests, concurrency: concurrency, latency: latency
            ))
            if runsCurl {
                report.add(try LoadRun.curl(
                    baseURL: baseURL, path: path, requests: requests,
                    concurrency: min(concurrency, 300), latency: latency
                ))
            }
        }
    }
    report.printSummary()
}

do {
    try await runBenchmark()
} catch {
    FileHandle.standardError.write(Data("HTTPBenchmarks: \(error)\n".utf8))
    exit(1)
}
