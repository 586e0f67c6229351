import ReformCore
import SQLKit

extension CascadeService {
    /// A placed item, as far as the items placed under it need to know it.
    struct Placed: Sendable {
        var id: Int
        var path: String
        var depth: Int
        var sortKey: String
        var fieldId: Int?
        var taskId: Int?

        init(id: Int, path: String, depth: Int, sortKey: String, fieldId: Int?, taskId: Int?) {
            self.id = id
            self.path = path
            self.depth = depth
            self.sortKey = sortKey
            self.fieldId = fieldId
            self.taskId = taskId
        }

        init(_ item: ItemRecord) {
            self.init(id: item.id, path: item.path, depth: item.depth, sortKey: item.sortKey, fieldId: item.fieldId, taskId: item.taskId)
        }
    }

    /// Inserts the copies of one receipt's items into the receiver's plan, the way `ItemService.create` inserts an item
    /// (same columns, outline numbering, field and task ancestors); the roll-up runs once at the end of placing.
    struct Placement: Sendable {
        let plan: PlanRecord
        let target: JurisdictionRecord
        let input: PlaceInput
        let start: LocalDate?
        let deadline: LocalDate?
        let isDemo: Bool
        let actor: String
        let now: String

        func insert(_ origin: ItemRecord, under parent: Placed?, position: Int, isTop: Bool, on sql: any SQLDatabase) async throws -> Placed {
            let depth = parent.map { $0.depth + 1 } ?? 0
            let sortKey = (parent.map { $0.sortKey + "." } ?? "") + SortKey.segment(position)
            let number = OutlineNumber.label(depth: depth, index: position)
            // The top item takes the receiver's dates; those under it keep their origin's deadline within the receiver's.
            let originDeadline = origin.currentDeadline.flatMap(LocalDate.init(iso:))
            let itemDeadline = isTop ? deadline : [originDeadline, deadline].compactMap { $0 }.min()
            let warnFrom = itemDeadline.map { Schedule.warnFrom(deadline: $0, warnDays: plan.warnDays).iso }
            let leader = input.responsibleLeader.trimmed, person = input.responsiblePerson.trimmed, handler = input.handler.trimmed
            let search = TextNormalizer.normalizeForSearch(
                [number, origin.title, origin.content, origin.expectedResults, origin.resultForm, origin.policyDocuments, leader, person, handler]
                    .joined(separator: " "))
            let id = try await sql.insertReturningID(
                """
                INSERT INTO plan_items (plan_id, parent_id, jurisdiction_id, jurisdiction_path, field_id, task_id, path, depth, position,
                  sort_key, number, title, content, lead_unit_id, responsible_leader, responsible_person, handler, start_date,
                  original_deadline, current_deadline, warn_from, expected_results, result_form, policy_documents, remarks, weight,
                  status, own_percent, derived_percent, rollup_percent, delay_count, child_count, search_text, is_demo, version,
                  created_at, updated_at)
                VALUES (\(bind: plan.id), \(bind: parent?.id), \(bind: target.id), \(bind: target.path),
                  \(bind: parent?.fieldId), \(bind: depth >= 2 ? parent?.taskId : nil), '', \(bind: depth), \(bind: position),
                  \(bind: sortKey), \(bind: number), \(bind: origin.title), \(bind: origin.content), \(bind: input.leadUnitId),
                  \(bind: leader), \(bind: person), \(bind: handler), \(bind: isTop ? start?.iso : nil), \(bind: itemDeadline?.iso),
                  \(bind: itemDeadline?.iso), \(bind: warnFrom), \(bind: origin.expectedResults), \(bind: origin.resultForm),
                  \(bind: origin.policyDocuments), '', \(bind: isTop ? 1 : origin.weight), 'not_started', 0,
                  NULL, 0, 0, 0, \(bind: search), \(bind: isDemo), 1, \(bind: now), \(bind: now))
                """)
            let path = (parent?.path ?? "/") + "\(id)/"
            let fieldId = depth == 0 ? id : parent?.fieldId
            let taskId = depth == 1 ? id : (depth >= 2 ? parent?.taskId : nil)
            try await sql.execute(
                "UPDATE plan_items SET path = \(bind: path), field_id = \(bind: fieldId), task_id = \(bind: taskId) WHERE id = \(bind: id)")
            if isTop {
                for (index, unitId) in input.participantUnitIds.enumerated() {
                    try await sql.execute(
                        "INSERT INTO plan_item_participants (item_id, unit_id, position) VALUES (\(bind: id), \(bind: unitId), \(bind: index))")
                }
            }
            try await Audit.record(
                entity: "item", id: id, action: "create", actor: actor, version: 1,
                changes: [
                    .init(field: "title", before: nil, after: origin.title), .init(field: "cascadeOriginId", before: nil, after: String(origin.id))
                ],
                scopePath: target.path, at: now, on: sql)
            return Placed(id: id, path: path, depth: depth, sortKey: sortKey, fieldId: fieldId, taskId: taskId)
        }
    }
}
