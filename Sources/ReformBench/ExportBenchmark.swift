import App
import Foundation
import Logging
import ReformCore
import SQLKit

/// `reform export-bench`: exports a national-scale ledger (the `reform bench` dataset, generated when the
/// database is empty, reused when present) through the server's own export paths, and reports rows per second
/// and the process's peak memory for each format.
///
/// - CSV: `LedgerExport.streamCSV`, the response body's writer, here handing its chunks to a file as a socket would.
/// - XLSX: `LedgerExport.write(to:)`, the workbook the response streams, then read back in the response's 256 KiB chunks.
public enum ExportBenchmark {
    public struct Measurement: Sendable {
        public var format: LedgerExportFormat
        public var rows: Int
        public var seconds: Double
        /// XLSX: of which streaming the finished file out.
        public var streamSeconds: Double
        public var bytes: Int
        /// CPU time of the whole process (every thread: SQLite's, the writer's) during the export: on a machine
        /// shared with other work, rows per CPU second say more than rows per wall-clock second.
        public var cpuSeconds: Double
        public var residentBeforeMiB: Double?
        public var peakMiB: Double?
        public var rowsPerSecond: Double { seconds > 0 ? Double(rows) / seconds : 0 }
        public var rowsPerCPUSecond: Double { cpuSeconds > 0 ? Double(rows) / cpuSeconds : 0 }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func run(
        rows: Int, formats: [LedgerExportFormat], database: AppConfig.DatabaseLocation, logger: Logger,
        print: @escaping @Sendable (String) -> Void
    ) async throws -> [Measurement] {
        var services = try await open(database, logger: logger)
        do {
            let dataset = BenchDataset(itemCount: rows)
            switch try await dataset.state(on: services.database.sql) {
            case .foreign:
                throw Failure(description: "the database holds data that `reform bench` did not generate; use another --database-url")
            case .stale:
                throw Failure(
                    description:
                        "the database holds another bench dataset; run `reform bench --regenerate --items \(rows)` on it, or use another --database-url"
                )
            case .ready:
                print("dataset present (\(dataset.completeMarker)): reusing it")
            case .empty:
                print("generating the dataset (\(rows) items)…")
                let summary = try await BenchGenerator(database: services.database, dataset: dataset, today: services.clock.today, log: print)
                    .generate()
                print(String(format: "generated %d plans, %d items in %.1f s", summary.plans, summary.items, summary.seconds))
                // Measure as a server starting on this database would, with the generator's memory given back.
                await services.database.shutdown()
                services = try await open(database, logger: logger)
                BenchProcessMemory.releaseFreedMemory()
            }
            var filter = LedgerFilter()
            filter.scope = .all
            var results: [Measurement] = []
            for format in formats {
                results.append(try await measure(format, filter: filter, today: services.clock.today, on: services.database.sql))
            }
            await services.database.shutdown()
            return results
        } catch {
            await services.database.shutdown()
            throw error
        }
    }

    private static func open(_ database: AppConfig.DatabaseLocation, logger: Logger) async throws -> AppServices {
        let services = try await buildServices(AppConfig(database: database, loadDemoIfEmpty: false), logger: logger)
        try await services.database.migrate()
        return services
    }

    private static func measure(_ format: LedgerExportFormat, filter: LedgerFilter, today: LocalDate, on sql: any SQLDatabase) async throws
        -> Measurement
    {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reform-export-bench-\(UUID().uuidString).\(format.rawValue)")
        defer { try? FileManager.default.removeItem(at: url) }
        let export = LedgerExport(db: sql, filter: filter, options: LedgerExportOptions(format: format), today: today)
        BenchProcessMemory.releaseFreedMemory()
        let before = BenchProcessMemory.snapshot()?.residentMiB
        BenchProcessMemory.resetPeak()
        let clock = ContinuousClock()
        let cpuStarted = BenchProcessMemory.cpuSeconds()
        let started = clock.now
        var rows = 0
        var streamSeconds = 0.0
        var bytes = 0
        switch format {
        case .csv:
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw Failure(description: "cannot create \(url.path)")
            }
            let out = try FileHandle(forWritingTo: url)
            defer { try? out.close() }
            rows = try await export.streamCSV { chunk in
                try out.write(contentsOf: chunk)
                bytes += chunk.count
            }
        case .xlsx:
            rows = try await export.write(to: url)
            let streaming = clock.now
            let file = try FileHandle(forReadingFrom: url)
            defer { try? file.close() }
            while let chunk = try file.read(upToCount: 256 * 1024), !chunk.isEmpty { bytes += chunk.count }
            streamSeconds = BenchGenerator.seconds(clock.now - streaming)
        }
        let seconds = BenchGenerator.seconds(clock.now - started)
        return Measurement(
            format: format, rows: rows, seconds: seconds, streamSeconds: streamSeconds, bytes: bytes,
            cpuSeconds: BenchProcessMemory.cpuSeconds() - cpuStarted, residentBeforeMiB: before, peakMiB: BenchProcessMemory.snapshot()?.peakMiB)
    }

}
