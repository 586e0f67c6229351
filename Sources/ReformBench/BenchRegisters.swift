import App
import Foundation
import ReformCore
import SQLKit

/// The authorization and delegated-power registers at national scale for `reform bench` (issue 13): 100,000 authorization
/// items in 2,500 batches of 40 kept by cities (received by the city or one of its districts, each with a landing history
/// of one to five changes since the batch was issued), and 50,000 provincial powers in 124 decisions (four per province,
/// 2017–2025), each to one of the province's cities, most handed over, entrusted ones with their one-year terms and
/// renewals. Added once to a dataset that lacks them.
struct BenchRegisters: Sendable {
    static let authorizationCount = 100_000
    static let itemsPerBatch = 40
    static let powerCount = 50_000
    static let decisionsPerProvince = 4
    static let marker = "（基准）"

    let database: DatabaseService
    let seed: UInt64
    let today: LocalDate
    let log: @Sendable (String) -> Void

    private struct CountRow: Decodable { var n: Int }
    private struct PlaceRow: Decodable {
        var id: Int
        var path: String
        var parentId: Int?
        var level: String
    }

    private static let areas = ["要素市场化配置", "营商环境", "科技创新", "对外开放", "公共服务体制", "生态环境与城市空间治理"]
    private static let ladder: [LandingStatus] = [.notLanded, .progressing, .substantialProgress, .effective, .landed]
    private static let powerTypes: [PowerType] = [.licensing, .licensing, .licensing, .penalty, .levy, .inspection, .confirmation, .other, .other]

    // MARK: Authorization items

    func ensureAuthorizations() async throws -> Bool {
        let sql = database.sql
        if (try await sql.first(CountRow.self, "SELECT COUNT(*) AS n FROM authorization_items")?.n ?? 0) > 0 { return false }
        let start = ContinuousClock.now
        log("adding the authorization register: \(Self.authorizationCount) items in batches of \(Self.itemsPerBatch) with landing histories…")
        let places = try await sql.all(
            PlaceRow.self, "SELECT id, path, parent_id, level FROM jurisdictions WHERE level IN ('city', 'district') ORDER BY id")
        let cities = places.filter { $0.level == "city" }
        let districts = Dictionary(grouping: places.filter { $0.level == "district" }, by: { $0.parentId ?? 0 })
        guard !cities.isEmpty else { throw BenchRunner.BenchError(description: "the dataset has no cities") }
        let now = today.iso + "T00:00:00.000Z"
        let seed = self.seed
        let today = self.today
        try await database.transaction { sql in
            var random = BenchRandom(seed: seed ^ 0xA07B)
            let writer = BenchBulkWriter(sql: sql)
            var batches: [[any Encodable & Sendable]] = []
            var items: [[any Encodable & Sendable]] = []
            var changes: [[any Encodable & Sendable]] = []
            var changeId = 0
            var ordinals: [Int: Int] = [:]
            func flush() async throws {
                try await writer.insert(
                    into: "authorization_batches",
                    columns: [
                        "id", "jurisdiction_id", "jurisdiction_path", "ordinal", "title", "issuer", "doc_number", "issued_on", "is_demo", "version",
                        "created_at", "updated_at"
                    ], rows: batches)
                try await writer.insert(
                    into: "authorization_items",
                    columns: [
                        "id", "batch_id", "jurisdiction_id", "jurisdiction_path", "number", "area", "content", "granting_body", "legal_basis",
                        "needs_law_change", "law_change", "approval_mode", "status", "status_on", "remarks", "is_demo", "version", "created_at",
                        "updated_at"
                    ], rows: items)
                try await writer.insert(
                    into: "authorization_status_changes",
                    columns: ["id", "item_id", "status", "effective_on", "note", "actor", "recorded_at"], rows: changes)
                batches.removeAll(keepingCapacity: true)
                items.removeAll(keepingCapacity: true)
                changes.removeAll(keepingCapacity: true)
            }
            let batchCount = Self.authorizationCount / Self.itemsPerBatch
            for b in 0..<batchCount {
                let batchId = b + 1
                let city = cities[b % cities.count]
                let ordinal = (ordinals[city.id] ?? 0) + 1
                ordinals[city.id] = ordinal
                let issued = today.adding(days: -random.int(60...2400))
                batches.append([
                    batchId, city.id, city.path, ordinal, "第\(ordinal)批授权事项清单" + Self.marker, "国务院办公厅", "国办函〔\(issued.year)〕\(batchId % 150 + 1)号",
                    issued.iso, false, 1, now, now
                ])
                let receivers = [city] + (districts[city.id] ?? [])
                for n in 1...Self.itemsPerBatch {
                    let itemId = b * Self.itemsPerBatch + n
                    let receiver = random.chance(0.6) ? city : random.pick(receivers)
                    // A history that climbs the ladder from not landed, each step some weeks after the last, never past today.
                    var day = issued
                    var step = 0
                    let steps = random.int(0...4)
                    var history: [(LandingStatus, LocalDate)] = [(.notLanded, issued)]
                    while step < steps {
                        let next = day.adding(days: random.int(20...300))
                        if next > today { break }
                        step += 1
                        day = next
                        history.append((Self.ladder[min(step, Self.ladder.count - 1)], day))
                    }
                    let needsLaw = random.chance(0.3)
                    let last = history[history.count - 1]
                    items.append([
                        itemId, batchId, receiver.id, receiver.path, n, random.pick(Self.areas),
                        "授权开展\(random.pick(BenchVocabulary.searchPhrases))改革试点事项\(itemId)" + Self.marker, "国务院有关部门",
                        "《中华人民共和国行政许可法》第\(n)条", needsLaw, needsLaw ? "《基准条例》第\(n % 40 + 1)条" : "",
                        random.chance(0.5) ? ApprovalMode.filing.rawValue : ApprovalMode.approval.rawValue, last.0.rawValue, last.1.iso, "", false, 1,
                        now, now
                    ])
                    for (status, on) in history {
                        changeId += 1
                        changes.append([changeId, itemId, status.rawValue, on.iso, "", "reform bench", now])
                    }
                }
                if items.count >= 5_000 { try await flush() }
            }
            try await flush()
        }
        if database.dialect == .postgres {
            for table in ["authorization_batches", "authorization_items", "authorization_status_changes"] {
                try await sql.raw("SELECT setval(pg_get_serial_sequence('\(unsafeRaw: table)', 'id'), (SELECT MAX(id) FROM \(unsafeRaw: table)))")
                    .run()
            }
        }
        log(String(format: "authorization register added in %.1f s", BenchGenerator.seconds(ContinuousClock.now - start)))
        return true
    }

    // MARK: Delegated powers

    func ensurePowers() async throws -> Bool {
        let sql = database.sql
        if (try await sql.first(CountRow.self, "SELECT COUNT(*) AS n FROM delegated_powers")?.n ?? 0) > 0 { return false }
        let start = ContinuousClock.now
        log("adding the delegated-powers register: \(Self.powerCount) powers in decisions of the provinces…")
        let places = try await sql.all(
            PlaceRow.self, "SELECT id, path, parent_id, level FROM jurisdictions WHERE level IN ('province', 'city') ORDER BY id")
        let provinces = places.filter { $0.level == "province" }
        let citiesOf = Dictionary(grouping: places.filter { $0.level == "city" }, by: { $0.parentId ?? 0 })
        let withCities = provinces.filter { !(citiesOf[$0.id] ?? []).isEmpty }
        guard !withCities.isEmpty else { throw BenchRunner.BenchError(description: "the dataset has no province with cities") }
        let calendar = try await WorkingDays.calendar(on: sql)
        let now = today.iso + "T00:00:00.000Z"
        let seed = self.seed
        let today = self.today
        let decisionCount = withCities.count * Self.decisionsPerProvince
        let perDecision = Self.powerCount / decisionCount
        try await database.transaction { sql in
            var random = BenchRandom(seed: seed ^ 0x90E5)
            let writer = BenchBulkWriter(sql: sql)
            var decisions: [[any Encodable & Sendable]] = []
            var powers: [[any Encodable & Sendable]] = []
            var terms: [[any Encodable & Sendable]] = []
            var powerId = 0
            var termId = 0
            func flush() async throws {
                try await writer.insert(
                    into: "power_decisions",
                    columns: [
                        "id", "jurisdiction_id", "jurisdiction_path", "doc_number", "title", "decided_on", "announced_on", "is_demo", "version",
                        "created_at", "updated_at"
                    ], rows: decisions)
                try await writer.insert(
                    into: "delegated_powers",
                    columns: [
                        "id", "decision_id", "jurisdiction_id", "jurisdiction_path", "number", "name", "power_type", "method", "granting_department",
                        "receiving_department", "legal_basis", "handover_deadline", "handover_warn_from", "handed_over_on", "term_start", "term_end",
                        "term_run_start", "expiry_warn_from", "renewals", "withdrawn_on", "remarks", "is_demo", "version", "created_at", "updated_at"
                    ], rows: powers)
                try await writer.insert(
                    into: "power_terms", columns: ["id", "power_id", "term_start", "term_end", "evaluation_id", "actor", "recorded_at"], rows: terms)
                decisions.removeAll(keepingCapacity: true)
                powers.removeAll(keepingCapacity: true)
                terms.removeAll(keepingCapacity: true)
            }
            for d in 0..<decisionCount {
                let decisionId = d + 1
                let province = withCities[d % withCities.count]
                let cities = citiesOf[province.id]!
                let decided = LocalDate(year: 2017 + d * 9 / decisionCount, month: random.int(1...12), day: random.int(1...28))!
                let deadline = PowerRules.handoverDeadline(decidedOn: decided, calendar: calendar)
                let warn = PowerRules.handoverWarnFrom(deadline: deadline, calendar: calendar)
                decisions.append([
                    decisionId, province.id, province.path, "府令第\(decisionId)号", "关于调整第\(d / withCities.count + 1)批省级行政职权事项的决定" + Self.marker,
                    decided.iso, decided.adding(days: 7).iso, false, 1, now, now
                ])
                for n in 1...perDecision {
                    powerId += 1
                    let city = cities[n % cities.count]
                    let type = random.pick(Self.powerTypes)
                    let entrusted = random.chance(0.65)
                    // Most are handed over within the deadline; a few late, a few still pending or withdrawn.
                    var handed: LocalDate? = decided.adding(days: random.int(5...60))
                    if handed! > today || random.chance(0.05) { handed = nil }
                    var termStart: LocalDate?
                    var termEnd: LocalDate?
                    var renewals = 0
                    if entrusted, let h = handed {
                        var s = h
                        var e = PowerRules.termEnd(start: s)
                        termId += 1
                        terms.append([termId, powerId, s.iso, e.iso, nil as Int?, "reform bench", now])
                        while e < today && random.chance(0.8) {
                            s = e.adding(days: 1)
                            e = PowerRules.termEnd(start: s)
                            renewals += 1
                            termId += 1
                            terms.append([termId, powerId, s.iso, e.iso, nil as Int?, "reform bench", now])
                        }
                        termStart = s
                        termEnd = e
                    }
                    let withdrawn: LocalDate? = handed != nil && random.chance(0.03) ? min(today, handed!.adding(days: random.int(30...900))) : nil
                    powers.append([
                        powerId, decisionId, city.id, city.path, n, "\(random.pick(BenchVocabulary.searchPhrases))领域省级行政职权事项\(powerId)" + Self.marker,
                        type.rawValue, entrusted ? PowerMethod.entrust.rawValue : PowerMethod.devolve.rawValue, "省第\(n % 40 + 1)厅",
                        "市第\(n % 40 + 1)局", "《基准省第\(n % 90 + 1)号条例》", deadline.iso, warn.iso, handed?.iso, termStart?.iso, termEnd?.iso,
                        entrusted ? handed?.iso : nil, termEnd.map { PowerRules.expiryWarnFrom(termEnd: $0).iso }, renewals, withdrawn?.iso, "",
                        false, 1, now, now
                    ])
                }
                if powers.count >= 5_000 { try await flush() }
            }
            try await flush()
        }
        if database.dialect == .postgres {
            for table in ["power_decisions", "delegated_powers", "power_terms"] {
                try await sql.raw("SELECT setval(pg_get_serial_sequence('\(unsafeRaw: table)', 'id'), (SELECT MAX(id) FROM \(unsafeRaw: table)))")
                    .run()
            }
        }
        log(String(format: "delegated-powers register added in %.1f s", BenchGenerator.seconds(ContinuousClock.now - start)))
        return true
    }

    // MARK: Imports

    /// Imports 10,000 authorization items into a new batch of a city and 10,000 powers under a new decision of a province,
    /// `runs` times each, timing the dry run and the commit apart; each commit is removed again before the next run.
    func timeImports(services: AppServices, runs: Int) async throws -> [BenchMeasurement] {
        let sql = database.sql
        let rows = 10_000
        _ = try await BenchPageClient.adminToken(services)
        guard let user = try await UserQueries.byUsername("bench-admin", on: sql), let admin = user.principal else {
            throw BenchRunner.BenchError(description: "bench-admin has no usable role")
        }
        guard
            let city = try await sql.first(
                PlaceRow.self, "SELECT id, path, parent_id, level FROM jurisdictions WHERE level = 'city' ORDER BY id LIMIT 1"),
            let province = try await sql.first(
                PlaceRow.self, "SELECT id, path, parent_id, level FROM jurisdictions WHERE id = \(bind: city.parentId ?? 0)")
        else { throw BenchRunner.BenchError(description: "the dataset has no city in a province") }
        struct NameRow: Decodable { var name: String }
        let cityNames = try await sql.all(
            NameRow.self, "SELECT name FROM jurisdictions WHERE parent_id = \(bind: province.id) AND level = 'city' ORDER BY id"
        ).map(\.name)
        let authorizationData = Self.authorizationSheet(rows: rows)
        let powerData = Self.powerSheet(rows: rows, cities: cityNames)
        var samples: [String: ([Double], [Double])] = [:]
        func timed(_ name: String, _ body: () async throws -> Void) async throws {
            let clock = ContinuousClock()
            let cpu = BenchRunner.processCPUMs()
            let start = clock.now
            try await body()
            samples[name, default: ([], [])].0.append(BenchGenerator.seconds(clock.now - start) * 1000)
            samples[name, default: ([], [])].1.append(BenchRunner.processCPUMs() - cpu)
        }
        let names = [
            "authorization import, 10,000 rows: dry run", "authorization import, 10,000 rows: commit", "powers import, 10,000 rows: dry run",
            "powers import, 10,000 rows: commit"
        ]
        // What an earlier run that stopped half-way left behind.
        try await database.transaction { sql in
            let batches: SQLQueryString = "SELECT id FROM authorization_batches WHERE title LIKE '基准导入批次%'"
            let items: SQLQueryString = "SELECT id FROM authorization_items WHERE batch_id IN (\(batches))"
            try await sql.raw("DELETE FROM authorization_status_changes WHERE item_id IN (\(items))").run()
            try await sql.raw("DELETE FROM authorization_items WHERE batch_id IN (\(batches))").run()
            try await sql.raw("DELETE FROM authorization_batches WHERE title LIKE '基准导入批次%'").run()
            let decisions: SQLQueryString = "SELECT id FROM power_decisions WHERE title LIKE '基准导入决定%'"
            try await sql.raw("DELETE FROM power_events WHERE power_id IN (SELECT id FROM delegated_powers WHERE decision_id IN (\(decisions)))")
                .run()
            try await sql.raw("DELETE FROM delegated_powers WHERE decision_id IN (\(decisions))").run()
            try await sql.raw("DELETE FROM power_decisions WHERE title LIKE '基准导入决定%'").run()
        }
        for run in 1...runs {
            let batch = try await services.authorizations.createBatch(
                .init(
                    jurisdictionId: city.id, ordinal: String(990 + run), title: "基准导入批次\(run)", issuer: "国务院办公厅", docNumber: "基准〔2026〕\(run)号",
                    issuedOn: "2024-01-15"),
                by: admin)
            try await timed(names[0]) {
                let r = try await services.authorizations.importItems(
                    batchId: batch.id, data: authorizationData, filename: "bench.csv", dryRun: true, language: .zh, by: admin)
                guard r.ok, r.rows == rows else {
                    throw BenchRunner.BenchError(description: "the authorization dry run read \(r.rows) rows with \(r.problemCount) problems")
                }
            }
            try await timed(names[1]) {
                let r = try await services.authorizations.importItems(
                    batchId: batch.id, data: authorizationData, filename: "bench.csv", dryRun: false, language: .zh, by: admin)
                guard r.created == rows else { throw BenchRunner.BenchError(description: "the authorization commit wrote \(r.created)") }
            }
            try await database.transaction { sql in
                try await sql.raw(
                    "DELETE FROM authorization_status_changes WHERE item_id IN (SELECT id FROM authorization_items WHERE batch_id = \(bind: batch.id))"
                ).run()
                try await sql.raw("DELETE FROM authorization_items WHERE batch_id = \(bind: batch.id)").run()
                try await sql.raw("DELETE FROM authorization_batches WHERE id = \(bind: batch.id)").run()
            }
            let decision = try await services.powers.createDecision(
                .init(
                    jurisdictionId: province.id, docNumber: "基准府令导入第\(run)号", title: "基准导入决定\(run)", decidedOn: "2025-03-01", announcedOn: ""),
                by: admin)
            try await timed(names[2]) {
                let r = try await services.powers.importPowers(
                    decisionId: decision.id, data: powerData, filename: "bench.csv", dryRun: true, language: .zh, by: admin)
                guard r.ok else { throw BenchRunner.BenchError(description: "the powers dry run found \(r.problemCount) problems") }
            }
            try await timed(names[3]) {
                let r = try await services.powers.importPowers(
                    decisionId: decision.id, data: powerData, filename: "bench.csv", dryRun: false, language: .zh, by: admin)
                guard r.created == rows else { throw BenchRunner.BenchError(description: "the powers commit wrote \(r.created)") }
            }
            try await database.transaction { sql in
                try await sql.raw(
                    "DELETE FROM power_events WHERE power_id IN (SELECT id FROM delegated_powers WHERE decision_id = \(bind: decision.id))"
                ).run()
                try await sql.raw("DELETE FROM delegated_powers WHERE decision_id = \(bind: decision.id)").run()
                try await sql.raw("DELETE FROM power_decisions WHERE id = \(bind: decision.id)").run()
            }
        }
        return names.map { BenchMeasurement(name: $0, goalMs: 5000, samplesMs: samples[$0]!.0, cpuMs: samples[$0]!.1) }
    }

    /// A 10,000-row sheet of authorization items for a new batch of a city (receiving: the city itself).
    static func authorizationSheet(rows: Int) -> Data {
        var csv = "序号,领域,授权事项,授权机关,法律依据,需调整法律法规,需调整的法律法规,备案或报批,落地状态,状态日期,备注\n"
        for n in 1...rows {
            csv +=
                "\(n),\(areas[n % areas.count]),授权开展第\(n)项改革试点事项（基准导入）,国务院有关部门,《基准条例》第\(n % 90 + 1)条,"
                + "\(n % 3 == 0 ? "是,《基准条例》第\(n % 40 + 1)条" : "否,"),\(n % 2 == 0 ? "备案" : "报批"),\(n % 5 == 0 ? "正式落地" : "推进中"),2024-0\(n % 9 + 1)-15,\n"
        }
        return Data(csv.utf8)
    }

    /// A 10,000-row sheet of powers for a new decision of a province, to its cities by name.
    static func powerSheet(rows: Int, cities: [String]) -> Data {
        var csv = "序号,职权事项,职权类别,调整方式,承接地区,原实施部门,承接部门,设定依据\n"
        let types = ["许可", "许可", "许可", "处罚", "征收", "检查", "确认", "其他", "其他", "其他"]
        for n in 1...rows {
            csv +=
                "\(n),基准导入第\(n)项省级行政职权事项,\(types[n % types.count]),\(n % 3 == 0 ? "下放" : "委托"),\(cities[n % cities.count]),"
                + "省第\(n % 40)厅,市第\(n % 40)局,《基准省第\(n % 90)号条例》\n"
        }
        return Data(csv.utf8)
    }
}
