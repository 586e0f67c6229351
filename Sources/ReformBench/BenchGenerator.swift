import App
import FluentKit
import Foundation
import ReformCore
import SQLKit

/// Writes the benchmark dataset with bulk SQL (multi-row INSERTs inside transactions), not through the
/// services: 3,000 jurisdictions, 50,000 units, ~3,300 plans of mostly 100–500 items plus one of exactly
/// 2,000, at least `itemCount` items with participants and deadline amendments. Every derived column is
/// computed in memory by `BenchPlanBuilder`.
///
/// The secondary indexes of the item tables are dropped for the load and rebuilt from their own stored
/// definitions afterwards (much faster than maintaining them row by row); so are SQLite's FTS5 triggers,
/// with one rebuild of the search index at the end. Plans are built on one task while the previous batch
/// is written.
struct BenchGenerator {
    let database: DatabaseService
    let dataset: BenchDataset
    let today: LocalDate
    let log: @Sendable (String) -> Void

    var sql: any SQLDatabase { database.sql }
    static let plansPerTransaction = 30

    struct Summary: Sendable {
        var jurisdictions = 0
        var units = 0
        var plans = 0
        var items = 0
        var participants = 0
        var amendments = 0
        var seconds = 0.0
    }

    func generate() async throws -> Summary {
        let clock = ContinuousClock()
        let started = clock.now
        var random = BenchRandom(seed: dataset.seed)
        var summary = Summary()
        let saved = try await loadSettings()
        let droppedIndexes = try await dropItemIndexes()
        let droppedTriggers = try await dropSearchTriggers()

        let geography = BenchGeography(random: &random)
        let units = unitRows(geography)
        var unitsByPlace: [Int: [Int]] = [:]
        for u in units { unitsByPlace[u.jurisdictionId, default: []].append(u.id) }
        summary.jurisdictions = geography.places.count
        summary.units = units.count

        // The plan list: sizes and owners drawn up front, so building and writing can overlap.
        let specs = planSpecs(geography, random: &random)
        let builder = BenchPlanBuilder(today: today)
        func input(_ spec: PlanSpec) -> BenchPlanBuilder.Input {
            let place = geography.places[spec.placeIndex]
            let upper = PathRange.ids(in: place.path).filter { $0 != place.id }.flatMap { unitsByPlace[$0] ?? [] }
            return .init(
                planId: spec.planId, firstItemId: spec.firstItemId, size: spec.size, levels: spec.levels, place: place,
                localUnits: unitsByPlace[place.id] ?? [], upperUnits: upper, title: spec.title)
        }
        let inputs = specs.map(input)
        let batches = stride(from: 0, to: inputs.count, by: Self.plansPerTransaction).map {
            Array(inputs[$0..<min(inputs.count, $0 + Self.plansPerTransaction)])
        }
        @Sendable func build(_ batch: [BenchPlanBuilder.Input], _ random: BenchRandom) -> ([BenchPlan], BenchRandom) {
            var random = random
            return (batch.map { builder.build($0, random: &random) }, random)
        }

        var pending = build(batches[0], random)
        for (index, _) in batches.enumerated() {
            let (plans, nextRandom) = pending
            let nextBatch = index + 1 < batches.count ? batches[index + 1] : nil
            // Build the next batch on another core while this one is written.
            async let next = nextBatch.map { build($0, nextRandom) }
            let first = index == 0
            let counts = try await database.transaction { sql in
                if first {
                    try await insertJurisdictions(geography, on: sql)
                    try await insertUnits(units, on: sql)
                }
                return try await insert(plans, on: sql)
            }
            summary.plans += plans.count
            summary.items += counts.items
            summary.participants += counts.participants
            summary.amendments += counts.amendments
            if index % 10 == 0 || index == batches.count - 1 {
                log(
                    String(
                        format: "  %7d items, %4d plans written (%.0f s)", summary.items, summary.plans,
                        Self.seconds(clock.now - started)))
            }
            if let n = await next { pending = n }
        }
        log("  rebuilding \(droppedIndexes.count) indexes…")
        for index in droppedIndexes { try await sql.raw("\(unsafeRaw: index.definition)").run() }
        if !droppedTriggers.isEmpty {
            log("  rebuilding the FTS5 search index…")
            try await sql.raw("INSERT INTO plan_items_fts(plan_items_fts) VALUES ('rebuild')").run()
            for trigger in droppedTriggers { try await sql.raw("\(unsafeRaw: trigger.definition)").run() }
        }
        if database.dialect == .postgres {
            for table in ["jurisdictions", "units", "plans", "plan_items"] {
                try await sql.raw("SELECT setval(pg_get_serial_sequence('\(unsafeRaw: table)', 'id'), (SELECT MAX(id) FROM \(unsafeRaw: table)))")
                    .run()
            }
            log("  VACUUM ANALYZE (what autovacuum would do after a load)…")
            try await sql.raw("VACUUM ANALYZE").run()
        }
        try await sql.raw("UPDATE plans SET source_note = \(bind: dataset.completeMarker) WHERE id = 1").run()
        try await restoreSettings(saved)
        summary.seconds = Self.seconds(clock.now - started)
        return summary
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    // MARK: Plan list

    struct PlanSpec: Sendable {
        var planId: Int
        var firstItemId: Int
        var size: Int
        var levels: Int
        var placeIndex: Int
        var title: String?
    }

    private func planSpecs(_ geography: BenchGeography, random: inout BenchRandom) -> [PlanSpec] {
        var byLevel: [JurisdictionLevel: [Int]] = [:]
        for (i, p) in geography.places.enumerated() { byLevel[p.level, default: []].append(i) }
        let guangdong = geography.places.firstIndex { $0.code == "440000" }!
        var specs = [
            PlanSpec(
                planId: 1, firstItemId: 1, size: BenchDataset.bigPlanSize, levels: 4, placeIndex: guangdong,
                title: BenchDataset.bigPlanTitle)
        ]
        var remaining = dataset.itemCount - BenchDataset.bigPlanSize
        var nextItem = BenchDataset.bigPlanSize + 1
        let levels: [JurisdictionLevel] = [.central, .province, .city, .district]
        while remaining > 0 {
            var size = random.chance(0.9) ? random.int(100...500) : random.int(40...99)
            if remaining - size < 40 { size = remaining }
            let level = levels[random.weighted([0.5, 12, 30, 57.5])]
            specs.append(
                PlanSpec(
                    planId: specs.count + 1, firstItemId: nextItem, size: size,
                    levels: [2, 3, 4][random.weighted([25, 45, 30])], placeIndex: random.pick(byLevel[level]!), title: nil))
            nextItem += size
            remaining -= size
        }
        return specs
    }

    // MARK: Rows

    private struct UnitRow {
        var id: Int
        var jurisdictionId: Int
        var name: String
        var shortNames: String
    }

    /// 50,000 units: 60 central departments, 40 per province, 30 per city, the rest spread over districts.
    private func unitRows(_ geography: BenchGeography) -> [UnitRow] {
        let fixed = geography.places.reduce(0) { n, p in
            n + (p.level == .central ? 60 : p.level == .province ? 40 : p.level == .city ? 30 : 0)
        }
        let districts = geography.places.filter { $0.level == .district }.count
        let perDistrict = (dataset.unitCount - fixed) / max(1, districts)
        var extra = (dataset.unitCount - fixed) - perDistrict * districts
        var rows: [UnitRow] = []
        rows.reserveCapacity(dataset.unitCount)
        for place in geography.places {
            var count: Int
            switch place.level {
            case .central: count = 60
            case .province: count = 40
            case .city: count = 30
            default:
                count = perDistrict
                if extra > 0 {
                    count += 1
                    extra -= 1
                }
            }
            count = min(count, BenchVocabulary.departments.count)
            for stem in BenchVocabulary.departments.prefix(count) {
                let suffix =
                    stem.hasSuffix("办公室") || stem.hasSuffix("会")
                    ? ""
                    : place.level == .central ? "部" : place.level == .province ? "厅" : "局"
                let prefix = place.level == .central ? "国家" : place.name
                rows.append(
                    UnitRow(
                        id: rows.count + 1, jurisdictionId: place.id, name: prefix + stem + suffix,
                        shortNames: place.shortName + String(stem.prefix(2))))
            }
        }
        return rows
    }

    private func insertJurisdictions(_ geography: BenchGeography, on sql: any SQLDatabase) async throws {
        let now = "2019-01-01T00:00:00.000Z"
        try await BenchBulkWriter(sql: sql).insert(
            into: "jurisdictions",
            columns: ["id", "name", "level", "division_code", "parent_id", "path", "depth", "version", "created_at", "updated_at"],
            rows: geography.places.map { p -> [any Encodable & Sendable] in
                [p.id, p.name, p.level.rawValue, p.code, p.parentId, p.path, p.depth, 1, now, now]
            })
    }

    private func insertUnits(_ units: [UnitRow], on sql: any SQLDatabase) async throws {
        let now = "2019-01-01T00:00:00.000Z"
        try await BenchBulkWriter(sql: sql).insert(
            into: "units", columns: ["id", "jurisdiction_id", "name", "short_names", "version", "created_at", "updated_at"],
            rows: units.map { u -> [any Encodable & Sendable] in [u.id, u.jurisdictionId, u.name, u.shortNames, 1, now, now] })
    }

    static let itemColumns = [
        "id", "plan_id", "parent_id", "jurisdiction_id", "jurisdiction_path", "field_id", "task_id", "path", "depth", "position",
        "sort_key", "number", "title", "content", "lead_unit_id", "responsible_leader", "responsible_person", "handler", "start_date",
        "original_deadline", "current_deadline", "warn_from", "expected_results", "result_form", "policy_documents", "remarks",
        "weight", "status", "own_percent", "derived_percent", "rollup_percent", "delay_count", "child_count", "search_text",
        "is_demo", "version", "created_at", "updated_at"
    ]

    private func insert(_ plans: [BenchPlan], on sql: any SQLDatabase) async throws -> (items: Int, participants: Int, amendments: Int) {
        let writer = BenchBulkWriter(sql: sql)
        try await writer.insert(
            into: "plans",
            columns: [
                "id", "jurisdiction_id", "title", "doc_number", "issuer", "issue_date", "period_start", "period_end", "level_names",
                "rollup_rule", "warn_days", "source_note", "is_demo", "derived_percent", "version", "created_at", "updated_at"
            ],
            rows: plans.map { p -> [any Encodable & Sendable] in
                [
                    p.id, p.jurisdictionId, p.title, p.docNumber, p.issuer, p.issueDate.iso, p.periodStart.iso, p.periodEnd.iso, p.levelNames,
                    p.rule.rawValue, p.warnDays, dataset.sourceNote, false, p.derivedPercent, 1, p.createdAt, p.createdAt
                ]
            })
        var items: [[any Encodable & Sendable]] = []
        var participants: [[any Encodable & Sendable]] = []
        var amendments: [[any Encodable & Sendable]] = []
        for p in plans {
            for i in p.items {
                items.append([
                    i.id, p.id, i.parentId, p.jurisdictionId, p.jurisdictionPath, i.fieldId, i.taskId, i.path, i.depth, i.position,
                    i.sortKey, i.number, i.title, i.content, i.leadUnitId, i.responsibleLeader, i.responsiblePerson, i.handler, i.startDate,
                    i.originalDeadline, i.currentDeadline, i.warnFrom, i.expectedResults, i.resultForm, i.policyDocuments, i.remarks,
                    i.weight, i.status, i.ownPercent, i.derivedPercent, i.rollupPercent, i.delayCount, i.childCount, i.searchText,
                    false, 1, p.createdAt, p.createdAt
                ])
                for (position, unit) in i.participants.enumerated() { participants.append([i.id, unit, position]) }
                for a in i.amendments {
                    amendments.append([i.id, a.oldDeadline, a.newDeadline, a.reason, "改革办", a.approvedBy, a.changedAt])
                }
            }
        }
        try await writer.insert(into: "plan_items", columns: Self.itemColumns, rows: items)
        try await writer.insert(into: "plan_item_participants", columns: ["item_id", "unit_id", "position"], rows: participants)
        try await writer.insert(
            into: "deadline_amendments",
            columns: ["item_id", "old_deadline", "new_deadline", "reason", "changed_by", "approved_by", "changed_at"], rows: amendments)
        return (items.count, participants.count, amendments.count)
    }

    // MARK: Indexes and settings

    /// An index or trigger and the SQL that creates it.
    struct SchemaObject: Decodable, Sendable {
        var name: String
        var definition: String
    }

    /// Secondary indexes of the bulk-loaded tables (not those backing a primary key or unique constraint).
    private func dropItemIndexes() async throws -> [SchemaObject] {
        let indexes: [SchemaObject]
        if database.dialect == .postgres {
            indexes = try await sql.all(
                SchemaObject.self,
                """
                SELECT indexname AS name, indexdef AS definition FROM pg_indexes
                WHERE schemaname = current_schema() AND tablename IN ('plan_items', 'plan_item_participants', 'deadline_amendments')
                  AND indexname NOT IN (SELECT conname FROM pg_constraint)
                ORDER BY indexname
                """)
        } else {
            indexes = try await sql.all(
                SchemaObject.self,
                """
                SELECT name, sql AS definition FROM sqlite_master
                WHERE type = 'index' AND sql IS NOT NULL
                  AND tbl_name IN ('plan_items', 'plan_item_participants', 'deadline_amendments')
                ORDER BY name
                """)
        }
        for index in indexes {
            try await sql.raw("DROP INDEX \(unsafeRaw: database.dialect == .postgres ? "IF EXISTS " : "")\(ident: index.name)").run()
        }
        return indexes
    }

    /// SQLite: the triggers that keep the FTS5 table in step. Fed row by row, FTS5 keeps merging ever
    /// larger segments (the load slowed to a crawl past 700,000 items); one 'rebuild' at the end is a
    /// single pass. The triggers are restored from their stored definitions.
    private func dropSearchTriggers() async throws -> [SchemaObject] {
        guard database.dialect == .sqlite else { return [] }
        let triggers = try await sql.all(
            SchemaObject.self,
            """
            SELECT name, sql AS definition FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'plan_items' ORDER BY name
            """)
        for trigger in triggers { try await sql.raw("DROP TRIGGER \(ident: trigger.name)").run() }
        return triggers
    }

    private struct Settings: Sendable {
        var synchronous: Int
        var cacheSize: Int
    }
    private struct PragmaRow: Decodable {
        var synchronous: Int?
        var cacheSize: Int?
    }

    /// SQLite: no fsync per commit and a large page cache while loading (restored afterwards).
    private func loadSettings() async throws -> Settings? {
        guard database.dialect == .sqlite else { return nil }
        let sync = try await sql.scalar(Int.self, column: "synchronous", "PRAGMA synchronous") ?? 2
        let cache = try await sql.scalar(Int.self, column: "cache_size", "PRAGMA cache_size") ?? -2000
        try await sql.raw("PRAGMA synchronous = OFF").run()
        try await sql.raw("PRAGMA cache_size = -262144").run()
        return Settings(synchronous: sync, cacheSize: cache)
    }

    private func restoreSettings(_ s: Settings?) async throws {
        guard let s else { return }
        try await sql.raw("PRAGMA synchronous = \(unsafeRaw: String(s.synchronous))").run()
        try await sql.raw("PRAGMA cache_size = \(unsafeRaw: String(s.cacheSize))").run()
        try await sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
    }
}
