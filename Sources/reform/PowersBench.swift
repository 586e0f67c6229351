import App
import ArgumentParser
import Foundation
import Logging
import ReformBench

struct PowersBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "powers-bench",
        abstract:
            "Time the register of delegated powers in a fresh database: five 10,000-row imports (50,000 powers over 21 cities), the register page and the counts as of a past day."
    )

    @Option(name: .long, help: "Timed runs of the page and of the counts") var runs = 200
    @Option(
        name: .customLong("database-url"), help: "postgres://… (an empty database) or sqlite:PATH. Default: a new SQLite file in the temporary folder"
    )
    var databaseURL: String?

    func run() async throws {
        var logger = Logger(label: "reform")
        logger.logLevel = .warning
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reform-powers-bench-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let location = try AppConfig.databaseLocation(url: databaseURL ?? "sqlite:" + path)
        let r = try await PowersBenchmark.run(runs: runs, database: location, logger: logger)
        print("powers: \(r.powers) rows")
        for (i, m) in r.imports.enumerated() {
            print(
                String(
                    format: "  import %d (%d rows into %d): dry run %.2f s, commit %.2f s, %.2f s CPU (goal ≤ 5 s: %@)", i + 1, m.rows,
                    i * m.rows, m.dryRunSeconds, m.commitSeconds, m.cpuSeconds, m.dryRunSeconds + m.commitSeconds <= 5 ? "met" : "missed"))
        }
        for m in [r.page, r.counts] {
            let goal = m.goalMs.map { " (goal p99 ≤ \(Int($0)) ms: " + (m.meetsGoal == true ? "met" : "missed") + ")" } ?? ""
            print(
                "  \(m.name): \(m.count) runs, "
                    + String(format: "p50 %.2f ms, p90 %.2f ms, p99 %.2f ms (cpu p50 %.2f, p99 %.2f ms)", m.p50, m.p90, m.p99, m.cpuP50, m.cpuP99)
                    + goal)
        }
    }
}
