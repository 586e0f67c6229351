import App
import Foundation
import Logging
import ReformCore
import ReformSpreadsheet

/// `reform import-bench`: writes a ledger spreadsheet of `rows` measures (领域 → 改革任务 → 具体举措, as offices
/// keep them), then times its dry run and its commit into a fresh database and reports the peak memory.
public enum ImportBenchmark {
    public struct Result: Sendable {
        public var rows: Int
        public var items: Int
        public var fileBytes: Int
        public var dryRunSeconds: Double
        public var commitSeconds: Double
        /// CPU seconds of the process (every thread) in each phase: steadier than wall time on a shared machine.
        public var dryRunCPUSeconds: Double
        public var commitCPUSeconds: Double
        /// The process's peak resident memory during the dry run, and during the commit (the peak is reset between).
        public var dryRunPeakMegabytes: Double?
        public var commitPeakMegabytes: Double?
        public var peakMegabytes: Double? {
            guard let dryRun = dryRunPeakMegabytes, let commit = commitPeakMegabytes else { return dryRunPeakMegabytes ?? commitPeakMegabytes }
            return max(dryRun, commit)
        }
        public var errors: Int
        public var warnings: Int
    }

    public static func run(rows: Int, database: AppConfig.DatabaseLocation, logger: Logger) async throws -> Result {
        let services = try await buildServices(AppConfig(database: database, loadDemoIfEmpty: false), logger: logger)
        do {
            let result = try await run(rows: rows, services: services)
            await services.database.shutdown()
            return result
        } catch {
            await services.database.shutdown()
            throw error
        }
    }

    static func run(rows: Int, services: AppServices) async throws -> Result {
        try await services.database.migrate()
        let city = try await services.jurisdictions.create(
            JurisdictionDraft(name: "基准市", level: JurisdictionLevel.city.rawValue, divisionCode: "990100"), actor: "bench")
        let unitNames = (1...200).map { "基准市第\($0)局" }
        for name in unitNames {
            _ = try await services.units.create(UnitDraft(jurisdictionID: city.id, name: name), actor: "bench")
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("reform-import-bench-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: file) }
        try writeLedger(rows: rows, units: unitNames, to: file)
        let data = try Data(contentsOf: file)

        PeakMemory.reset()
        let started = Date()
        let dryRunCPU = BenchProcessMemory.cpuSeconds()
        // The dry run and the commit are two requests: the draft the dry run returns is not held during the commit.
        let (batchId, counts) = try await {
            let draft = try await services.imports.createDraft(
                .init(kind: .xlsx, filename: "bench.xlsx", data: data),
                target: ImportTarget(mode: .newPlan, jurisdictionId: city.id, title: "基准台账", issueDate: "2024-01-01"),
                actor: "bench")
            return (draft.record.id, ImportCheck.counts(draft.problems))
        }()
        let dryRun = Date().timeIntervalSince(started)
        let dryRunCPUSeconds = BenchProcessMemory.cpuSeconds() - dryRunCPU
        let dryRunPeak = PeakMemory.megabytes()
        // What the dry run freed goes back to the system (glibc keeps it otherwise), so the commit's peak is its own.
        BenchProcessMemory.releaseFreedMemory()
        PeakMemory.reset()
        let committing = Date()
        let commitCPU = BenchProcessMemory.cpuSeconds()
        let committed = try await services.imports.commit(batchId, actor: "bench")
        let commit = Date().timeIntervalSince(committing)
        let commitCPUSeconds = BenchProcessMemory.cpuSeconds() - commitCPU
        return Result(
            rows: rows, items: committed.record.itemCount, fileBytes: data.count, dryRunSeconds: dryRun, commitSeconds: commit,
            dryRunCPUSeconds: dryRunCPUSeconds, commitCPUSeconds: commitCPUSeconds, dryRunPeakMegabytes: dryRunPeak,
            commitPeakMegabytes: PeakMemory.megabytes(), errors: counts.errors, warnings: counts.warnings)
    }

    /// 20 fields of 50 tasks each, the measures spread over them; every row names a lead and two
    /// participants and a deadline in one of the forms ledgers use.
    public static func writeLedger(rows: Int, units: [String], to url: URL) throws {
        let writer = try XLSXWriter(destination: url, title: "基准台账")
        try writer.addSheet(
            name: "台账",
            columns: [
                ColumnSpec("序号", width: 8), ColumnSpec("领域", width: 16), ColumnSpec("改革任务", width: 30), ColumnSpec("具体举措", width: 40),
                ColumnSpec("牵头单位", width: 16), ColumnSpec("参与单位", width: 24), ColumnSpec("责任领导", width: 10),
                ColumnSpec("完成时限", width: 14), ColumnSpec("预期成效", width: 30)
            ])
        let deadlines = ["2024年底前", "2024年6月底前", "上半年", "第三季度", "长期坚持", "2024.10.31", "2024年9月30日前"]
        let tasksPerField = 50
        let perTask = max(1, rows / (20 * tasksPerField))
        for row in 0..<rows {
            let task = row / perTask
            let field = min(19, task / tasksPerField)
            try writer.appendRow([
                .integer(row + 1), .text("第\(field + 1)领域改革"), .text("第\(task + 1)项改革任务：深化重点领域体制机制改革"),
                .text("第\(row + 1)项举措：完善工作机制，形成可复制推广的经验做法"),
                .text(units[row % units.count]), .text(units[(row + 7) % units.count] + "、" + units[(row + 13) % units.count]),
                .text("领导\(row % 30)"), .text(deadlines[row % deadlines.count]), .text("形成制度成果")
            ])
        }
        try writer.finish()
    }
}

/// The process's peak resident memory (Linux: VmHWM in /proc/self/status, reset through clear_refs).
enum PeakMemory {
    static func reset() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    static func megabytes() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Double(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
        else { return nil }
        return kilobytes / 1024
    }
}
