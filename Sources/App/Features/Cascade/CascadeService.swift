import Foundation
import ReformCore
import SQLKit

/// The cascade (分解下达): sending an item, a field with everything under it, or a whole plan down to child
/// jurisdictions; signing for a receipt (签收), placing it in one of the receiver's plans (落实), withdrawing it. Each
/// runs in one transaction with its audit entry, checks the receipt's version (409 when stale) and keeps the roll-up in
/// step; what follows what is `CascadeFlow`'s to say, the deadline rule `CascadeDeadline`'s.
package struct CascadeService: Sendable {
    let database: DatabaseService
    let clock: AppClock

    static let instructionMaxLength = 2_000
    static let shortTextMaxLength = 200
    static let weightMax = 1_000.0

    /// What the sender fills in.
    package struct SendInput: Sendable {
        /// The child jurisdictions to send to; nil for every child of the origin's jurisdiction.
        var targetJurisdictionIds: [Int]?
        var instruction: String
        var deadline: String
        /// The kind of unit expected to lead at each receiver (发改委…), free text.
        var leadUnitType: String
        /// How much each receiver's copy weighs in the origin's roll-up under the weighted rule; 1 when nil.
        var weight: Double?

        package init(targetJurisdictionIds: [Int]?, instruction: String, deadline: String, leadUnitType: String = "", weight: Double? = nil) {
            self.targetJurisdictionIds = targetJurisdictionIds
            self.instruction = instruction
            self.deadline = deadline
            self.leadUnitType = leadUnitType
            self.weight = weight
        }
    }

    /// What the receiving office fills in to place a receipt: where (a new plan, one of its plans, under one of its
    /// items), its own lead unit, participants, officials and dates.
    package struct PlaceInput: Sendable {
        var planId: Int?
        var parentItemId: Int?
        /// The title of the new plan made for it when neither `planId` nor `parentItemId` is given ("" for the origin's).
        var newPlanTitle: String
        var leadUnitId: Int?
        var participantUnitIds: [Int]
        var responsibleLeader: String
        var responsiblePerson: String
        var handler: String
        var startDate: String
        var deadline: String

        package init(
            planId: Int? = nil, parentItemId: Int? = nil, newPlanTitle: String = "", leadUnitId: Int?, participantUnitIds: [Int] = [],
            responsibleLeader: String = "", responsiblePerson: String = "", handler: String = "", startDate: String = "", deadline: String
        ) {
            self.planId = planId
            self.parentItemId = parentItemId
            self.newPlanTitle = newPlanTitle
            self.leadUnitId = leadUnitId
            self.participantUnitIds = participantUnitIds
            self.responsibleLeader = responsibleLeader
            self.responsiblePerson = responsiblePerson
            self.handler = handler
            self.startDate = startDate
            self.deadline = deadline
        }
    }

    // MARK: Send

    /// Sends `itemId` (with everything under it) or, when nil, the whole plan to child jurisdictions: one receipt per
    /// receiver and one copy link per item, in two set-based inserts; the origin's roll-up then counts the copies.
    package func send(
        planId: Int, itemId: Int?, _ input: SendInput, by p: Principal, isDemo: Bool = false, at: String? = nil
    ) async throws -> [CascadeReceiptRecord] {
        try await database.transaction { sql in
            let plan = try await PlanQueries.require(planId, on: sql)
            let sender = try await JurisdictionQueries.require(plan.jurisdictionId, on: sql)
            var origin: ItemRecord?
            if let itemId {
                origin = try await ItemQueries.find(itemId, on: sql)
                guard origin?.planId == planId else { throw AppError.notFound(entity: "item", id: String(itemId)) }
            }
            try Access.requireVisible(p.sees(jurisdictionPath: sender.path), entity: itemId == nil ? "plan" : "item", id: itemId ?? planId)
            try Access.require(Access.canSendCascade(fromPath: sender.path, p), "cascade_send")

            let children = try await JurisdictionQueries.children(of: sender.id, on: sql)
            var targets: [Int] = []
            for t in input.targetJurisdictionIds ?? children.map(\.id) where !targets.contains(t) { targets.append(t) }
            // A whole plan has no one deadline: each copy is held to its own origin's when placed and edited.
            let originLimit = origin?.currentDeadline.flatMap(LocalDate.init(iso:))
            var issues = Self.sendIssues(input, originLimit: originLimit)
            if targets.isEmpty {
                issues.append(ValidationIssue(field: "targetJurisdictionIds", code: .required))
            } else if !Set(targets).isSubset(of: Set(children.map(\.id))) {
                // Only one level down: a province sends to its cities, each city on to its districts.
                issues.append(ValidationIssue(field: "targetJurisdictionIds", code: .invalidChoice))
            }
            if !issues.isEmpty { throw AppError.validation(issues) }
            var subtree: SQLQueryString = "i.plan_id = \(bind: planId)"
            if let origin { subtree = "i.plan_id = \(bind: planId) AND \(PathRange.condition(column: "i.path", prefix: origin.path))" }
            // A live copy of the same item at the same receiver would count twice at the origin.
            let already = try await sql.all(
                TargetRow.self,
                """
                SELECT DISTINCT r.target_jurisdiction_id FROM cascade_copies c JOIN cascade_receipts r ON r.id = c.receipt_id
                JOIN plan_items i ON i.id = c.origin_item_id
                WHERE r.state <> 'cancelled' AND r.target_jurisdiction_id IN (\(binds: targets)) AND \(subtree)
                """)
            if !already.isEmpty { throw AppError.validation([ValidationIssue(field: "targetJurisdictionIds", code: .duplicate)]) }

            let now = at ?? clock.timestamp
            let deadline = LocalDate(iso: input.deadline.trimmed)!.iso
            let instruction = input.instruction.trimmed, leadType = input.leadUnitType.trimmed, weight = input.weight ?? 1
            let sendId = try await sql.insertReturningID(
                """
                INSERT INTO cascade_sends (origin_item_id, origin_plan_id, sender_jurisdiction_id, sender_path, instruction, deadline,
                  lead_unit_type, sent_by, sent_at, is_demo)
                VALUES (\(bind: itemId), \(bind: planId), \(bind: sender.id), \(bind: sender.path), \(bind: instruction), \(bind: deadline),
                  \(bind: leadType), \(bind: p.actorName), \(bind: now), \(bind: isDemo))
                """)
            // Nullable columns are left out of the column lists: PostgreSQL types a bare NULL in a SELECT list as text.
            try await sql.execute(
                """
                INSERT INTO cascade_receipts (send_id, sender_jurisdiction_id, origin_plan_id, target_jurisdiction_id, target_path, state, weight,
                  deadline, sent_at, signed_by, placed_by, cancelled_reason, version, updated_at)
                SELECT \(bind: sendId), \(bind: sender.id), \(bind: planId), j.id, j.path, 'sent', \(bind: weight), \(bind: deadline), \(bind: now),
                  '', '', '', 1, \(bind: now)
                FROM jurisdictions j WHERE j.parent_id = \(bind: sender.id) AND j.id IN (\(binds: targets))
                """)
            try await sql.execute(
                """
                INSERT INTO cascade_copies (receipt_id, origin_item_id, origin_title, origin_deadline)
                SELECT r.id, i.id, i.title, i.current_deadline FROM cascade_receipts r CROSS JOIN plan_items i
                WHERE r.send_id = \(bind: sendId) AND \(subtree)
                """)
            try await Audit.record(
                entity: "cascade_send", id: sendId, action: "create", actor: p.actorName, version: 1,
                changes: Audit.diff(
                    [:],
                    [
                        "planId": String(planId), "itemId": itemId.map(String.init),
                        "targetJurisdictionIds": targets.map(String.init).joined(separator: ","),
                        "instruction": instruction, "deadline": deadline, "leadUnitType": leadType, "weight": ItemService.Values.format(weight)
                    ]),
                scopePath: sender.path, at: now, on: sql)
            // The origin's leaves now roll up their copies (not started until placed).
            try await RollupEngine.recomputeAll(planId: planId, rule: plan.rule, on: sql)
            return try await sql.all(
                CascadeReceiptRecord.self,
                "SELECT \(CascadeQueries.receiptColumns) FROM \(CascadeQueries.receiptFrom) WHERE r.send_id = \(bind: sendId) ORDER BY tj.division_code"
            )
        }
    }

    private struct TargetRow: Decodable { var targetJurisdictionId: Int }

    static func sendIssues(_ input: SendInput, originLimit: LocalDate?) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if let i = text(input.instruction, "instruction", max: instructionMaxLength, required: true) { issues.append(i) }
        if let i = text(input.leadUnitType, "leadUnitType", max: shortTextMaxLength) { issues.append(i) }
        let raw = input.deadline.trimmed
        if raw.isEmpty {
            issues.append(ValidationIssue(field: "deadline", code: .required))
        } else if let d = LocalDate(iso: raw) {
            if let i = CascadeDeadline.issue(proposed: d, limit: originLimit, field: "deadline") { issues.append(i) }
        } else {
            issues.append(ValidationIssue.date(raw, field: "deadline") ?? ValidationIssue(field: "deadline", code: .invalidDate))
        }
        if let w = input.weight, !(w.isFinite && w > 0 && w <= weightMax) {
            issues.append(ValidationIssue(field: "weight", code: .outOfRange, limit: Int(weightMax)))
        }
        return issues
    }

    static func text(_ value: String, _ field: String, max: Int, required: Bool = false) -> ValidationIssue? {
        let t = value.trimmed
        if required, t.isEmpty { return ValidationIssue(field: field, code: .required) }
        return t.count > max ? ValidationIssue(field: field, code: .tooLong, limit: max) : nil
    }

    // MARK: Receive

    /// Signs for a receipt (签收): the receiving office.
    package func sign(_ id: Int, baseVersion: Int, by p: Principal, at: String? = nil) async throws -> CascadeReceiptRecord {
        try await database.transaction { sql in
            let r = try await Self.receiving(id, .sign, baseVersion: baseVersion, by: p, on: sql)
            let now = at ?? clock.timestamp
            let n = try await sql.updateReturningCount(
                """
                UPDATE cascade_receipts SET state = 'signed', signed_by = \(bind: p.actorName), signed_at = \(bind: now), version = version + 1,
                  updated_at = \(bind: now)
                WHERE id = \(bind: id) AND version = \(bind: r.version)
                """)
            guard n == 1 else { throw Self.stale(r) }
            try await Audit.record(
                entity: "cascade_receipt", id: id, action: "sign", actor: p.actorName, version: r.version + 1,
                changes: [.init(field: "state", before: r.state, after: CascadeState.signed.rawValue)], scopePath: r.targetPath, at: now, on: sql)
            return try await CascadeQueries.requireReceipt(id, on: sql)
        }
    }

    /// The receipt, once the user may take `action` on it now: 404 outside the view, 403 for another office, 409 when the
    /// step no longer fits its state or the version is stale.
    private static func receiving(
        _ id: Int, _ action: CascadeAction, baseVersion: Int, by p: Principal, on sql: any SQLDatabase
    ) async throws -> CascadeReceiptRecord {
        let r = try await CascadeQueries.requireReceipt(id, on: sql)
        try Access.requireVisible(Access.seesReceipt(targetPath: r.targetPath, p), entity: "cascade_receipt", id: id)
        if action == .cancel {
            try Access.require(Access.canSendCascade(fromPath: r.senderPath, p), "cascade_send")
        } else {
            try Access.require(Access.canReceive(targetJurisdictionId: r.targetJurisdictionId, p), "cascade_receive")
        }
        guard CascadeFlow.next(r.cascadeState, action) != nil, baseVersion == r.version else { throw stale(r) }
        return r
    }

    static func stale(_ r: CascadeReceiptRecord) -> AppError {
        AppError.conflict(entity: "cascade_receipt", id: r.id, currentVersion: r.version, changes: [])
    }

    /// Places a receipt (落实): copies the sent item (and everything under it) into a plan of the receiver as ordinary
    /// items linked to their origins, with the receiver's lead unit, participants, officials and dates.
    package func place(_ id: Int, _ input: PlaceInput, baseVersion: Int, by p: Principal, at: String? = nil) async throws -> CascadeReceiptRecord {
        try await database.transaction { sql in
            let r = try await Self.receiving(id, .place, baseVersion: baseVersion, by: p, on: sql)
            let now = at ?? clock.timestamp
            let originItems = try await CascadeQueries.originItems(ofReceipt: id, on: sql)
            let originPlan = try await PlanQueries.require(r.originPlanId, on: sql)
            let tops = originItems.filter { o in !originItems.contains { $0.id == o.parentId } }
            let limit = Self.limit(of: r, originItems: originItems)
            var issues: [ValidationIssue] = []
            var parent: ItemRecord?
            var planId = input.planId
            if let parentId = input.parentItemId {
                parent = try await ItemQueries.find(parentId, on: sql)
                if parent?.jurisdictionId != r.targetJurisdictionId {
                    issues.append(ValidationIssue(field: "parentItemId", code: .notFound))
                } else {
                    planId = parent?.planId
                }
            } else if let pid = input.planId {
                if try await PlanQueries.find(pid, on: sql)?.jurisdictionId != r.targetJurisdictionId {
                    issues.append(ValidationIssue(field: "planId", code: .notFound))
                }
            } else if let i = Self.text(input.newPlanTitle, "newPlanTitle", max: PlanDraft.titleMaxLength) {
                issues.append(i)
            }
            issues += try await Self.unitIssues(input, target: r.targetJurisdictionId, on: sql)
            for (field, value) in [
                ("responsibleLeader", input.responsibleLeader), ("responsiblePerson", input.responsiblePerson), ("handler", input.handler)
            ] {
                if let i = Self.text(value, field, max: PlanItemDraft.personMaxLength) { issues.append(i) }
            }
            let start = LocalDate(iso: input.startDate.trimmed)
            if !input.startDate.trimmed.isEmpty, start == nil {
                issues.append(
                    ValidationIssue.date(input.startDate.trimmed, field: "startDate") ?? ValidationIssue(field: "startDate", code: .invalidDate))
            }
            let deadline = LocalDate(iso: input.deadline.trimmed)
            if !input.deadline.trimmed.isEmpty, deadline == nil {
                issues.append(
                    ValidationIssue.date(input.deadline.trimmed, field: "deadline") ?? ValidationIssue(field: "deadline", code: .invalidDate))
            } else if let i = CascadeDeadline.issue(proposed: deadline, limit: limit, field: "deadline") {
                issues.append(i)
            }
            if let start, let deadline, deadline < start { issues.append(ValidationIssue(field: "deadline", code: .dateOrder)) }
            if !issues.isEmpty { throw AppError.validation(issues) }

            let target = try await JurisdictionQueries.require(r.targetJurisdictionId, on: sql)
            if planId == nil {
                let title = input.newPlanTitle.trimmed.isEmpty ? (r.originTitle ?? r.originPlanTitle) : input.newPlanTitle.trimmed
                planId = try await PlanService.insert(
                    PlanDraft(
                        title: title, issuer: target.name, jurisdictionID: target.id, levelNames: originPlan.levelNames,
                        rollupRule: originPlan.rollupRule, warnDays: String(originPlan.warnDays)),
                    actor: p.actorName, sourceNote: "cascade:\(r.sendId)", isDemo: originPlan.isDemo, at: now, on: sql)
            }
            let plan = try await PlanQueries.require(planId!, on: sql)
            let placed = Placement(
                plan: plan, target: target, input: input, start: start, deadline: deadline, isDemo: originPlan.isDemo, actor: p.actorName, now: now)
            var copies: [Int: Placed] = [:]
            var nextPosition: [Int: Int] = [:]
            for o in originItems {
                let above = o.parentId.flatMap { copies[$0] } ?? parent.map { Placed($0) }
                let key = above?.id ?? 0
                if nextPosition[key] == nil {
                    nextPosition[key] =
                        try await sql.scalar(
                            Int.self, column: "n",
                            above == nil
                                ? "SELECT MAX(position) AS n FROM plan_items WHERE plan_id = \(bind: plan.id) AND parent_id IS NULL"
                                : "SELECT MAX(position) AS n FROM plan_items WHERE parent_id = \(bind: key)") ?? 0
                }
                nextPosition[key]! += 1
                let isTop = tops.contains { $0.id == o.id }
                let copy = try await placed.insert(o, under: above, position: nextPosition[key]!, isTop: isTop, on: sql)
                copies[o.id] = copy
                try await sql.execute(
                    "UPDATE cascade_copies SET copy_item_id = \(bind: copy.id) WHERE receipt_id = \(bind: id) AND origin_item_id = \(bind: o.id)")
            }
            let n = try await sql.updateReturningCount(
                """
                UPDATE cascade_receipts SET state = 'placed', signed_by = \(bind: r.signedAt == nil ? p.actorName : r.signedBy),
                  signed_at = \(bind: r.signedAt ?? now), placed_by = \(bind: p.actorName), placed_at = \(bind: now), placed_plan_id = \(bind: plan.id),
                  version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: id) AND version = \(bind: r.version)
                """)
            guard n == 1 else { throw Self.stale(r) }
            try await Audit.record(
                entity: "cascade_receipt", id: id, action: "place", actor: p.actorName, version: r.version + 1,
                changes: [
                    .init(field: "state", before: r.state, after: CascadeState.placed.rawValue),
                    .init(field: "placedPlanId", before: nil, after: String(plan.id)),
                    .init(field: "leadUnitId", before: nil, after: input.leadUnitId.map(String.init)),
                    .init(field: "deadline", before: nil, after: deadline?.iso)
                ], scopePath: r.targetPath, at: now, on: sql)
            try await RollupEngine.recomputeAll(planId: plan.id, rule: plan.rule, on: sql)
            return try await CascadeQueries.requireReceipt(id, on: sql)
        }
    }

    private static func unitIssues(_ input: PlaceInput, target: Int, on sql: any SQLDatabase) async throws -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let units = try await UnitQueries.byIDs(([input.leadUnitId].compactMap { $0 } + input.participantUnitIds), on: sql)
        func own(_ id: Int) -> Bool { units.contains { $0.id == id && $0.jurisdictionId == target } }
        if let lead = input.leadUnitId {
            if !own(lead) { issues.append(ValidationIssue(field: "leadUnitId", code: .notFound)) }
        } else {
            issues.append(ValidationIssue(field: "leadUnitId", code: .required))
        }
        if !input.participantUnitIds.allSatisfy(own) { issues.append(ValidationIssue(field: "participantUnitIds", code: .notFound)) }
        if Set(input.participantUnitIds).count != input.participantUnitIds.count
            || input.participantUnitIds.contains(where: { $0 == input.leadUnitId })
        {
            issues.append(ValidationIssue(field: "participantUnitIds", code: .duplicate))
        }
        return issues
    }

    // MARK: Withdraw

    /// Withdraws a receipt (撤回): the sender's office. A placed copy stays in the receiver's plan but no longer counts at
    /// the origin.
    package func cancel(_ id: Int, reason: String, baseVersion: Int, by p: Principal, at: String? = nil) async throws -> CascadeReceiptRecord {
        try await database.transaction { sql in
            let r = try await Self.receiving(id, .cancel, baseVersion: baseVersion, by: p, on: sql)
            if let i = Self.text(reason, "reason", max: Self.instructionMaxLength, required: true) { throw AppError.validation([i]) }
            let now = at ?? clock.timestamp
            let n = try await sql.updateReturningCount(
                """
                UPDATE cascade_receipts SET state = 'cancelled', cancelled_reason = \(bind: reason.trimmed), version = version + 1,
                  updated_at = \(bind: now)
                WHERE id = \(bind: id) AND version = \(bind: r.version)
                """)
            guard n == 1 else { throw Self.stale(r) }
            try await Audit.record(
                entity: "cascade_receipt", id: id, action: "cancel", actor: p.actorName, version: r.version + 1,
                changes: [
                    .init(field: "state", before: r.state, after: CascadeState.cancelled.rawValue),
                    .init(field: "reason", before: nil, after: reason.trimmed)
                ], scopePath: r.targetPath, at: now, on: sql)
            let plan = try await PlanQueries.require(r.originPlanId, on: sql)
            try await RollupEngine.recomputeAll(planId: plan.id, rule: plan.rule, on: sql)
            return try await CascadeQueries.requireReceipt(id, on: sql)
        }
    }
}
