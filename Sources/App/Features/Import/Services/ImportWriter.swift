import Foundation
import ReformCore
import SQLKit

/// Writes an import's items inside the commit's transaction, in bulk: paths, sort keys, field and task ids,
/// child counts and rolled-up percents are computed in memory and the rows go in as multi-row INSERTs with
/// ids allocated up front, so a 100,000-row ledger costs a few hundred statements rather than 100,000
/// round trips through `ItemService.create`.
enum ImportWriter {
    /// Where the imported tree hangs: the plan, and the item it goes under (nil for the plan's top level).
    struct Anchor: Sendable {
        var plan: PlanRecord
        var jurisdiction: JurisdictionRecord
        var parent: ItemRecord?
        /// Position of the first imported top-level item among its new siblings.
        var firstPosition: Int
    }

    /// SQLite allows 32,766 bound values per statement and PostgreSQL 65,535; stay under both.
    static let maxBindsPerStatement = 30_000

    /// Where each item sits and what it rolls up to, for the whole import; the texts are built per statement,
    /// so a 100,000-item import never holds all its rows' texts twice.
    struct Shape {
        var id: Int
        var parentId: Int?
        var fieldId: Int?
        var taskId: Int?
        var path: String
        var depth: Int
        var position: Int
        var sortKey: String
        var status: LifecycleStatus
        var ownPercent: Double
        var derivedPercent: Double?
        var rollupPercent: Double
        var childCount: Int
    }

    /// Inserts the items and their participants and audit entries; returns the new ids in item order.
    static func insert(
        _ items: [ImportItem], unitIds: [String: Int], defaultLead: Int?, anchor: Anchor, batchId: Int,
        actor: String, at now: String, on sql: any SQLDatabase, afterBatch: (@Sendable (Int) throws -> Void)? = nil
    ) async throws -> [Int] {
        guard !items.isEmpty else { return [] }
        let ids = try await allocateIDs(items.count, on: sql)
        let shapes = shape(items, ids: ids, anchor: anchor)
        let itemColumns = """
            id, plan_id, parent_id, jurisdiction_id, jurisdiction_path, field_id, task_id, path, depth, position, sort_key, number, \
            title, content, lead_unit_id, responsible_leader, responsible_person, handler, start_date, original_deadline, \
            current_deadline, warn_from, expected_results, result_form, policy_documents, remarks, weight, status, own_percent, \
            derived_percent, rollup_percent, delay_count, child_count, search_text, is_demo, version, created_at, updated_at, \
            import_batch_id, deadline_text
            """
        let plan = anchor.plan, j = anchor.jurisdiction
        var participants: [(item: Int, unit: Int, position: Int)] = []
        var statements = 0
        try await insertChunks(items, columns: 40, on: sql) { q, item in
            let r = shapes[item.key]
            let lead = item.lead.flatMap { unitIds[$0] } ?? defaultLead
            var seen: Set<Int> = lead.map { [$0] } ?? []
            for (position, unit) in item.participants.compactMap({ unitIds[$0] }).filter({ seen.insert($0).inserted }).enumerated() {
                participants.append((r.id, unit, position))
            }
            let number = item.number.trimmed.isEmpty ? OutlineNumber.label(depth: r.depth, index: r.position) : item.number.trimmed
            var remarks = item.remarks.trimmed
            if !item.collective.isEmpty {
                let note = "另：" + item.collective.joined(separator: "、")
                remarks = remarks.isEmpty ? note : remarks + "\n" + note
            }
            let deadline = item.deadline.flatMap(LocalDate.init(iso:))
            let warnFrom = deadline.map { Schedule.warnFrom(deadline: $0, warnDays: plan.warnDays).iso }
            let title = item.title.trimmed, content = item.content.trimmed
            let leader = item.leader.trimmed, person = item.person.trimmed, handler = item.handler.trimmed
            let expected = item.expectedResults.trimmed, policies = item.policyDocuments.trimmed
            let search = TextNormalizer.normalizeForSearch(
                [number, title, content, expected, "", policies, remarks, leader, person, handler]
                    .joined(separator: " "))
            q += """
                (\(bind: r.id), \(bind: plan.id), \(bind: r.parentId), \(bind: j.id), \(bind: j.path), \(bind: r.fieldId), \
                \(bind: r.taskId), \(bind: r.path), \(bind: r.depth), \(bind: r.position), \(bind: r.sortKey), \(bind: number), \
                \(bind: title), \(bind: content), \(bind: lead), \(bind: leader), \(bind: person), \(bind: handler), \
                NULL, \(bind: deadline?.iso), \(bind: deadline?.iso), \(bind: warnFrom), \(bind: expected), '', \
                \(bind: policies), \(bind: remarks), 1, \(bind: r.status.rawValue), \(bind: r.ownPercent), \
                \(bind: r.derivedPercent), \(bind: r.rollupPercent), 0, \(bind: r.childCount), \(bind: search), \
                \(bind: plan.isDemo), 1, \(bind: now), \(bind: now), \(bind: batchId), \(bind: item.deadlineText))
                """
        } prefix: {
            "INSERT INTO plan_items (\(unsafeRaw: itemColumns)) VALUES "
        } after: {
            statements += 1
            try afterBatch?(statements)
        }

        try await insertChunks(participants, columns: 3, on: sql) { q, p in
            q += "(\(bind: p.item), \(bind: p.unit), \(bind: p.position))"
        } prefix: {
            "INSERT INTO plan_item_participants (item_id, unit_id, position) VALUES "
        }

        let changes = "{\"importBatch\":[null,\"\(batchId)\"]}"
        try await insertChunks(ids, columns: 6, on: sql) { q, id in
            q += "('item', \(bind: id), 'import', \(bind: actor), \(bind: now), 1, \(bind: changes), \(bind: anchor.jurisdiction.path))"
        } prefix: {
            "INSERT INTO audit_log (entity_type, entity_id, action, actor, at, version, changes, scope_path) VALUES "
        }
        return ids
    }

    private static func insertChunks<T>(
        _ values: [T], columns: Int, on sql: any SQLDatabase,
        row: (inout SQLQueryString, T) -> Void, prefix: () -> SQLQueryString,
        after: () throws -> Void = {}
    ) async throws {
        let perStatement = max(1, maxBindsPerStatement / columns)
        var start = 0
        while start < values.count {
            let end = min(values.count, start + perStatement)
            var q = prefix()
            for index in start..<end {
                if index > start { q += ", " }
                row(&q, values[index])
            }
            try await sql.execute(q)
            try after()
            start = end
        }
    }

    /// New ids for `count` items. PostgreSQL hands them out from the table's identity sequence, safe
    /// beside concurrent inserts; SQLite has one connection and the commit holds the write transaction, so
    /// the ids after the highest one are free (as SQLite itself would choose them).
    static func allocateIDs(_ count: Int, on sql: any SQLDatabase) async throws -> [Int] {
        if sql.isPostgres {
            struct Row: Decodable { var id: Int }
            let rows = try await sql.all(
                Row.self,
                """
                SELECT nextval(pg_get_serial_sequence('plan_items', 'id')) AS id FROM generate_series(1, \(bind: count))
                """)
            guard rows.count == count else { throw AppError.internalError("could not allocate \(count) item ids") }
            return rows.map(\.id)
        }
        var first = (try await sql.scalar(Int.self, column: "n", "SELECT MAX(id) AS n FROM plan_items") ?? 0) + 1
        // With AUTOINCREMENT the counter may be past the highest id still present.
        if try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'sqlite_sequence'") == 1 {
            let counter = try await sql.scalar(Int.self, column: "n", "SELECT MAX(seq) AS n FROM sqlite_sequence WHERE name = 'plan_items'") ?? 0
            first = max(first, counter + 1)
        }
        return Array(first..<(first + count))
    }

    /// Paths, sort keys, field and task ids, child counts and rolled-up percents of the imported tree, in memory.
    /// Items come parents first, so a parent's shape is ready for its children.
    static func shape(_ items: [ImportItem], ids: [Int], anchor: Anchor) -> [Shape] {
        let base = anchor.parent
        var shapes: [Shape] = []
        shapes.reserveCapacity(items.count)
        var nextPosition: [Int: Int] = [:]  // parent key (-1 for the anchor) → next position
        for item in items {
            let id = ids[item.key]
            let parent = item.parent.map { shapes[$0] }
            let parentKey = item.parent ?? -1
            let position = nextPosition[parentKey] ?? (item.parent == nil ? anchor.firstPosition : 1)
            nextPosition[parentKey] = position + 1
            let depth = parent.map { $0.depth + 1 } ?? (base.map { $0.depth + 1 } ?? 0)
            let parentSortKey = parent?.sortKey ?? base?.sortKey
            let status = item.status.flatMap(LifecycleStatus.init(label:)) ?? .notStarted
            // A 进展 column's percent when the sheet has one (an export does); else done is 100 %, anything else 0.
            let own: Double = status == .done ? 100 : (item.percent ?? 0)
            shapes.append(
                Shape(
                    id: id, parentId: parent?.id ?? base?.id,
                    fieldId: depth == 0 ? id : (parent?.fieldId ?? base?.fieldId),
                    taskId: depth == 1 ? id : (depth >= 2 ? (parent?.taskId ?? base?.taskId) : nil),
                    path: (parent?.path ?? base?.path ?? "/") + "\(id)/", depth: depth, position: position,
                    sortKey: (parentSortKey.map { $0 + "." } ?? "") + SortKey.segment(position),
                    status: status, ownPercent: own, derivedPercent: nil, rollupPercent: own, childCount: 0))
        }
        // Child counts and derived percents bottom-up: children come after their parent, so walk backwards.
        var children: [Int: [Int]] = [:]
        for item in items { if let p = item.parent { children[p, default: []].append(item.key) } }
        for item in items.reversed() {
            guard let kids = children[item.key] else { continue }
            let derived = Rollup.derivedPercent(
                of: kids.map { RollupChild(status: shapes[$0].status, percent: shapes[$0].rollupPercent, weight: 1) },
                rule: anchor.plan.rule
            ).map(Rollup.rounded)
            shapes[item.key].childCount = kids.count
            shapes[item.key].derivedPercent = derived
            shapes[item.key].rollupPercent = Rollup.rounded(Rollup.effectivePercent(own: shapes[item.key].ownPercent, derived: derived))
        }
        return shapes
    }
}
