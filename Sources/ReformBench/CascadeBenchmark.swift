import App
import Foundation
import Logging
import ReformCore
import SQLKit

/// `reform cascade-bench`: the cascade at a province's scale, in a fresh database. A province of 21 cities and 122
/// districts (Guangdong's count), one office unit in each; the province's plan of 12 fields and 120 measures is sent to
/// every city, each city signs and places it in a plan of its own and sends that on to each of its districts, which
/// sign and place it: 132 items × 143 receivers = 18,876 copies. Then the province's matrix page (21 cities × the
/// plan's items) and an edit of a district's copy with its roll-up through the city's and the province's plans are
/// timed. Goals (issue 12): the whole cascade ≤ 10 s on SQLite, the matrix p99 ≤ 100 ms, the edit p99 ≤ 30 ms.
public enum CascadeBenchmark {
    public static let cityCount = 21
    public static let districtCount = 122
    public static let fieldCount = 12
    public static let measuresPerField = 10

    public struct Result: Sendable {
        public var copies: Int
        public var receipts: Int
        public var cascadeSeconds: Double
        public var cascadeCPUSeconds: Double
        public var matrix: BenchMeasurement
        public var edit: BenchMeasurement
        /// The province's measure before and after the district edits: its roll-up moved, so the edits reached it.
        public var provincePercentBefore: Double
        public var provincePercentAfter: Double
    }

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

    private struct IdRow: Decodable { var id: Int }
    private struct CopyRow: Decodable {
        var copyItemId: Int
        var targetJurisdictionId: Int
    }

    static func run(runs: Int, services: AppServices, logger: Logger) async throws -> Result {
        try await services.database.migrate()
        try await services.database.configureConnection()
        let sql = services.database.sql
        let today = services.clock.today
        let admin = try await adminPrincipal(services)

        // The tree: 国务院 → a province → 21 cities → 122 districts (the first 17 cities get 6, the other 4 get 5).
        let central = try await services.jurisdictions.create(
            JurisdictionDraft(name: "国务院（级联基准）", level: JurisdictionLevel.central.rawValue, divisionCode: "100000"), actor: "bench")
        let province = try await services.jurisdictions.create(
            JurisdictionDraft(name: "基准省", level: JurisdictionLevel.province.rawValue, divisionCode: "990000", parentID: central.id), actor: "bench")
        var units: [Int: Int] = [:]
        func office(_ j: JurisdictionRecord) async throws {
            units[j.id] = try await services.units.create(UnitDraft(jurisdictionID: j.id, name: j.name + "发展和改革局"), actor: "bench").id
        }
        try await office(province)
        var cities: [JurisdictionRecord] = []
        var districtsLeft = districtCount
        for c in 1...cityCount {
            let city = try await services.jurisdictions.create(
                JurisdictionDraft(
                    name: "基准\(c)市", level: JurisdictionLevel.city.rawValue, divisionCode: "99" + twoDigits(c) + "00", parentID: province.id),
                actor: "bench")
            try await office(city)
            cities.append(city)
            let districts = min(districtsLeft - (cityCount - c) * 5, 6)
            districtsLeft -= districts
            for d in 1...districts {
                let district = try await services.jurisdictions.create(
                    JurisdictionDraft(
                        name: "基准\(c)市\(d)区", level: JurisdictionLevel.district.rawValue, divisionCode: "99" + twoDigits(c) + twoDigits(d),
                        parentID: city.id),
                    actor: "bench")
                try await office(district)
            }
        }

        // The province's plan: 12 fields of 10 measures.
        let plan = try await services.plans.create(
            PlanDraft(
                title: "基准省全面深化改革工作要点", issuer: "基准省委全面深化改革委员会", jurisdictionID: province.id, levelNames: "领域/举措",
                rollupRule: RollupRule.mean.rawValue, warnDays: String(Schedule.defaultWarnDays)),
            actor: "bench")
        var measures: [Int] = []
        for f in 1...fieldCount {
            let field = try await services.items.create(
                planId: plan.id, parentId: nil, PlanItemDraft(title: "第\(f)领域改革", leadUnitID: units[province.id]), actor: "bench")
            for m in 1...measuresPerField {
                let measure = try await services.items.create(
                    planId: plan.id, parentId: field.id,
                    PlanItemDraft(
                        title: "第\(f)领域第\(m)项改革举措", leadUnitID: units[province.id], deadline: today.adding(days: 300).iso,
                        status: LifecycleStatus.inProgress.rawValue, ownPercent: "0"),
                    actor: "bench")
                measures.append(measure.id)
            }
        }

        // The cascade, timed as a whole: send, sign and place at each level.
        let instruction = "请结合本地实际制定落实举措，明确牵头单位和完成时限，按月报送进展。"
        let clock = ContinuousClock()
        let cpuStart = processCPUMs()
        let started = clock.now
        func sendAndPlace(planId: Int, deadlineDays: Int, placedDays: Int) async throws -> [Int] {
            let receipts = try await services.cascades.send(
                planId: planId, itemId: nil,
                .init(targetJurisdictionIds: nil, instruction: instruction, deadline: today.adding(days: deadlineDays).iso), by: admin)
            var placedPlans: [Int] = []
            for r in receipts {
                let signed = try await services.cascades.sign(r.id, baseVersion: r.version, by: admin)
                let placed = try await services.cascades.place(
                    r.id, .init(leadUnitId: units[r.targetJurisdictionId], deadline: today.adding(days: placedDays).iso), baseVersion: signed.version,
                    by: admin)
                guard let placedPlan = placed.placedPlanId else {
                    throw BenchRunner.BenchError(description: "receipt \(r.id) was not placed in a plan")
                }
                placedPlans.append(placedPlan)
            }
            return placedPlans
        }
        let cityPlans = try await sendAndPlace(planId: plan.id, deadlineDays: 300, placedDays: 280)
        for cityPlan in cityPlans { _ = try await sendAndPlace(planId: cityPlan, deadlineDays: 280, placedDays: 270) }
        let elapsed = clock.now - started
        let cascadeSeconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let cascadeCPUSeconds = (processCPUMs() - cpuStart) / 1000
        let copies = try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM cascade_copies") ?? 0
        let receipts = try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM cascade_receipts") ?? 0

        // The province's matrix page (21 cities × the plan's items).
        let pages = try await BenchPageClient(services: services, logger: logger, token: BenchPageClient.adminToken(services))
        let matrix = try await measure("province matrix page (21 cities × 132 items)", goal: 100, runs: runs) {
            let p = try await pages.get("/cascade/matrix?jurisdiction=\(province.id)&plan=\(plan.id)")
            guard p.status == 200, p.bytes > 0 else { throw BenchRunner.BenchError(description: "the matrix page answered \(p.status)") }
        }

        // An edit of a district's copy of a measure, rolled up through the city's copy to the province's measure.
        let districtCopies = try await sql.all(
            CopyRow.self,
            """
            SELECT c.copy_item_id, r.target_jurisdiction_id FROM cascade_copies c JOIN cascade_receipts r ON r.id = c.receipt_id
            JOIN jurisdictions j ON j.id = r.target_jurisdiction_id
            JOIN plan_items i ON i.id = c.copy_item_id
            WHERE j.level = \(bind: JurisdictionLevel.district.rawValue) AND i.parent_id IS NOT NULL
            ORDER BY c.copy_item_id
            """)
        guard !districtCopies.isEmpty else { throw BenchRunner.BenchError(description: "no district copies were placed") }
        let watched = measures[0]
        let before = try await ItemQueries.require(watched, on: sql).rollupPercent
        var random = BenchRandom(seed: 20_261_207)
        var next = 0
        let edit = try await measure(
            "district edit + roll-up to city and province", goal: 30, runs: runs * 2,
            setup: { () async throws -> (Int, PlanItemDraft, Int) in
                // Every tenth edit is a copy of the watched measure, so the province's figure is seen to move.
                let id =
                    next % 10 == 0
                    ? try await watchedCopy(of: watched, among: districtCopies, index: next / 10, on: sql)
                    : districtCopies[random.int(0...(districtCopies.count - 1))].copyItemId
                next += 1
                let item = try await ItemQueries.require(id, on: sql)
                var draft = PlanItemDraft(record: item, participants: [])
                var percent = Double(random.int(1...19) * 5)
                if percent == item.ownPercent { percent = percent == 95 ? 90 : percent + 5 }
                draft.ownPercent = ItemService.Values.format(percent)
                draft.status = LifecycleStatus.inProgress.rawValue
                return (id, draft, item.version)
            },
            { input in
                _ = try await services.items.update(input.0, input.1, baseVersion: input.2, amendment: .init(), actor: "reform bench")
            })
        let after = try await ItemQueries.require(watched, on: sql).rollupPercent
        return Result(
            copies: copies, receipts: receipts, cascadeSeconds: cascadeSeconds, cascadeCPUSeconds: cascadeCPUSeconds, matrix: matrix,
            edit: edit, provincePercentBefore: before, provincePercentAfter: after)
    }

    /// A district's copy of `origin` (through the city's copy), the `index`-th of them, round robin.
    private static func watchedCopy(of origin: Int, among copies: [CopyRow], index: Int, on sql: any SQLDatabase) async throws -> Int {
        let ids = try await sql.all(
            IdRow.self,
            """
            SELECT d.copy_item_id AS id FROM cascade_copies c JOIN cascade_copies d ON d.origin_item_id = c.copy_item_id
            WHERE c.origin_item_id = \(bind: origin) AND d.copy_item_id IS NOT NULL ORDER BY d.copy_item_id
            """)
        guard !ids.isEmpty else { return copies[0].copyItemId }
        return ids[index % ids.count].id
    }

    private static func adminPrincipal(_ services: AppServices) async throws -> Principal {
        _ = try await BenchPageClient.adminToken(services)
        guard let user = try await UserQueries.byUsername("bench-admin", on: services.database.sql), let principal = user.principal else {
            throw BenchRunner.BenchError(description: "bench-admin has no usable role")
        }
        return principal
    }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    static func processCPUMs() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1_000_000
    }

    static func measure(_ name: String, goal: Double?, runs: Int, _ body: () async throws -> Void) async throws -> BenchMeasurement {
        try await measure(name, goal: goal, runs: runs, setup: { () }, { (_: Void) in try await body() })
    }

    /// Five untimed warm-up runs, then `runs` timed ones; `setup` is not timed.
    private static func measure<Input>(
        _ name: String, goal: Double?, runs: Int, setup: () async throws -> Input, _ body: (Input) async throws -> Void
    ) async throws -> BenchMeasurement {
        let clock = ContinuousClock()
        for _ in 0..<5 { try await body(try await setup()) }
        var samples: [Double] = [], cpu: [Double] = []
        for _ in 0..<runs {
            let input = try await setup()
            let cpuStart = processCPUMs()
            let start = clock.now
            try await body(input)
            let elapsed = clock.now - start
            samples.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
            cpu.append(processCPUMs() - cpuStart)
        }
        return BenchMeasurement(name: name, goalMs: goal, samplesMs: samples, cpuMs: cpu)
    }
}
