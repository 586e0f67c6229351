import App
import ArgumentParser
import Foundation
import Logging
import ReformBench

struct CascadeBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cascade-bench",
        abstract:
            "Time the cascade at a province's scale in a fresh database: a 132-item plan sent to 21 cities and on to 122 districts (18,876 copies), the province's matrix page, a district edit's roll-up."
    )

    @Option(name: .long, help: "Timed runs of the matrix page (the edit gets twice as many)") var runs = 200
    @Option(
        name: .customLong("database-url"), help: "postgres://… (an empty database) or sqlite:PATH. Default: a new SQLite file in the temporary folder"
    )
    var databaseURL: String?

    func run() async throws {
        var logger = Logger(label: "reform")
        logger.logLevel = .warning
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reform-cascade-bench-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let location = try AppConfig.databaseLocation(url: databaseURL ?? "sqlite:" + path)
        let r = try await CascadeBenchmark.run(runs: runs, database: location, logger: logger)
        print("cascade: \(r.receipts) receipts signed and placed, \(r.copies) copies")
        print(String(format: "  the whole cascade: %.2f s wall, %.2f s CPU (goal ≤ 10 s)", r.cascadeSeconds, r.cascadeCPUSeconds))
        for m in [r.matrix, r.edit] {
            let goal = m.goalMs.map { " (goal p99 ≤ \(Int($0)) ms: " + (m.meetsGoal == true ? "met" : "missed") + ")" } ?? ""
            print(
                "  \(m.name): \(m.count) runs, "
                    + String(format: "p50 %.2f ms, p90 %.2f ms, p99 %.2f ms (cpu p50 %.2f, p99 %.2f ms)", m.p50, m.p90, m.p99, m.cpuP50, m.cpuP99)
                    + goal)
        }
        print(
            String(
                format: "  the province's first measure rolled up from %.1f %% to %.1f %% through the edits", r.provincePercentBefore,
                r.provincePercentAfter))
    }
}
