import App
import ArgumentParser
import Foundation
import Logging
import ReformBench

struct ExportBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-bench",
        abstract: "Export a national-scale ledger (every item) as CSV and XLSX through the server's export paths; rows/s and peak memory.",
        discussion: """
            Uses the `reform bench` dataset (default ./data/bench.sqlite), generating it when the database is empty. \
            Measure a release build: swift run -c release reform export-bench
            """)

    @Option(help: "Items in the dataset (as `reform bench --items`)") var rows = 1_000_000
    @Option(help: "Comma-separated formats to time: csv, xlsx") var formats = "csv,xlsx"
    @Option(name: .customLong("database-url"), help: "postgres://user:pass@host/db, or sqlite:PATH. Default: sqlite:data/bench.sqlite")
    var databaseURL: String?

    func run() async throws {
        let parsed = try formats.split(separator: ",").map { name in
            guard let f = LedgerExportFormat(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("--formats takes csv and/or xlsx, got \(name)")
            }
            return f
        }
        var logger = Logger(label: "reform")
        logger.logLevel = .warning
        let location = try AppConfig.databaseLocation(url: databaseURL, environment: [:], defaultFile: "data/bench.sqlite")
        let results = try await ExportBenchmark.run(
            rows: rows, formats: parsed, database: location, logger: logger,
            print: { line in
                FileHandle.standardOutput.write(Data((line + "\n").utf8))
            })
        for r in results {
            var line =
                "\(r.format.rawValue): \(r.rows) rows in "
                + String(
                    format: "%.1f s = %.0f rows/s, %.1f MB", r.seconds, r.rowsPerSecond,
                    Double(r.bytes) / 1_000_000)
            if r.format == .xlsx { line += String(format: " (streaming the file out: %.1f s)", r.streamSeconds) }
            line += String(format: "; CPU %.1f s = %.0f rows per CPU second", r.cpuSeconds, r.rowsPerCPUSecond)
            if let before = r.residentBeforeMiB, let peak = r.peakMiB {
                line += String(format: "; memory %.0f MiB before, peak %.0f MiB", before, peak)
            }
            print(line)
        }
    }
}
