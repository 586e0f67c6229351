import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// The cascade's pages: the list of what a jurisdiction received and sent (/cascade), a receipt with its sign, place and
/// withdraw forms, sending from the item page, and the sender's matrix with its XLSX export and A3 print.
struct CascadePages: PageHandlers {
    let services: AppServices

    static func flagged(_ r: CascadeReceiptRecord, today: LocalDate, clock: AppClock) -> Bool {
        CascadeFlag.isFlagged(r.cascadeState, sentOn: clock.localDate(ofTimestamp: r.sentAt) ?? today, today: today)
    }

    func row(_ r: CascadeReceiptRecord, _ l: Language) -> CascadeListView.Row {
        let today = services.clock.today
        return .init(
            id: r.id, title: r.originTitle ?? r.originPlanTitle, sender: r.senderName, target: r.targetName,
            state: L10n.t("cascadeState." + r.state, l), stateKey: r.state, deadline: L10n.date(r.deadline, l),
            sentAt: L10n.time(r.sentAt, l, in: services.clock.timeZone), flagged: Self.flagged(r, today: today, clock: services.clock))
    }

    // MARK: List

    func list(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let l = context.language
        let received = p.role.isUnitRole ? [] : try await CascadeQueries.received(by: p.jurisdictionId, open: false, on: sql)
        let sent = p.role.isUnitRole ? [] : try await CascadeQueries.sent(by: p.jurisdictionId, on: sql)
        let view = CascadeListView(
            received: received.map { row($0, l) }, hasReceived: !received.isEmpty, sent: sent.map { row($0, l) }, hasSent: !sent.isEmpty)
        return renderer.page("cascade/list", title: L10n.t("cascade.title", l), view: view, context: context, request: request, active: "cascade")
    }

    // MARK: A receipt

    func receipt(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        return try await receiptPage(id, request: request, context: context)
    }

    func receiptPage(
        _ id: Int, request: Request, context: AppRequestContext, status: HTTPResponse.Status = .ok, issues: [ValidationIssue] = [],
        values: [String: [String]] = [:], extensionIssues: [ValidationIssue] = [], extensionValues: [String: [String]] = [:]
    ) async throws -> Response {
        let p = try context.requirePrincipal()
        let l = context.language
        let r = try await CascadeAPI(services: services).readReceipt(id, context)
        let state = r.cascadeState
        let canReceive = Access.canReceive(targetJurisdictionId: r.targetJurisdictionId, p)
        let canPlace = canReceive && CascadeFlow.next(state, .place) != nil
        let canCancel = Access.canSendCascade(fromPath: r.senderPath, p) && CascadeFlow.next(state, .cancel) != nil
        var units: [UnitRecord] = []
        var plans: [PlanRecord] = []
        if canPlace {
            units = try await UnitQueries.inJurisdiction(r.targetJurisdictionId, on: sql)
            plans = try await sql.all(
                PlanRecord.self, "SELECT \(PlanQueries.columns) FROM plans WHERE jurisdiction_id = \(bind: r.targetJurisdictionId) ORDER BY title")
        }
        let copies = try await CascadeQueries.copies(ofOrigins: r.originItemId.map { [$0] } ?? [], on: sql)
        let placedItem = copies.first { $0.receiptId == r.id }?.copyItemId
        let limit = CascadeService.limit(of: r, originItems: try await CascadeQueries.originItems(ofReceipt: r.id, on: sql))
        let extensions = try await CascadeQueries.extensions(ofReceipt: r.id, on: sql)
        let pending = extensions.first { $0.extensionState == .pending }
        func value(_ key: String) -> String { values[key]?.last ?? "" }
        let chosenLead = Int(value("leadUnitId"))
        let chosenParticipants = Set((values["participantUnitIds"] ?? []).compactMap { Int($0) })
        let view = CascadeReceiptView(
            id: r.id, version: r.version, title: r.originTitle ?? r.originPlanTitle, originItemId: r.originItemId ?? 0,
            hasOriginItem: r.originItemId != nil, originPlanId: r.originPlanId, originPlanTitle: r.originPlanTitle, sender: r.senderName,
            target: r.targetName, state: L10n.t("cascadeState." + r.state, l), stateKey: r.state, instruction: r.instruction,
            leadUnitType: r.leadUnitType, hasLeadUnitType: !r.leadUnitType.isEmpty, deadline: L10n.date(r.deadline, l), deadlineISO: r.deadline ?? "",
            sentBy: r.sentBy, sentAt: L10n.time(r.sentAt, l, in: services.clock.timeZone), signedBy: r.signedBy, hasSigned: r.signedAt != nil,
            placedBy: r.placedBy, hasPlaced: r.placedAt != nil, placedItemId: placedItem ?? 0, hasPlacedItem: placedItem != nil,
            cancelledReason: r.cancelledReason, isCancelled: state == .cancelled,
            flagged: Self.flagged(r, today: services.clock.today, clock: services.clock),
            canSign: canReceive && CascadeFlow.next(state, .sign) != nil, canPlace: canPlace, canCancel: canCancel,
            plans: plans.map { .init(value: String($0.id), label: $0.title, selected: value("planId") == String($0.id)) },
            units: units.map { .init(value: String($0.id), label: $0.name, selected: chosenLead == $0.id) },
            participants: units.map { .init(value: String($0.id), label: $0.name, selected: chosenParticipants.contains($0.id)) },
            parentItemId: value("parentItemId"), newPlanTitle: value("newPlanTitle"), responsibleLeader: value("responsibleLeader"),
            responsiblePerson: value("responsiblePerson"), handler: value("handler"), startDate: value("startDate"),
            placeDeadline: values["deadline"]?.last ?? (limit?.iso ?? r.deadline ?? ""),
            errors: issues.map { L10n.issue($0, l, scope: "cascade") }, hasErrors: !issues.isEmpty,
            limit: L10n.date(limit?.iso, l), limitISO: limit?.iso ?? "", hasLimit: limit != nil,
            granted: L10n.date(r.grantedDeadline, l), hasGranted: r.grantedDeadline != nil,
            extensions: extensions.map { e in extensionRow(e, l) }, hasExtensions: !extensions.isEmpty,
            canRequest: canReceive && state != .cancelled && pending == nil && limit != nil,
            canDecide: pending != nil && Access.canDecideExtension(senderPath: r.senderPath, p), pendingId: pending?.id ?? 0,
            pendingVersion: pending?.version ?? 0, requestDeadline: extensionValues["deadline"]?.last ?? "",
            requestReason: extensionValues["reason"]?.last ?? "", decisionComment: extensionValues["comment"]?.last ?? "",
            extensionErrors: extensionIssues.map { L10n.issue($0, l, scope: "cascade.extension") }, hasExtensionErrors: !extensionIssues.isEmpty)
        return renderer.page(
            "cascade/receipt", title: L10n.t("cascade.receipt.title", l), view: view, context: context, request: request, status: status,
            active: "cascade")
    }

    func extensionRow(_ e: CascadeExtensionRecord, _ l: Language) -> CascadeReceiptView.Extension {
        .init(
            requested: L10n.date(e.requestedDeadline, l), limitBefore: L10n.date(e.limitBefore, l), reason: e.reason,
            state: L10n.t("cascadeExtensionState." + e.state, l), stateKey: e.state, requestedBy: e.requestedBy,
            requestedAt: L10n.time(e.requestedAt, l, in: services.clock.timeZone), decidedBy: e.decidedBy, hasDecision: e.decidedAt != nil,
            comment: e.comment, hasComment: !e.comment.isEmpty)
    }

    // MARK: Requests for more time

    func requestExtension(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        _ = try await guardReceipt(id, .sign, context)
        let f = try await request.formData()
        do {
            _ = try await services.cascades.requestExtension(
                id, deadline: f.string("deadline"), reason: f.string("reason"), baseVersion: f.int("version") ?? 0,
                by: try context.requirePrincipal())
            return Response(status: .seeOther, headers: [.location: "/cascade/receipts/\(id)#extensions"])
        } catch AppError.validation(let issues) {
            return try await receiptPage(
                id, request: request, context: context, status: .unprocessableContent, extensionIssues: issues, extensionValues: f.fields)
        }
    }

    func decideExtension(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        let e = try await CascadeAPI(services: services).guardDecision(id, context)
        let f = try await request.formData()
        do {
            let decision = try CascadeAPI.decision(f.string("decision"))
            _ = try await services.cascades.decideExtension(
                id, decision, comment: f.string("comment"), baseVersion: f.int("version") ?? 0, by: try context.requirePrincipal())
            return Response(status: .seeOther, headers: [.location: "/cascade/receipts/\(e.receiptId)#extensions"])
        } catch AppError.validation(let issues) {
            return try await receiptPage(
                e.receiptId, request: request, context: context, status: .unprocessableContent, extensionIssues: issues, extensionValues: f.fields)
        }
    }

    func sign(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        _ = try await guardReceipt(id, .sign, context)
        let f = try await request.formData()
        _ = try await services.cascades.sign(id, baseVersion: f.int("version") ?? 0, by: try context.requirePrincipal())
        return Response(status: .seeOther, headers: [.location: "/cascade/receipts/\(id)"])
    }

    func place(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        _ = try await guardReceipt(id, .place, context)
        let f = try await request.formData()
        let input = CascadeService.PlaceInput(
            planId: f.int("planId"), parentItemId: f.int("parentItemId"), newPlanTitle: f.string("newPlanTitle"), leadUnitId: f.int("leadUnitId"),
            participantUnitIds: f.ints("participantUnitIds"), responsibleLeader: f.string("responsibleLeader"),
            responsiblePerson: f.string("responsiblePerson"), handler: f.string("handler"), startDate: f.string("startDate"),
            deadline: f.string("deadline"))
        do {
            let r = try await services.cascades.place(id, input, baseVersion: f.int("version") ?? 0, by: try context.requirePrincipal())
            let copy = try await CascadeQueries.copies(ofOrigins: r.originItemId.map { [$0] } ?? [], on: sql).first { $0.receiptId == id }?.copyItemId
            return Response(status: .seeOther, headers: [.location: copy.map { "/items/\($0)" } ?? "/plans/\(r.placedPlanId ?? 0)"])
        } catch AppError.validation(let issues) {
            return try await receiptPage(id, request: request, context: context, status: .unprocessableContent, issues: issues, values: f.fields)
        }
    }

    func cancel(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        _ = try await guardReceipt(id, .cancel, context)
        let f = try await request.formData()
        do {
            _ = try await services.cascades.cancel(
                id, reason: f.string("reason"), baseVersion: f.int("version") ?? 0, by: try context.requirePrincipal())
            return Response(status: .seeOther, headers: [.location: "/cascade/receipts/\(id)"])
        } catch AppError.validation(let issues) {
            return try await receiptPage(id, request: request, context: context, status: .unprocessableContent, issues: issues, values: f.fields)
        }
    }

    /// 404 outside the view, 403 for a step that is not the user's, before the form is read.
    private func guardReceipt(_ id: Int, _ action: CascadeAction, _ context: AppRequestContext) async throws -> CascadeReceiptRecord {
        try await CascadeAPI(services: services).actOnReceipt(id, action, context)
    }

    // MARK: Sending from the item page

    func send(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let itemId = try context.parameters.require("id", as: Int.self)
        let (item, _) = try await AccessGuard(context, sql: sql).readItem(itemId)
        try Access.require(Access.canSendCascade(fromPath: item.jurisdictionPath, p), "cascade_send")
        let f = try await request.formData()
        let input = CascadeService.SendInput(
            targetJurisdictionIds: f.ints("targetJurisdictionIds"), instruction: f.string("instruction"), deadline: f.string("deadline"),
            leadUnitType: f.string("leadUnitType"), weight: f.string("weight").trimmed.isEmpty ? nil : Double(f.string("weight").trimmed) ?? -1)
        do {
            _ = try await services.cascades.send(planId: item.planId, itemId: itemId, input, by: p)
            return Response(status: .seeOther, headers: [.location: "/items/\(itemId)#cascade"])
        } catch AppError.validation(let issues) {
            return try await ItemPages(services: services).itemPage(
                item, amendIssues: [], amendValues: [:], request: request, context: context, status: .unprocessableContent,
                sectionState: [CascadeFeature.sectionKey: CascadeSectionState(issues: issues, values: f.fields)])
        }
    }

    // MARK: The matrix

    func matrix(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let m = try await CascadeMatrix.load(request, context, services: services)
        let format = request.uri.queryParameters.get("format") ?? ""
        if format == "xlsx" {
            let data = try m.xlsx(l)
            let name = L10n.t("cascade.matrix.title", l) + "_" + m.sender.name + "_" + m.today.iso + ".xlsx"
            return Response(
                status: .ok,
                headers: [
                    .contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    .contentDisposition: ContentDisposition.attachment(filename: name, asciiFallback: "cascade-\(m.today.iso).xlsx"),
                    .cacheControl: "no-store"
                ], body: .init(byteBuffer: ByteBuffer(data: data)))
        } else if !format.isEmpty {
            throw AppError.badRequest(parameter: "format", message: "expected xlsx, got \(format.prefix(40))")
        }
        let query = { (extra: [(String, String)]) -> String in
            var items: [(String, String)] = [("jurisdiction", String(m.sender.id))]
            if let plan = m.planId { items.append(("plan", String(plan))) }
            if let s = m.state { items.append(("state", s.rawValue)) }
            if let light = m.light { items.append(("light", light.rawValue)) }
            return QueryString.encode(items + extra)
        }
        let view = CascadeMatrixView(
            sender: m.sender.name, jurisdictionId: m.sender.id,
            columns: m.columns.enumerated().map { i, j in .init(name: j.name, mean: L10n.percent(m.columnMean(i))) },
            rowsHTML: CascadeMatrixView.rowsHTML(
                m.rows.map { r in
                    CascadeMatrixView.Row(
                        itemId: r.item.id, number: r.item.number, title: r.item.title, percent: L10n.percent(r.item.rollupPercent),
                        percentValue: r.item.rollupPercent,
                        cells: r.cells.map { c in
                            guard let c else {
                                return .init(empty: true, link: "", percent: "", light: "none", lightName: "", state: "", stateKey: "", placed: false)
                            }
                            let light = c.light(today: m.today)
                            return .init(
                                empty: false, link: c.copyItemId.map { "/items/\($0)" } ?? "/cascade/receipts/\(c.receiptId)",
                                percent: L10n.percent(c.copyPercent ?? 0), light: light.rawValue, lightName: L10n.light(light, l),
                                state: L10n.t("cascadeState." + c.state, l), stateKey: c.state, placed: c.cascadeState == .placed)
                        })
                }),
            hasRows: !m.rows.isEmpty,
            plans: m.plans.map { .init(value: String($0.id), label: $0.title, selected: $0.id == m.planId) },
            states: CascadeState.allCases.map { .init(value: $0.rawValue, label: L10n.t("cascadeState." + $0.rawValue, l), selected: $0 == m.state) },
            lights: [ScheduleLight.green, .yellow, .red].map { .init(value: $0.rawValue, label: L10n.light($0, l), selected: $0 == m.light) },
            xlsxURL: "/cascade/matrix?" + query([("format", "xlsx")]))
        return renderer.page(
            "cascade/matrix", title: L10n.t("cascade.matrix.title", l), view: view, context: context, request: request, active: "cascade")
    }
}

/// What the send form held when a post to it failed.
struct CascadeSectionState: Sendable {
    var issues: [ValidationIssue]
    var values: [String: [String]]
}
