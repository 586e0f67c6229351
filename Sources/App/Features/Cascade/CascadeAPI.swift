import Foundation
import Hummingbird
import ReformCore

/// /api/v1 for the cascade: sending, the receipts, signing, placing and withdrawing, an origin's copies and the matrix.
/// The same service and access rules as the pages.
struct CascadeAPI: APIHandlers {
    let services: AppServices

    struct SendBody: Decodable {
        var targetJurisdictionIds: [Int]?
        var instruction: String?
        var deadline: String?
        var leadUnitType: String?
        var weight: Double?
    }
    struct StepBody: Decodable {
        var version: Int?
    }
    struct CancelBody: Decodable {
        var version: Int?
        var reason: String?
    }
    struct PlaceBody: Decodable {
        var version: Int?
        var planId: Int?
        var parentItemId: Int?
        var newPlanTitle: String?
        var leadUnitId: Int?
        var participantUnitIds: [Int]?
        var responsibleLeader: String?
        var responsiblePerson: String?
        var handler: String?
        var startDate: String?
        var deadline: String?
    }

    struct ReceiptDTO: Encodable {
        var id: Int
        var sendId: Int
        var senderJurisdictionId: Int
        var originPlanId: Int
        var originItemId: Int?
        var title: String
        var targetJurisdictionId: Int
        var state: String
        var weight: Double
        var deadline: String?
        /// The later deadline granted on request; null without one.
        var grantedDeadline: String?
        var instruction: String
        var leadUnitType: String
        var sentBy: String
        var sentAt: String
        var signedAt: String?
        var placedAt: String?
        var placedPlanId: Int?
        var cancelledReason: String
        /// Sent or signed for longer than `CascadeFlag.days` days.
        var flagged: Bool
        var version: Int

        init(_ r: CascadeReceiptRecord, today: LocalDate, clock: AppClock) {
            id = r.id
            sendId = r.sendId
            senderJurisdictionId = r.senderJurisdictionId
            originPlanId = r.originPlanId
            originItemId = r.originItemId
            title = r.originTitle ?? r.originPlanTitle
            targetJurisdictionId = r.targetJurisdictionId
            state = r.state
            weight = r.weight
            deadline = r.deadline
            grantedDeadline = r.grantedDeadline
            instruction = r.instruction
            leadUnitType = r.leadUnitType
            sentBy = r.sentBy
            sentAt = r.sentAt
            signedAt = r.signedAt
            placedAt = r.placedAt
            placedPlanId = r.placedPlanId
            cancelledReason = r.cancelledReason
            flagged = CascadePages.flagged(r, today: today, clock: clock)
            version = r.version
        }
    }
    struct ExtensionBody: Decodable {
        var version: Int?
        var deadline: String?
        var reason: String?
    }
    struct DecisionBody: Decodable {
        var version: Int?
        var decision: String?
        var comment: String?
    }
    struct ExtensionDTO: Encodable {
        var id: Int
        var receiptId: Int
        var targetJurisdictionId: Int
        var requestedDeadline: String
        /// The limit in force when it was asked for.
        var limitBefore: String?
        var reason: String
        var state: String
        var requestedBy: String
        var requestedAt: String
        var decidedBy: String
        var decidedAt: String?
        var comment: String
        var version: Int

        init(_ e: CascadeExtensionRecord) {
            id = e.id
            receiptId = e.receiptId
            targetJurisdictionId = e.targetJurisdictionId
            requestedDeadline = e.requestedDeadline
            limitBefore = e.limitBefore
            reason = e.reason
            state = e.state
            requestedBy = e.requestedBy
            requestedAt = e.requestedAt
            decidedBy = e.decidedBy
            decidedAt = e.decidedAt
            comment = e.comment
            version = e.version
        }
    }
    struct ExtensionListDTO: Encodable {
        var items: [ExtensionDTO]
    }
    struct ReceiptListDTO: Encodable {
        var items: [ReceiptDTO]
    }
    struct CopyDTO: Encodable {
        var receiptId: Int
        var targetJurisdictionId: Int
        var state: String
        var weight: Double
        /// The placed item: its id, status, rolled-up percent, deadline and schedule light; null until placed.
        var itemId: Int?
        var status: String?
        var percent: Double?
        var deadline: String?
        var light: String

        init(_ c: CascadeCopyRecord, today: LocalDate) {
            receiptId = c.receiptId
            targetJurisdictionId = c.targetJurisdictionId
            state = c.state
            weight = c.weight
            itemId = c.copyItemId
            status = c.copyStatus
            percent = c.copyPercent
            deadline = c.copyCurrentDeadline
            light = c.light(today: today).rawValue
        }
    }
    struct CopiesDTO: Encodable {
        var itemId: Int
        var copies: [CopyDTO]
    }
    struct MatrixDTO: Encodable {
        struct Cell: Encodable {
            var receiptId: Int
            var targetJurisdictionId: Int
            var state: String
            var itemId: Int?
            var status: String?
            var percent: Double?
            var light: String

            init(_ c: CascadeMatrixCell, today: LocalDate) {
                receiptId = c.receiptId
                targetJurisdictionId = c.targetJurisdictionId
                state = c.state
                itemId = c.copyItemId
                status = c.copyStatus
                percent = c.copyPercent
                light = c.light(today: today).rawValue
            }
        }
        struct Row: Encodable {
            var itemId: Int
            var number: String
            var title: String
            var percent: Double
            var cells: [Cell]
        }
        var jurisdictionId: Int
        var columns: [Int]
        var rows: [Row]
    }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.post("/items/:id/cascade") { request, context in
            let itemId = try id(context)
            let (item, _) = try await AccessGuard(context, sql: sql).readItem(itemId)
            return try await send(planId: item.planId, itemId: itemId, request, context)
        }
        group.post("/plans/:id/cascade") { request, context in
            let plan = try await AccessGuard(context, sql: sql).readPlan(try id(context))
            return try await send(planId: plan.id, itemId: nil, request, context)
        }
        group.get("/cascade/receipts") { request, context in
            let p = try context.requirePrincipal()
            let role = request.uri.queryParameters.get("role") ?? "received"
            guard role == "received" || role == "sent" else {
                throw AppError.badRequest(parameter: "role", message: "expected received or sent, got \(role.prefix(40))")
            }
            let list =
                p.role.isUnitRole
                ? []
                : role == "sent"
                    ? try await CascadeQueries.sent(by: p.jurisdictionId, on: sql)
                    : try await CascadeQueries.received(by: p.jurisdictionId, open: false, on: sql)
            let today = services.clock.today
            return try APIResponse.json(ReceiptListDTO(items: list.map { ReceiptDTO($0, today: today, clock: services.clock) }))
        }
        group.get("/cascade/receipts/:id") { _, context in
            let r = try await readReceipt(try id(context), context)
            return try APIResponse.json(ReceiptDTO(r, today: services.clock.today, clock: services.clock))
        }
        group.post("/cascade/receipts/:id/sign") { request, context in
            let rid = try id(context)
            _ = try await actOnReceipt(rid, .sign, context)
            let body = try await decode(StepBody.self, request, context)
            let r = try await services.cascades.sign(rid, baseVersion: try version(body.version, request), by: try context.requirePrincipal())
            return try APIResponse.json(ReceiptDTO(r, today: services.clock.today, clock: services.clock))
        }
        group.post("/cascade/receipts/:id/place") { request, context in
            let rid = try id(context)
            _ = try await actOnReceipt(rid, .place, context)
            let b = try await decode(PlaceBody.self, request, context)
            let input = CascadeService.PlaceInput(
                planId: b.planId, parentItemId: b.parentItemId, newPlanTitle: b.newPlanTitle ?? "", leadUnitId: b.leadUnitId,
                participantUnitIds: b.participantUnitIds ?? [], responsibleLeader: b.responsibleLeader ?? "",
                responsiblePerson: b.responsiblePerson ?? "", handler: b.handler ?? "", startDate: b.startDate ?? "", deadline: b.deadline ?? "")
            let r = try await services.cascades.place(rid, input, baseVersion: try version(b.version, request), by: try context.requirePrincipal())
            return try APIResponse.json(ReceiptDTO(r, today: services.clock.today, clock: services.clock))
        }
        group.post("/cascade/receipts/:id/cancel") { request, context in
            let rid = try id(context)
            _ = try await actOnReceipt(rid, .cancel, context)
            let b = try await decode(CancelBody.self, request, context)
            let r = try await services.cascades.cancel(
                rid, reason: b.reason ?? "", baseVersion: try version(b.version, request), by: try context.requirePrincipal())
            return try APIResponse.json(ReceiptDTO(r, today: services.clock.today, clock: services.clock))
        }
        group.get("/cascade/receipts/:id/extensions") { _, context in
            let r = try await readReceipt(try id(context), context)
            let list = try await CascadeQueries.extensions(ofReceipt: r.id, on: sql)
            return try APIResponse.json(ExtensionListDTO(items: list.map(ExtensionDTO.init)))
        }
        group.post("/cascade/receipts/:id/extensions") { request, context in
            let rid = try id(context)
            _ = try await actOnReceipt(rid, .sign, context)
            let b = try await decode(ExtensionBody.self, request, context)
            let e = try await services.cascades.requestExtension(
                rid, deadline: b.deadline ?? "", reason: b.reason ?? "", baseVersion: try version(b.version, request),
                by: try context.requirePrincipal())
            return try APIResponse.json(ExtensionDTO(e), status: .created)
        }
        group.post("/cascade/extensions/:id/decide") { request, context in
            let eid = try id(context)
            _ = try await guardDecision(eid, context)
            let b = try await decode(DecisionBody.self, request, context)
            let decision = try Self.decision(b.decision ?? "")
            let e = try await services.cascades.decideExtension(
                eid, decision, comment: b.comment ?? "", baseVersion: try version(b.version, request), by: try context.requirePrincipal())
            return try APIResponse.json(ExtensionDTO(e))
        }
        group.get("/items/:id/copies") { _, context in
            let itemId = try id(context)
            // Whoever reads the origin reads its copies' state (never their reports).
            _ = try await AccessGuard(context, sql: sql).readItem(itemId)
            let today = services.clock.today
            let copies = try await CascadeQueries.copies(ofOrigins: [itemId], on: sql)
            return try APIResponse.json(CopiesDTO(itemId: itemId, copies: copies.map { CopyDTO($0, today: today) }))
        }
        group.get("/cascade/matrix") { request, context in
            let m = try await CascadeMatrix.load(request, context, services: services)
            let today = services.clock.today
            return try APIResponse.json(
                MatrixDTO(
                    jurisdictionId: m.sender.id, columns: m.columns.map(\.id),
                    rows: m.rows.map { r in
                        .init(
                            itemId: r.item.id, number: r.item.number, title: r.item.title, percent: r.item.rollupPercent,
                            cells: r.cells.compactMap { $0 }.map { MatrixDTO.Cell($0, today: today) })
                    }))
        }
    }

    /// A receipt the user may take `action` on: 404 outside the view, 403 for a step that is not theirs, before the body is read.
    func actOnReceipt(_ id: Int, _ action: CascadeAction, _ context: AppRequestContext) async throws -> CascadeReceiptRecord {
        let r = try await readReceipt(id, context)
        let p = try context.requirePrincipal()
        if action == .cancel {
            try Access.require(Access.canSendCascade(fromPath: r.senderPath, p), "cascade_send")
        } else {
            try Access.require(Access.canReceive(targetJurisdictionId: r.targetJurisdictionId, p), "cascade_receive")
        }
        return r
    }

    /// A request the user may decide: 404 outside the view of its receipt, 403 for anyone but the sender's level.
    func guardDecision(_ id: Int, _ context: AppRequestContext) async throws -> CascadeExtensionRecord {
        let p = try context.requirePrincipal()
        let e = try await CascadeQueries.requireExtension(id, on: sql)
        try Access.requireVisible(Access.seesReceipt(targetPath: e.targetPath, p), entity: "cascade_extension", id: id)
        try Access.require(Access.canDecideExtension(senderPath: e.senderPath, p), "cascade_decide")
        return e
    }

    static func decision(_ raw: String) throws -> CascadeExtensionDecision {
        guard let d = CascadeExtensionDecision(rawValue: raw.trimmed) else {
            throw AppError.validation([ValidationIssue(field: "decision", code: raw.trimmed.isEmpty ? .required : .invalidChoice)])
        }
        return d
    }

    /// A receipt in the reader's view (404 outside it).
    func readReceipt(_ id: Int, _ context: AppRequestContext) async throws -> CascadeReceiptRecord {
        let p = try context.requirePrincipal()
        let r = try await CascadeQueries.requireReceipt(id, on: sql)
        try Access.requireVisible(Access.seesReceipt(targetPath: r.targetPath, p), entity: "cascade_receipt", id: id)
        return r
    }

    private func send(planId: Int, itemId: Int?, _ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let plan = try await PlanQueries.require(planId, on: sql)
        let path = try await JurisdictionQueries.require(plan.jurisdictionId, on: sql).path
        try Access.require(Access.canSendCascade(fromPath: path, p), "cascade_send")
        let b = try await decode(SendBody.self, request, context)
        let receipts = try await services.cascades.send(
            planId: planId, itemId: itemId,
            .init(
                targetJurisdictionIds: b.targetJurisdictionIds, instruction: b.instruction ?? "", deadline: b.deadline ?? "",
                leadUnitType: b.leadUnitType ?? "", weight: b.weight),
            by: p)
        let today = services.clock.today
        return try APIResponse.json(ReceiptListDTO(items: receipts.map { ReceiptDTO($0, today: today, clock: services.clock) }), status: .created)
    }
}
