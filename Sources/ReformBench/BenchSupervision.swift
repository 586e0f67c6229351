import App
import Foundation
import ReformCore
import SQLKit

/// Supervision at national scale for `reform bench` (issue 11): matters (督办事项) and rectifications (整改) on the
/// generated items, added once to a dataset that lacks them. Each matter concerns one leaf item and is led by its lead
/// unit; each rectification comes from a finding of one inspection per district. States, levels and deadlines are
/// spread so that every filter of the two ledgers finds rows (deadlines from 90 days ago to 120 days ahead).
struct BenchSupervision: Sendable {
    static let matterCount = 200_000
    static let rectificationCount = 300_000
    /// The subject every generated matter starts with (how a dataset that already holds them is recognised).
    static let marker = "（基准）"

    let database: DatabaseService
    let seed: UInt64
    let today: LocalDate
    let log: @Sendable (String) -> Void

    private struct CountRow: Decodable { var n: Int }
    private struct ItemRow: Decodable {
        var id: Int
        var jurisdictionId: Int
        var jurisdictionPath: String
        var leadUnitId: Int
        var title: String
    }

    /// Generates the matters and the rectifications when their tables are empty; returns whether anything was written.
    func ensure() async throws -> Bool {
        let sql = database.sql
        let hasMatters = (try await sql.first(CountRow.self, "SELECT COUNT(*) AS n FROM matters")?.n ?? 0) > 0
        let hasRectifications = (try await sql.first(CountRow.self, "SELECT COUNT(*) AS n FROM rectifications")?.n ?? 0) > 0
        if hasMatters && hasRectifications { return false }
        let start = ContinuousClock.now
        log("adding supervision: \(Self.matterCount) matters and \(Self.rectificationCount) rectifications…")
        // Leaf items with a lead unit, every k-th one so they spread over the country.
        let leaves =
            try await sql.first(CountRow.self, "SELECT COUNT(*) AS n FROM plan_items WHERE child_count = 0 AND lead_unit_id IS NOT NULL")?.n ?? 0
        guard leaves > 0 else { throw BenchRunner.BenchError(description: "the dataset has no leaf items with a lead unit") }
        let step = max(1, leaves / (Self.matterCount + Self.rectificationCount))
        let items = try await sql.all(
            ItemRow.self,
            """
            SELECT id, jurisdiction_id, jurisdiction_path, lead_unit_id, title FROM plan_items
            WHERE child_count = 0 AND lead_unit_id IS NOT NULL AND id % \(unsafeRaw: String(step)) = 0 ORDER BY id
            """)
        let now = today.iso + "T00:00:00.000Z"
        let seed = self.seed
        try await database.transaction { sql in
            var random = BenchRandom(seed: seed ^ 0x50BE815)
            let writer = BenchBulkWriter(sql: sql)
            if !hasMatters { try await insertMatters(items: items, random: &random, now: now, writer: writer) }
            if !hasRectifications { try await insertRectifications(items: items, random: &random, now: now, writer: writer) }
        }
        log(String(format: "supervision added in %.1f s", BenchGenerator.seconds(ContinuousClock.now - start)))
        return true
    }

    private func deadline(_ random: inout BenchRandom) -> LocalDate { today.adding(days: random.int(-90...120)) }

    private func insertMatters(items: [ItemRow], random: inout BenchRandom, now: String, writer: BenchBulkWriter) async throws {
        let states = MatterState.allCases
        let levels = MatterLevel.allCases
        let sources: [MatterSourceKind] = [.itemLate, .itemStuck, .redJudgement, .leaderInstruction, .meetingDecision]
        var matterRows: [[any Encodable & Sendable]] = []
        var unitRows: [[any Encodable & Sendable]] = []
        var itemRows: [[any Encodable & Sendable]] = []
        matterRows.reserveCapacity(10_000)
        var id = 0
        func flush() async throws {
            try await writer.insert(
                into: "matters",
                columns: [
                    "id", "jurisdiction_id", "jurisdiction_path", "subject", "level", "source_kind", "instruction_text", "instructed_by",
                    "instructed_on", "meeting_reference", "finding_id", "lead_unit_id", "responsible_leader", "original_deadline", "deadline",
                    "warn_from", "delay_count", "required_result", "state", "opened_on", "closed_on", "search_text", "created_by", "is_demo",
                    "version", "created_at", "updated_at"
                ], rows: matterRows)
            try await writer.insert(into: "matter_units", columns: ["matter_id", "unit_id", "role"], rows: unitRows)
            try await writer.insert(into: "matter_items", columns: ["matter_id", "item_id"], rows: itemRows)
            matterRows.removeAll(keepingCapacity: true)
            unitRows.removeAll(keepingCapacity: true)
            itemRows.removeAll(keepingCapacity: true)
        }
        for n in 0..<Self.matterCount {
            let item = items[(n * 2) % items.count]
            id += 1
            let state = states[random.weighted([1, 1, 2, 2, 4, 2, 1, 4, 0.5])]
            let source = random.pick(sources)
            let due = deadline(&random)
            let opened = due.adding(days: -random.int(20...90))
            let subject = Self.marker + "督促落实：" + item.title
            let result = "按期完成并报送落实情况"
            let isInstruction = source == .leaderInstruction
            matterRows.append([
                id, item.jurisdictionId, item.jurisdictionPath, subject, random.pick(levels).rawValue, source.rawValue,
                isInstruction ? "请抓紧推进，按期报告" : "", isInstruction ? "分管副省长" : "", isInstruction ? opened.iso : String?.none,
                source == .meetingDecision ? "深改委第五次会议" : "", Int?.none, item.leadUnitId, "分管领导", due.iso, due.iso,
                due.adding(days: -3).iso, 0, result, state.rawValue, opened.iso,
                state == .closed ? due.adding(days: -random.int(0...10)).iso : String?.none,
                TextNormalizer.normalizeForSearch(subject + " " + result), "reform bench", false, 1, now, now
            ])
            unitRows.append([id, item.leadUnitId, "lead"])
            itemRows.append([id, item.id])
            if matterRows.count == 10_000 { try await flush() }
        }
        try await flush()
    }

    private func insertRectifications(
        items: [ItemRow], random: inout BenchRandom, now: String, writer: BenchBulkWriter
    ) async throws {
        // One comprehensive inspection per jurisdiction that has items to rectify.
        var inspectionOf: [Int: Int] = [:]
        var inspectionRows: [[any Encodable & Sendable]] = []
        for item in items where inspectionOf[item.jurisdictionId] == nil {
            let id = inspectionOf.count + 1
            inspectionOf[item.jurisdictionId] = id
            inspectionRows.append([
                id, item.jurisdictionId, InspectionKind.comprehensive.rawValue, Self.marker + "全面督查", "subtree", item.jurisdictionId,
                today.adding(days: -120).iso, today.adding(days: -100).iso, "reform bench", now, now, 1, false
            ])
        }
        try await writer.insert(
            into: "inspections",
            columns: [
                "id", "jurisdiction_id", "kind", "title", "scope_kind", "scope_ref", "starts_on", "ends_on", "created_by", "created_at",
                "updated_at", "version", "is_demo"
            ], rows: inspectionRows)
        let categories = FindingCategory.allCases
        let severities = FindingSeverity.allCases
        let states = RectificationState.allCases
        var findingRows: [[any Encodable & Sendable]] = []
        var findingItemRows: [[any Encodable & Sendable]] = []
        var rectificationRows: [[any Encodable & Sendable]] = []
        func flush() async throws {
            try await writer.insert(
                into: "findings",
                columns: [
                    "id", "inspection_id", "unit_id", "nature", "category", "severity", "description", "created_by", "created_at", "updated_at",
                    "version", "is_demo"
                ], rows: findingRows)
            try await writer.insert(into: "finding_items", columns: ["finding_id", "item_id"], rows: findingItemRows)
            try await writer.insert(
                into: "rectifications",
                columns: [
                    "id", "finding_id", "inspection_id", "jurisdiction_path", "lead_unit_id", "original_deadline", "deadline", "warn_from",
                    "measures", "evidence_required", "state", "return_count", "closed_on", "created_by", "created_at", "updated_at", "version",
                    "is_demo"
                ], rows: rectificationRows)
            findingRows.removeAll(keepingCapacity: true)
            findingItemRows.removeAll(keepingCapacity: true)
            rectificationRows.removeAll(keepingCapacity: true)
        }
        for n in 0..<Self.rectificationCount {
            let item = items[(n * 2 + 1) % items.count]
            let id = n + 1
            let inspection = inspectionOf[item.jurisdictionId]!
            let due = deadline(&random)
            let state = states[random.weighted([1, 3, 1, 3])]
            findingRows.append([
                id, inspection, item.leadUnitId, FindingNature.problem.rawValue, random.pick(categories).rawValue, random.pick(severities).rawValue,
                Self.marker + "进度滞后：" + item.title, "reform bench", now, now, 1, false
            ])
            findingItemRows.append([id, item.id])
            rectificationRows.append([
                id, id, inspection, item.jurisdictionPath, item.leadUnitId, due.iso, due.iso, due.adding(days: -7).iso, "倒排工期，专班推进",
                "整改报告及佐证材料", state.rawValue, random.chance(0.1) ? 1 : 0,
                state == .closed ? due.adding(days: -random.int(0...10)).iso : String?.none, "reform bench", now, now, 1, false
            ])
            if rectificationRows.count == 5_000 { try await flush() }
        }
        try await flush()
    }
}
