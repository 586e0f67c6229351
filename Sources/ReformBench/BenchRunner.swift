import App
import Foundation
import Logging
import ReformCharts
import ReformCore
import SQLKit

/// `reform bench`: makes sure the database holds the national-scale dataset (generating it when needed),
/// then times the ledger, dashboard, edit and wall-chart paths the way the server runs them and prints
/// p50/p99 per operation with the process's peak memory.
public struct BenchRunner: Sendable {
    public let options: BenchOptions
    let logger: Logger
    let print: @Sendable (String) -> Void

    public init(options: BenchOptions, logger: Logger, print: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.logger = logger
        self.print = print
    }

    public struct BenchError: Error, CustomStringConvertible {
        public var description: String
    }

    public func run() async throws {
        var services = try await open()
        do {
            try await prepare(&services)
            try await measure(services)
        } catch {
            await services.database.shutdown()
            throw error
        }
        await services.database.shutdown()
    }

    private func open() async throws -> AppServices {
        let services = try await buildServices(AppConfig(database: options.database, loadDemoIfEmpty: false), logger: logger)
        try await services.database.migrate()
        return services
    }

    // MARK: Dataset

    /// Reuses, generates or regenerates the dataset; `services` is replaced when the database is reopened.
    private func prepare(_ services: inout AppServices) async throws {
        let dataset = options.dataset
        var state = try await dataset.state(on: services.database.sql)
        if state == .foreign {
            throw BenchError(
                description: "the database holds data that `reform bench` did not generate; point --database-url at a "
                    + "separate database (the default is data/bench.sqlite)")
        }
        if state != .empty && (options.regenerate || state == .stale) {
            print(state == .stale ? "dataset incomplete or generated with other settings: regenerating" : "--regenerate: wiping the bench dataset")
            services = try await wipe(services)
            state = .empty
        }
        if state == .ready {
            print("dataset present (\(dataset.completeMarker)): reusing it; --regenerate to rebuild")
        } else {
            print("generating the dataset (seed \(dataset.seed), \(dataset.itemCount) items)…")
            let summary = try await BenchGenerator(
                database: services.database, dataset: dataset, today: services.clock.today,
                log: print
            ).generate()
            print(
                String(
                    format: "generated %d jurisdictions, %d units, %d plans, %d items, %d participants, %d amendments in %.1f s",
                    summary.jurisdictions, summary.units, summary.plans, summary.items, summary.participants, summary.amendments,
                    summary.seconds))
            if let m = BenchProcessMemory.snapshot() {
                print(String(format: "peak memory while generating: %.0f MiB", m.peakMiB))
            }
            // Measure the database as a server starting on it would find it (connection settings, statistics),
            // with the generator's memory handed back to the system (glibc keeps freed memory otherwise).
            await services.database.shutdown()
            services = try await open()
            BenchProcessMemory.releaseFreedMemory()
        }
        // Supervision (issue 11) on top of the items, added once to a dataset that predates it.
        _ = try await BenchSupervision(database: services.database, seed: dataset.seed, today: services.clock.today, log: print).ensure()
        // The dashboard's leaf counters count every item once (generating bypasses them), before anything is timed.
        let start = ContinuousClock.now
        try await ItemTallies.bringUpToDate(today: services.clock.today, database: services.database)
        print(String(format: "dashboard counters up to date in %.1f s", BenchGenerator.seconds(ContinuousClock.now - start)))
    }

    private func wipe(_ services: AppServices) async throws -> AppServices {
        switch options.database {
        case .sqliteFile(let path):
            await services.database.shutdown()
            for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
                try FileManager.default.removeItem(atPath: path + suffix)
            }
            return try await open()
        case .postgres:
            try await services.database.sql.raw(
                """
                TRUNCATE audit_log, deadline_amendments, plan_item_participants, plan_items, plans, units, jurisdictions,
                  item_leaf_tallies, item_red_tallies, item_tally_deltas RESTART IDENTITY CASCADE
                """
            ).run()
            // TRUNCATE fires no row trigger: the dashboard's counters start again from a full count.
            try await services.database.sql.raw("UPDATE item_tally_state SET as_of = NULL").run()
            return services
        case .sqliteMemory:
            return services
        }
    }

    // MARK: Measurements

    private struct IDRow: Decodable { var id: Int }
    private struct UnitRow: Decodable { var leadUnitId: Int? }
    private struct CountRow: Decodable { var n: Int }

    private func measure(_ services: AppServices) async throws {
        let sql = services.database.sql
        var random = BenchRandom(seed: options.dataset.seed ^ 0x5EED)
        let today = services.clock.today
        try await printShape(sql)

        let provinces = try await sql.all(IDRow.self, "SELECT id FROM jurisdictions WHERE level = 'province' ORDER BY id").map(\.id)
        let central = try await sql.all(IDRow.self, "SELECT id FROM jurisdictions WHERE level = 'central' ORDER BY id").map(\.id)
        let maxItem = try await sql.first(CountRow.self, "SELECT MAX(id) AS n FROM plan_items")?.n ?? 0
        let sample = (0..<4000).map { _ in random.int(1...max(1, maxItem)) }
        let leadUnits = try await sql.all(UnitRow.self, "SELECT lead_unit_id FROM plan_items WHERE id IN (\(binds: Array(sample.prefix(400))))")
            .compactMap(\.leadUnitId)
        let editable = try await sql.all(
            IDRow.self,
            """
            SELECT id FROM plan_items WHERE id IN (\(binds: sample)) AND child_count = 0 AND parent_id IS NOT NULL
              AND status IN ('not_started', 'in_progress', 'partly_done')
            """
        ).map(\.id).shuffled(using: &random)
        guard
            let bigPlan = try await sql.first(
                IDRow.self, "SELECT id FROM plans WHERE title = \(bind: BenchDataset.bigPlanTitle) ORDER BY id LIMIT 1")?.id,
            !provinces.isEmpty, !leadUnits.isEmpty, !editable.isEmpty
        else {
            throw BenchError(description: "the dataset lacks provinces, units, leaf items or the 2,000-item plan")
        }
        let plan = try await PlanQueries.require(bigPlan, on: sql)
        if services.database.dialect == .sqlite {
            for pragma in options.sqlitePragmas {
                try await sql.raw("PRAGMA \(unsafeRaw: pragma)").run()
                print("PRAGMA \(pragma) for this run")
            }
        }
        let pages = try await BenchPageClient(services: services, logger: logger, token: BenchPageClient.adminToken(services))
        let web = WallChartPages(services: services)
        let runs = options.runs

        BenchProcessMemory.resetPeak()
        var results: [BenchMeasurement] = []
        func record(_ m: BenchMeasurement) {
            results.append(m)
            print(
                "  " + BenchReport.pad(m.name, 52)
                    + String(format: " %5d runs  p50 %8.2f ms  p99 %8.2f ms  (cpu p50 %.2f, p99 %.2f ms)", m.count, m.p50, m.p99, m.cpuP50, m.cpuP99))
        }
        func page(_ path: String) async throws {
            let p = try await pages.get(path)
            guard p.status == 200, p.bytes > 0 else { throw BenchError(description: "GET \(path) answered \(p.status)") }
        }
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ")
        print("measuring (\(options.warmup) warm-up runs each, then timed runs); load average before: \(load ?? "n/a")")
        if services.database.dialect == .postgres {
            print("(cpu = this process only; the PostgreSQL server's own work is not in it)")
        }
        func wanted(_ group: String) -> Bool { options.only.isEmpty || options.only.contains(group) }

        // (a) The ledger: two filters and a sort, plus variants; full page and query alone.
        if wanted("ledger") {
            record(
                try await time("ledger page: province + in_progress, by deadline", goal: 50, runs: runs) { _ in
                    try await page("/ledger?jurisdiction=\(random.pick(provinces))&status=in_progress&sort=deadline")
                })
            record(
                try await time("  LedgerQuery.run alone (same filters)", goal: nil, runs: runs) { _ in
                    var f = LedgerFilter()
                    f.jurisdictionId = random.pick(provinces)
                    f.statuses = [.inProgress]
                    f.sort = .deadline
                    _ = try await LedgerQuery.run(f, today: today, on: sql)
                })
            record(
                try await time("ledger page: unit as lead + light=red", goal: 50, runs: runs) { _ in
                    try await page("/ledger?unit=\(random.pick(leadUnits))&role=lead&light=red")
                })
            record(
                try await time("  LedgerQuery.run alone (same filters)", goal: nil, runs: runs) { _ in
                    var f = LedgerFilter()
                    f.unitId = random.pick(leadUnits)
                    f.unitRole = .lead
                    f.lights = [.red]
                    _ = try await LedgerQuery.run(f, today: today, on: sql)
                })
            record(
                try await time("ledger page: q=<phrase> (3+ chars), nationwide", goal: 50, runs: runs) { _ in
                    try await page("/ledger?q=" + BenchPageClient.escape(random.pick(BenchVocabulary.searchPhrases)))
                })
            record(
                try await time("ledger page: q=<phrase> + province, by deadline", goal: 50, runs: runs) { _ in
                    try await page(
                        "/ledger?jurisdiction=\(random.pick(provinces))&sort=deadline&q="
                            + BenchPageClient.escape(random.pick(BenchVocabulary.searchPhrases)))
                })
        }

        // (b) The dashboard of a province: query, charts and page.
        if wanted("dashboard") {
            record(
                try await time("dashboard page: province", goal: 100, runs: runs) { _ in
                    try await page("/dashboard/\(random.pick(provinces))")
                })
            record(
                try await time("  DashboardQuery.run alone", goal: nil, runs: runs) { _ in
                    _ = try await DashboardQuery.run(jurisdictionId: random.pick(provinces), today: today, database: services.database)
                })
        }

        // (c) An edit of a leaf with its roll-up to the root, as saved from the item form.
        if wanted("edit") {
            var next = 0
            record(
                try await time(
                    "edit leaf + roll-up (ItemService.update)", goal: 20, runs: runs * 2,
                    setup: { () async throws -> (Int, PlanItemDraft, Int) in
                        let id = editable[next % editable.count]
                        next += 1
                        let item = try await ItemQueries.require(id, on: sql)
                        let participants = try await ItemQueries.participants(of: [id], on: sql).map(\.unitId)
                        var draft = PlanItemDraft(record: item, participants: participants)
                        var percent = Double(random.int(1...19) * 5)
                        if percent == item.ownPercent { percent = percent == 95 ? 90 : percent + 5 }
                        draft.ownPercent = ItemService.Values.format(percent)
                        draft.status = LifecycleStatus.inProgress.rawValue
                        return (id, draft, item.version)
                    }
                ) { (_: Int, input: (Int, PlanItemDraft, Int)) in
                    _ = try await services.items.update(input.0, input.1, baseVersion: input.2, amendment: .init(), actor: "reform bench")
                })
        }

        // (d) The wall chart of the 2,000-item plan: rows and SVG (the controller's own function), and the page.
        let wallRuns = max(10, runs / 4)
        if wanted("wallchart") {
            record(
                try await time("wall chart, 2,000 items: query + SVG", goal: 200, runs: wallRuns) { _ in
                    _ = try await web.wallChartSVG(plan: plan, grouping: .field, zoom: .quarter, language: .zh)
                })
            record(
                try await time("  grouped by lead unit", goal: nil, runs: wallRuns) { _ in
                    _ = try await web.wallChartSVG(plan: plan, grouping: .unit, zoom: .quarter, language: .zh)
                })
            record(
                try await time("wall chart page (HTML with inline SVG)", goal: 200, runs: wallRuns) { _ in
                    try await page("/plans/\(bigPlan)/wallchart")
                })
        }

        // For information: the national dashboard aggregates every item.
        if wanted("national") {
            record(
                try await time("dashboard page: national (no goal)", goal: nil, runs: max(3, runs / 40)) { _ in
                    try await page("/dashboard/\(central.first ?? 1)")
                })
            record(
                try await time("  DashboardQuery.run alone", goal: nil, runs: max(3, runs / 40)) { _ in
                    _ = try await DashboardQuery.run(jurisdictionId: central.first ?? 1, today: today, database: services.database)
                })
        }

        // (e) Supervision (issue 11): the matters ledger (督办台账) and the rectification ledger (整改台账) over 200,000 matters
        // and 300,000 rectifications, as the administrator's pages.
        if wanted("supervision") {
            let matterUnits = try await sql.all(UnitRow.self, "SELECT lead_unit_id FROM matters WHERE id % 997 = 0").compactMap(\.leadUnitId)
            let rectificationUnits = try await sql.all(UnitRow.self, "SELECT lead_unit_id FROM rectifications WHERE id % 997 = 0")
                .compactMap(\.leadUnitId)
            guard !matterUnits.isEmpty, !rectificationUnits.isEmpty else {
                throw BenchError(description: "the dataset has no matters or rectifications")
            }
            record(
                try await time("matters ledger page: province + state=handling", goal: 50, runs: runs) { _ in
                    try await page("/matters?jurisdiction=\(random.pick(provinces))&state=handling")
                })
            record(
                try await time("matters ledger page: lead unit", goal: 50, runs: runs) { _ in
                    try await page("/matters?unit=\(random.pick(matterUnits))")
                })
            record(
                try await time("matters ledger page: light=red, nationwide", goal: 50, runs: runs) { _ in
                    try await page("/matters?light=red")
                })
            record(
                try await time("rectification ledger page: province + light=red", goal: 50, runs: runs) { _ in
                    try await page("/rectifications?jurisdiction=\(random.pick(provinces))&light=red")
                })
            record(
                try await time("rectification ledger page: lead unit", goal: 50, runs: runs) { _ in
                    try await page("/rectifications?unit=\(random.pick(rectificationUnits))")
                })
            record(
                try await time("rectification ledger page: nationwide", goal: 50, runs: runs) { _ in
                    try await page("/rectifications")
                })
        }

        // The unit ranking (动态排名) of a province's units, as of today (overdue items from the counters) and as of a past day
        // (every component read from dated facts).
        if wanted("ranking") {
            record(
                try await time("ranking page: province, today", goal: 100, runs: runs) { _ in
                    try await page("/jurisdictions/\(random.pick(provinces))/ranking")
                })
            record(
                try await time("ranking page: province, as of 30 days ago", goal: 100, runs: runs) { _ in
                    try await page("/jurisdictions/\(random.pick(provinces))/ranking?asOf=\(today.adding(days: -30).iso)")
                })
        }

        // The daily reminder scan (预警): a first, full scan of every item, matter and rectification, then the next day's.
        if wanted("reminders") {
            let bench = ReminderBenchmark(services: services, today: today)
            print("  reminder scan: \(try await bench.ensureLiaisons()) liaison accounts of units that lead a matter or rectification")
            print("  reminder scan: \(try await bench.ensureLeaders()) accounts of the items' responsible leaders")
            let fullRuns = max(3, runs / 40)
            record(
                try await time("reminder scan: full (first scan)", goal: 2000, runs: fullRuns, setup: { try await bench.forgetAll() }) { _, _ in
                    try await bench.fullScan()
                })
            record(
                try await time("reminder scan: incremental (the next day)", goal: nil, runs: fullRuns, setup: { try await bench.rewindOneDay() }) {
                    _, _ in
                    try await bench.nextDayScan()
                })
            print("  reminder scan: \(try await bench.describe())")
        }

        // 签发 under load (issue 11): 1,000 notices of one sequence issued at once get 1,000 distinct consecutive numbers.
        if wanted("notices") {
            let bench = NoticeBenchmark(services: services, count: 1000)
            record(
                try await time(
                    "issue 1,000 notices at once (numbers checked)", goal: nil, runs: max(3, runs / 40), setup: { try await bench.prepare() }
                ) {
                    _, batch in
                    try await bench.issueAll(batch)
                })
            print("  notices: every run's 1,000 numbers were distinct and followed the sequence's last number without a gap")
        }

        // The replication library (issue 13) over 20,000 experiences: the first page, a batch, an origin province, words, a deep page.
        if wanted("replication") {
            _ = try await BenchReplication(database: services.database, seed: options.dataset.seed, today: today, log: print).ensure()
            let batches = try await sql.first(CountRow.self, "SELECT MAX(batch) AS n FROM experiences")?.n ?? 1
            record(
                try await time("replication library page: first page", goal: 50, runs: runs) { _ in
                    try await page("/replication")
                })
            record(
                try await time("replication library page: one batch", goal: 50, runs: runs) { _ in
                    try await page("/replication?batch=\(random.int(1...batches))")
                })
            record(
                try await time("replication library page: origin = a province", goal: 50, runs: runs) { _ in
                    try await page("/replication?origin=\(random.pick(provinces))")
                })
            record(
                try await time("replication library page: adopted in a province", goal: 50, runs: runs) { _ in
                    try await page("/replication?adopted_in=\(random.pick(provinces))")
                })
            record(
                try await time("replication library page: q=<phrase>", goal: 50, runs: runs) { _ in
                    try await page("/replication?q=" + BenchPageClient.escape(random.pick(BenchVocabulary.searchPhrases)))
                })
            record(
                try await time("replication library page: page 300", goal: 50, runs: runs) { _ in
                    try await page("/replication?page=300")
                })
        }

        // The authorization and delegated-power registers (issue 13): 100,000 items and 50,000 powers added to the dataset;
        // their pages under each filter, the counts as of a past day, and a 10,000-row import of each (dry run, then commit;
        // what it wrote is removed again so the dataset stays as generated).
        if wanted("registers") {
            let registers = BenchRegisters(database: services.database, seed: options.dataset.seed, today: today, log: print)
            _ = try await registers.ensureAuthorizations()
            _ = try await registers.ensurePowers()
            let batches = try await sql.first(CountRow.self, "SELECT MAX(id) AS n FROM authorization_batches")?.n ?? 1
            let decisions = try await sql.first(CountRow.self, "SELECT MAX(id) AS n FROM power_decisions")?.n ?? 1
            func pastDay() -> String { today.adding(days: -random.int(30...2000)).iso }
            let areas = ["要素市场化配置", "营商环境", "科技创新", "对外开放", "公共服务体制", "生态环境与城市空间治理"]
            let statuses = LandingStatus.allCases.map(\.rawValue)
            let authorizationPages: [(String, () -> String)] = [
                ("first page", { "/authorizations" }),
                ("one batch", { "/authorizations?batch=\(random.int(1...batches))" }),
                ("one area", { "/authorizations?area=" + BenchPageClient.escape(random.pick(areas)) }),
                ("a status", { "/authorizations?status=\(random.pick(statuses))" }),
                ("receiving = a province", { "/authorizations?jurisdiction=\(random.pick(provinces))" }),
                ("q=<phrase>", { "/authorizations?q=" + BenchPageClient.escape(random.pick(BenchVocabulary.searchPhrases)) }),
                ("page 300", { "/authorizations?page=300" }),
                ("as of a past day", { "/authorizations?as_of=\(pastDay())" })
            ]
            for (label, url) in authorizationPages {
                record(try await time("authorization register page: " + label, goal: 50, runs: runs) { _ in try await page(url()) })
            }
            record(
                try await time("authorization counts as of a past day (API)", goal: 100, runs: runs) { _ in
                    try await page("/api/v1/authorization-counts?as_of=\(pastDay())")
                })
            record(
                try await time("authorization counts as of a past day, a province (API)", goal: 100, runs: runs) { _ in
                    try await page("/api/v1/authorization-counts?jurisdiction=\(random.pick(provinces))&as_of=\(pastDay())")
                })
            let types = PowerType.allCases.map(\.rawValue)
            let powerPages: [(String, () -> String)] = [
                ("first page", { "/powers" }),
                ("one decision", { "/powers?decision=\(random.int(1...decisions))" }),
                ("a type", { "/powers?type=\(random.pick(types))" }),
                ("entrusted, overdue", { "/powers?method=entrust&status=overdue" }),
                ("receiving = a province", { "/powers?jurisdiction=\(random.pick(provinces))" }),
                ("q=<phrase>", { "/powers?q=" + BenchPageClient.escape(random.pick(BenchVocabulary.searchPhrases)) }),
                ("page 300", { "/powers?page=300" }),
                ("as of a past day", { "/powers?as_of=\(pastDay())" })
            ]
            for (label, url) in powerPages {
                record(try await time("powers register page: " + label, goal: 50, runs: runs) { _ in try await page(url()) })
            }
            record(
                try await time("power counts as of a past day (API)", goal: 100, runs: runs) { _ in
                    try await page("/api/v1/power-counts?as_of=\(pastDay())")
                })
            for m in try await registers.timeImports(services: services, runs: 3) { record(m) }
        }

        // Golden ideas (issue 14): the moderation queue of a call with 10,000 submissions, first page and a later one.
        if wanted("ideas") {
            let callId = try await IdeaBenchmark(services: services).ensure()
            record(
                try await time("moderation queue page (10,000 submissions)", goal: 50, runs: runs) { _ in
                    try await page("/ideas/calls/\(callId)?state=submitted")
                })
            record(
                try await time("moderation queue page, a later page", goal: 50, runs: runs) { i in
                    try await page("/ideas/calls/\(callId)?state=submitted&after=\(3 * (i % 50) * 50)")
                })
            record(
                try await time("all submissions of the call, first page", goal: nil, runs: runs) { _ in
                    try await page("/ideas/calls/\(callId)?state=all")
                })
        }

        let memory = BenchProcessMemory.snapshot()
        print("")
        print(BenchReport(measurements: results, memory: memory, memoryGoalMiB: 300).table())
    }

    private func printShape(_ sql: any SQLDatabase) async throws {
        var parts: [String] = []
        for table in ["jurisdictions", "units", "plans", "plan_items", "plan_item_participants", "deadline_amendments", "audit_log"] {
            let n = try await sql.first(CountRow.self, "SELECT COUNT(*) AS n FROM \(ident: table)")?.n ?? 0
            parts.append("\(table) \(n)")
        }
        print("dataset: " + parts.joined(separator: ", "))
        if case .sqliteFile(let path) = options.database {
            let bytes = ["", "-wal"].compactMap { try? FileManager.default.attributesOfItem(atPath: path + $0)[.size] as? Int }.reduce(0, +)
            print(String(format: "SQLite file %@: %.2f GiB", path, Double(bytes) / 1_073_741_824))
        }
    }

    // MARK: Timing

    private func time(_ name: String, goal: Double?, runs: Int, _ body: (Int) async throws -> Void) async throws -> BenchMeasurement {
        try await time(name, goal: goal, runs: runs, setup: { () }, { (i: Int, _: Void) in try await body(i) })
    }

    /// Times `body` only; `setup` (untimed) prepares each run's input.
    private func time<Input>(
        _ name: String, goal: Double?, runs: Int, setup: () async throws -> Input,
        _ body: (Int, Input) async throws -> Void
    ) async throws -> BenchMeasurement {
        let clock = ContinuousClock()
        for i in 0..<options.warmup { try await body(i, try await setup()) }
        var samples: [Double] = [], cpu: [Double] = []
        samples.reserveCapacity(runs)
        cpu.reserveCapacity(runs)
        for i in 0..<runs {
            let input = try await setup()
            let cpuStart = Self.processCPUMs()
            let start = clock.now
            try await body(i, input)
            samples.append(BenchGenerator.seconds(clock.now - start) * 1000)
            cpu.append(Self.processCPUMs() - cpuStart)
        }
        return BenchMeasurement(name: name, goalMs: goal, samplesMs: samples, cpuMs: cpu)
    }

    static func processCPUMs() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1_000_000
    }
}
