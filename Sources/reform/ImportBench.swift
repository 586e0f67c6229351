import App
import ArgumentParser
import Foundation
import Logging
import ReformBench

struct ImportBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-bench",
        abstract: "Write a ledger spreadsheet of N rows, then time its import (dry run and commit) into a fresh database.")

    @Option(name: .long, help: "Rows (measures) in the spreadsheet") var rows = 100_000
    @Option(name: .customLong("database-url"), help: "postgres://… or sqlite:PATH. Default: a new SQLite file in the temporary folder")
    var databaseURL: String?
    @Option(name: .customLong("write-only"), help: "Only write the spreadsheet to this path (for bench/memory.sh), and exit")
    var writeOnly: String?

    func run() async throws {
        if let writeOnly {
            try ImportBenchmark.writeLedger(rows: rows, units: (1...200).map { "基准市第\($0)局" }, to: URL(fileURLWithPath: writeOnly))
            return
        }
        var logger = Logger(label: "reform")
        logger.logLevel = .warning
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reform-import-bench-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let location = try AppConfig.databaseLocation(url: databaseURL ?? "sqlite:" + path)
        let r = try await ImportBenchmark.run(rows: rows, database: location, logger: logger)
        print("rows: \(r.rows), items: \(r.items), file: \(r.fileBytes / 1024) KiB, report: \(r.errors) errors, \(r.warnings) warnings")
        print(String(format: "dry run: %.2f s, commit: %.2f s, total: %.2f s", r.dryRunSeconds, r.commitSeconds, r.dryRunSeconds + r.commitSeconds))
        print(String(format: "CPU time: dry run %.2f s, commit %.2f s", r.dryRunCPUSeconds, r.commitCPUSeconds))
        if let peak = r.peakMegabytes { print(String(format: "peak memory during the import: %.0f MB", peak)) }
        if let dryRun = r.dryRunPeakMegabytes, let commit = r.commitPeakMegabytes {
            print(String(format: "  of which: dry run %.0f MB, commit %.0f MB", dryRun, commit))
        }
    }
}
