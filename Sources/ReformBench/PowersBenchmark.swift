import App
import Foundation
import Logging
import ReformCore

/// `reform powers-bench`: the register of delegated powers at a province's scale in a fresh database. A province with 21
/// cities keeps five decisions of 10,000 powers each (50,000 rows), each imported from a CSV sheet with its dry run and
/// commit timed; then the register's page (unfiltered, deep pages and filtered) and the counts as of a past day are
/// timed. Goals (issue 13): a 10,000-row import ≤ 5 s, the register page p99 ≤ 50 ms on SQLite.
public enum PowersBenchmark {
    public struct Import: Sendable {
        public var rows: Int
        public var dryRunSeconds: Double
        public var commitSeconds: Double
        public var cpuSeconds: Double
    }
    public struct Result: Sendable {
        public var powers: Int
        public var imports: [Import]
        public var page: BenchMeasurement
        public var counts: BenchMeasurement
    }

    static let decisions = 5
    static let rowsPerDecision = 10_000
    static let cityCount = 21

    public static func run(runs: Int, database: AppConfig.DatabaseLocation, logger: Logger) async throws -> Result {
        let services = try await buildServices(AppConfig(database: database, loadDemoIfEmpty: false), logger: logger)
        do {
            let result = try await run(runs: runs, services: services, logger: logger)
            await services.database.shutdown()
            return result
        } catch {
            await services.database.shutdown()
            throw error
        }
    }

    static func run(runs: Int, services: AppServices, logger: Logger) async throws -> Result {
        try await services.database.migrate()
        let central = try await services.jurisdictions.create(
            JurisdictionDraft(name: "基准中央", level: JurisdictionLevel.central.rawValue, divisionCode: "980000"), actor: "bench")
        let province = try await services.jurisdictions.create(
            JurisdictionDraft(name: "基准省", level: JurisdictionLevel.province.rawValue, divisionCode: "990000", parentID: central.id), actor: "bench")
        var cities: [String] = []
        for c in 1...cityCount {
            let city = try await services.jurisdictions.create(
                JurisdictionDraft(
                    name: "基准\(c)市", level: JurisdictionLevel.city.rawValue, divisionCode: "99" + (c < 10 ? "0" : "") + String(c) + "00",
                    parentID: province.id),
                actor: "bench")
            cities.append(city.name)
        }
        let admin = try await adminPrincipal(services)
        let types = ["许可", "许可", "许可", "处罚", "征收", "检查", "确认", "其他", "其他", "其他"]
        var imports: [Import] = []
        for d in 1...decisions {
            let decision = try await services.powers.createDecision(
                .init(
                    jurisdictionId: province.id, docNumber: "基准府令第\(d)号", title: "基准省关于调整第\(d)批省级行政职权事项的决定",
                    decidedOn: "202\(d)-03-01", announcedOn: ""),
                by: admin)
            var csv = "序号,职权事项,职权类别,调整方式,承接地区,原实施部门,承接部门,设定依据\n"
            for n in 1...rowsPerDecision {
                csv +=
                    "\(n),第\(d)批第\(n)项省级行政职权事项,\(types[n % types.count]),\(n % 3 == 0 ? "下放" : "委托"),\(cities[n % cities.count]),"
                    + "省第\(n % 40)厅,市第\(n % 40)局,《基准省第\(n % 90)号条例》\n"
            }
            let data = Data(csv.utf8)
            let clock = ContinuousClock()
            let cpu = CascadeBenchmark.processCPUMs()
            let dryStart = clock.now
            let dry = try await services.powers.importPowers(
                decisionId: decision.id, data: data, filename: "bench.csv", dryRun: true, language: .zh, by: admin)
            let dryRun = clock.now - dryStart
            guard dry.ok else { throw BenchRunner.BenchError(description: "the dry run found \(dry.problemCount) problems") }
            let commitStart = clock.now
            let committed = try await services.powers.importPowers(
                decisionId: decision.id, data: data, filename: "bench.csv", dryRun: false, language: .zh, by: admin)
            let commit = clock.now - commitStart
            guard committed.created == rowsPerDecision else { throw BenchRunner.BenchError(description: "the commit wrote \(committed.created)") }
            imports.append(
                Import(
                    rows: rowsPerDecision, dryRunSeconds: seconds(dryRun), commitSeconds: seconds(commit),
                    cpuSeconds: (CascadeBenchmark.processCPUMs() - cpu) / 1000))
        }
        let powers = try await services.database.sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM delegated_powers") ?? 0
        let pages = try await BenchPageClient(services: services, logger: logger, token: BenchPageClient.adminToken(services))
        let urls = [
            "/powers", "/powers?page=2", "/powers?page=400", "/powers?type=licensing", "/powers?method=entrust&status=overdue",
            "/powers?jurisdiction=3", "/powers?q=\(BenchPageClient.escape("第3批第77"))", "/powers?decision=2&as_of=2024-06-30"
        ]
        var index = 0
        let page = try await CascadeBenchmark.measure("register page (50,000 powers; 8 filters round robin)", goal: 50, runs: runs) {
            let url = urls[index % urls.count]
            index += 1
            let p = try await pages.get(url)
            guard p.status == 200, p.bytes > 0 else { throw BenchRunner.BenchError(description: "\(url) answered \(p.status)") }
        }
        let counts = try await CascadeBenchmark.measure("counts as of 2023-12-31 (API)", goal: 100, runs: runs) {
            let p = try await pages.get("/api/v1/power-counts?as_of=2023-12-31")
            guard p.status == 200 else { throw BenchRunner.BenchError(description: "the counts answered \(p.status)") }
        }
        return Result(powers: powers, imports: imports, page: page, counts: counts)
    }

    static func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

    private static func adminPrincipal(_ services: AppServices) async throws -> Principal {
        _ = try await BenchPageClient.adminToken(services)
        guard let user = try await UserQueries.byUsername("bench-admin", on: services.database.sql), let principal = user.principal else {
            throw BenchRunner.BenchError(description: "bench-admin has no usable role")
        }
        return principal
    }
}
