import HummingbirdTesting
import ReformCore
import ReformDemo
import SQLKit
import Testing

@testable import App

/// The demo dataset, loaded through the services, has the real sizes the seed documents give.
struct DemoTests {
    private struct DepthCount: Decodable, Equatable {
        var depth: Int
        var n: Int
    }

    private func plan(titled prefix: String, on sql: any SQLDatabase) async throws -> PlanRecord {
        let plans = try await PlanQueries.all(on: sql)
        return try #require(plans.first { $0.title.hasPrefix(prefix) }, "no plan titled \(prefix)…")
    }

    private func count(_ planId: Int, depth: Int, status: LifecycleStatus? = nil, on sql: any SQLDatabase) async throws -> Int {
        var query: SQLQueryString = "SELECT COUNT(*) AS n FROM plan_items WHERE plan_id = \(bind: planId) AND depth = \(bind: depth)"
        if let status { query += " AND status = \(bind: status.rawValue)" }
        return try await sql.scalar(Int.self, column: "n", query) ?? -1
    }

    @Test func theDemoHasTheRealSizes() async throws {
        try await TestDatabase.withServices { services in
            // given
            let sql = services.database.sql
            // when
            let loaded = try await loadDemoIfEmpty(services, logger: TestDatabase.logger, migrate: false)
            // then
            #expect(loaded)
            #expect(try await JurisdictionQueries.count(on: sql) == 17)
            let longhua = try await plan(titled: "龙华区委全面深化改革委员会2020年工作要点", on: sql)
            #expect(try await count(longhua.id, depth: 0, on: sql) == 7)
            #expect(try await count(longhua.id, depth: 1, on: sql) == 36)
            let guangzhou = try await plan(titled: "广州市2022年全面深化改革工作要点", on: sql)
            #expect(try await count(guangzhou.id, depth: 0, on: sql) == 12)
            let grassroots = try await plan(titled: "广州市2022年基层改革创新项目清单", on: sql)
            #expect(try await count(grassroots.id, depth: 0, on: sql) == 11)
            #expect(try await count(grassroots.id, depth: 1, on: sql) == 22)
            let pilot = try await plan(titled: "深圳建设中国特色社会主义先行示范区综合改革试点实施方案", on: sql)
            #expect(try await count(pilot.id, depth: 0, on: sql) == 6)
            #expect(try await count(pilot.id, depth: 1, on: sql) == 27)
            let authorizations = try await plan(titled: "深圳建设中国特色社会主义先行示范区综合改革试点首批授权事项清单", on: sql)
            #expect(try await count(authorizations.id, depth: 0, on: sql) == 6)
            #expect(try await count(authorizations.id, depth: 1, on: sql) == 40)
            #expect(try await count(authorizations.id, depth: 1, status: .done, on: sql) == 22)
        }
    }

    /// On PostgreSQL the tests that read the demo get a copy of one load (`TestDemo`): the copy holds every row of every
    /// table the load wrote, the counters and stamps triggers keep included, and the next id of each table follows on.
    @Test(.enabled(if: TestDatabase.isPostgres, "the copy is made on PostgreSQL only"))
    func aCopyOfTheDemoIsTheLoadedDemo() async throws {
        struct Table: Decodable { var tablename: String }
        try await TestDatabase.withServices { services in
            // given
            let sql = services.database.sql
            try await TestDemo.load(services)
            let template = try #require(try await TestDemo.templateSchema())
            let target = try #require(try await sql.scalar(String.self, column: "s", "SELECT current_schema() AS s"))
            let tables = try await sql.all(
                Table.self, "SELECT tablename FROM pg_tables WHERE schemaname = \(bind: template) AND tablename <> '_fluent_migrations'"
            ).map(\.tablename)
            // when
            func digest(_ schema: String, _ table: String) async throws -> String {
                try await sql.scalar(
                    String.self, column: "v",
                    "SELECT count(*)::text || '/' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS v FROM \"\(unsafeRaw: schema)\".\"\(unsafeRaw: table)\" t"
                ) ?? ""
            }
            var differing: [String] = []
            for table in tables where try await digest(template, table) != digest(target, table) { differing.append(table) }
            let jurisdiction = try await services.jurisdictions.create(
                JurisdictionDraft(name: "复制后新建区", level: "district", divisionCode: "440399", parentID: nil), actor: "测试")
            // then
            #expect(tables.count > 50)
            #expect(differing.isEmpty, "\(differing)")
            #expect(try await JurisdictionQueries.count(on: sql) == 18, "the demo's 17 and the new one")
            #expect(jurisdiction.id == (try await JurisdictionQueries.all(on: sql).map(\.id).max()), "ids follow on")
        }
    }

    @Test func theDemoLoadsOnlyIntoAnEmptyDatabase() async throws {
        try await TestDatabase.withServices { services in
            // given
            try await TestDemo.load(services)
            let f = Fixtures(services: services)
            let before = try await f.counts()
            // when
            let again = try await loadDemoIfEmpty(services, logger: TestDatabase.logger, migrate: false)
            // then
            #expect(!again)
            #expect(try await f.counts() == before)
        }
    }

    /// App holds no demo: `reform serve` hands it ReformDemo's loader, which start-up runs on an empty database
    /// unless `--no-demo` (config.loadDemoIfEmpty false) says not to.
    @Test func startUpLoadsTheHandedLoaderUnlessToldNot() async throws {
        try await TestDatabase.withServices { services in
            // given: the services `reform serve --no-demo` starts with, and the same without the flag
            let sql = services.database.sql
            var config = services.config
            config.loadDemoIfEmpty = true
            let serve = AppServices(
                database: services.database, renderer: services.renderer, metrics: services.metrics, config: config,
                clock: services.clock, dummyPasswordHash: services.dummyPasswordHash)
            // when
            try await prepareDatabase(services, logger: TestDatabase.logger, emptyDatabaseLoader: DemoLoader.emptyDatabaseLoader)
            let withNoDemo = try await JurisdictionQueries.count(on: sql)
            try await prepareDatabase(serve, logger: TestDatabase.logger)
            let withoutLoader = try await JurisdictionQueries.count(on: sql)
            try await prepareDatabase(serve, logger: TestDatabase.logger, emptyDatabaseLoader: DemoLoader.emptyDatabaseLoader)
            // then
            #expect(withNoDemo == 0)
            #expect(withoutLoader == 0)
            #expect(try await JurisdictionQueries.count(on: sql) == 17)
            #expect(try await UserQueries.byUsername("office", on: sql) != nil)
        }
    }

    @Test func theDemoIsMarkedAndEveryPlanHasAFigure() async throws {
        try await TestDatabase.withServices { services in
            // given
            let sql = services.database.sql
            // when
            try await TestDemo.load(services)
            // then
            let plans = try await PlanQueries.all(on: sql)
            // The seed documents' six plans, the cascade demo's province plan with the five its receivers made, and the plan
            // Zhejiang's commission reviewed at its sixth meeting (seed 003).
            #expect(plans.count == 13)
            #expect(plans.allSatisfy { $0.isDemo && $0.derivedPercent != nil && !$0.sourceNote.isEmpty })
            #expect(try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM plan_items WHERE is_demo = \(bind: false)") == 0)
            #expect(try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM deadline_amendments") ?? 0 > 0)
        }
    }

    @Test func theIncrementalRollupAgreesWithAFullRecompute() async throws {
        try await TestDatabase.withServices { services in
            // given
            let sql = services.database.sql
            try await TestDemo.load(services)
            let loaded = try await sql.all(ItemRecord.self, "SELECT \(ItemQueries.columns) FROM plan_items ORDER BY id")
            let plansLoaded = try await PlanQueries.all(on: sql)
            // when
            for p in plansLoaded { try await RollupEngine.recomputeAll(planId: p.id, rule: p.rule, on: sql) }
            // then
            let recomputed = try await sql.all(ItemRecord.self, "SELECT \(ItemQueries.columns) FROM plan_items ORDER BY id")
            let differing = zip(loaded, recomputed).filter { $0 != $1 }.map {
                "\($0.0.number)\($0.0.title): child_count \($0.0.childCount)→\($0.1.childCount), derived \(String(describing: $0.0.derivedPercent))→\(String(describing: $0.1.derivedPercent))"
            }
            #expect(differing.isEmpty, "\(differing.prefix(5))")
            #expect(try await PlanQueries.all(on: sql) == plansLoaded)
        }
    }

    @Test func theDemoPagesRender() async throws {
        try await TestApp.run(demo: true) { services, client in
            // given
            let sql = services.database.sql
            let root = try #require(try await JurisdictionQueries.defaultRoot(on: sql))
            let longhua = try await plan(titled: "龙华区委全面深化改革委员会2020年工作要点", on: sql)
            // when
            let home = try await client.get("/")
            let dashboard = try await client.get("/dashboard/\(root.id)")
            let ledger = try await client.get("/ledger?plan=\(longhua.id)&per_page=500")
            let plan = try await client.get("/plans/\(longhua.id)")
            let wall = try await client.get("/plans/\(longhua.id)/wallchart")
            // then
            #expect(home.status == .seeOther)
            #expect(home.headers[.location] == "/dashboard/\(root.id)")
            for page in [dashboard, ledger, plan, wall] {
                #expect(page.status == .ok)
                #expect(page.text.contains(#"<meta charset="utf-8">"#))
                #expect(page.text.contains("demo-banner"))
            }
            #expect(dashboard.text.contains("<svg"))
            #expect(plan.text.contains("龙华区委全面深化改革委员会2020年工作要点"))
            #expect(
                LedgerPage.rowIDs(ledger.text).count == (try await count(longhua.id, depth: 1, on: sql))
                    + (try await sql.scalar(
                        Int.self, column: "n", "SELECT COUNT(*) AS n FROM plan_items WHERE plan_id = \(bind: longhua.id) AND depth >= 2") ?? 0))
        }
    }
}
