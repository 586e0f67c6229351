import Hummingbird
import ReformCore

/// The batch pages: 交办 of a whole plan or field (/plans/:id/assign) and 签收 of several assignments from the inbox.
struct BatchPages: PageHandlers {
    let services: AppServices

    var batch: BatchAssignmentService { BatchAssignmentService(database: services.database, clock: services.clock) }

    /// /plans/:id/assign[?under=<item>]: the leaves with a unit not yet assigned, their units, and one form to assign them.
    func assignPage(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let planId = try context.parameters.require("id", as: Int.self)
        let plan = try await editablePlan(planId, context)
        let underId = try optionalID(request.uri.queryParameters.get("under"))
        var under: ItemRecord?
        if let underId { under = try await BatchAssignmentService.field(underId, of: planId, on: sql) }
        let pairs = try await BatchAssignmentService.pairs(planId: planId, under: under, reach: .all, on: sql)
        let open = pairs.filter { !$0.assigned }
        let itemIds = Array(Set(open.map(\.itemId)))
        let items = Dictionary(uniqueKeysWithValues: try await ItemQueries.byIDs(itemIds, on: sql).map { ($0.id, $0) })
        let names = Dictionary(
            uniqueKeysWithValues: try await UnitQueries.byIDs(Array(Set(pairs.map(\.unitId))), on: sql).map { ($0.id, $0.name) })
        var rows: [BulkAssignView.Row] = []
        for pair in pairs where items[pair.itemId] != nil {
            let unit = BulkAssignView.Unit(
                name: names[pair.unitId] ?? "—", role: L10n.t("assignment.role." + pair.unitRole, l), assigned: pair.assigned)
            if rows.last?.id == pair.itemId {
                rows[rows.count - 1].units.append(unit)
            } else if let item = items[pair.itemId] {
                rows.append(.init(id: item.id, number: item.number, title: item.title, units: [unit]))
            }
        }
        let q = request.uri.queryParameters
        let result = q.get("assigned").flatMap { Int($0) }.map { assigned in
            L10n.fill(
                "batch.result", l, String(assigned), String(q.get("skipped").flatMap { Int($0) } ?? 0),
                String(q.get("withoutLead").flatMap { Int($0) } ?? 0))
        }
        let openLeads = open.filter { $0.unitRole == "lead" }.count
        let view = BulkAssignView(
            plan: PlanSummaryView(plan, l), under: under.map { .init(id: $0.id, title: $0.number + $0.title) },
            rows: rows, hasRows: !rows.isEmpty,
            summary: L10n.fill("batch.summary", l, String(rows.count), String(openLeads), String(open.count - openLeads)),
            result: result)
        return renderer.page(
            "reporting/bulk_assign", title: plan.title + " · " + L10n.t("batch.assignTitle", l), view: view, context: context,
            request: request, isDemo: plan.isDemo, active: "plans")
    }

    func assign(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let planId = try context.parameters.require("id", as: Int.self)
        _ = try await editablePlan(planId, context)
        let f = try await request.formData()
        guard let reach = BatchAssignmentService.Reach(rawValue: f.string("reach")) else {
            throw AppError.validation([ValidationIssue(field: "reach", code: .invalidChoice)])
        }
        let under = try optionalID(f.string("under"))
        let outcome = try await batch.assign(planId: planId, under: under, reach: reach, note: f.string("note"), by: principal)
        let back = "/plans/\(planId)/assign?" + (under.map { "under=\($0)&" } ?? "")
        return Response(
            status: .seeOther,
            headers: [.location: back + "assigned=\(outcome.assigned)&skipped=\(outcome.skipped)&withoutLead=\(outcome.withoutLead)"])
    }

    /// 签收所选: the ticked rows of the inbox's 待签收 tab.
    func sign(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        try BatchAssignmentService.requireSigner(principal)
        let f = try await request.formData()
        let entries = try Self.entries(f.fields["sign"] ?? [], parameter: "sign")
        let guarded = try AccessGuard(context, sql: sql)
        for entry in entries { _ = try await guarded.actOnAssignment(entry.id) }
        do {
            let signed = try await batch.sign(entries, by: principal)
            return Response(status: .seeOther, headers: [.location: "/inbox?tab=sign&signed=\(signed.count)"])
        } catch AppError.conflict {
            return try await conflictPage(changes: [], currentVersion: 0, reloadURL: "/inbox?tab=sign", request: request, context: context)
        }
    }

    /// The ticked rows of a batch form, each sent as "<id>.<version>" (the version the page was read at).
    static func entries(_ values: [String], parameter: String) throws -> [(id: Int, version: Int)] {
        try values.map { value in
            let parts = value.split(separator: ".")
            guard parts.count == 2, let id = Int(parts[0]), let version = Int(parts[1]) else {
                throw AppError.badRequest(parameter: parameter, message: "each value is <id>.<version>")
            }
            return (id, version)
        }
    }

    private func editablePlan(_ planId: Int, _ context: AppRequestContext) async throws -> PlanRecord {
        let guarded = try AccessGuard(context, sql: sql)
        let plan = try await guarded.readPlan(planId)
        try Access.requireOffice(guarded.principal, jurisdictionPath: try await guarded.path(ofJurisdiction: plan.jurisdictionId) ?? "", "assign")
        return plan
    }

    private func optionalID(_ raw: String?) throws -> Int? {
        guard let raw = raw?.trimmed, !raw.isEmpty else { return nil }
        guard let id = Int(raw), id > 0 else { throw AppError.badRequest(parameter: "under", message: "an item id") }
        return id
    }
}
