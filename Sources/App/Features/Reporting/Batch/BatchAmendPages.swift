import Hummingbird
import ReformCore

/// /plans/:id/amend: deadline amendments for the items ticked in a plan's outline, one date and one reason for all.
struct BatchAmendPages: PageHandlers {
    let services: AppServices

    var batch: BatchAmendmentService { BatchAmendmentService(database: services.database, clock: services.clock) }

    func amendPage(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let planId = try context.parameters.require("id", as: Int.self)
        let plan = try await editablePlan(planId, context)
        let l = context.language
        let result = request.uri.queryParameters.get("amended").flatMap { Int($0) }.map { L10n.fill("batch.amendedCount", l, String($0)) }
        return try await page(plan, ticked: [], values: [:], errors: [], result: result, request: request, context: context)
    }

    func amend(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let planId = try context.parameters.require("id", as: Int.self)
        let plan = try await editablePlan(planId, context)
        let l = context.language
        let f = try await request.formData()
        let values = ["newDeadline": f.string("newDeadline"), "reason": f.string("reason"), "approvedBy": f.string("approvedBy")]
        let entries = try BatchPages.entries(f.fields["item"] ?? [], parameter: "item")
        let ticked = Set(entries.map(\.id))
        func again(_ errors: [String], _ status: HTTPResponse.Status) async throws -> Response {
            try await page(plan, ticked: ticked, values: values, errors: errors, result: nil, request: request, context: context, status: status)
        }
        do {
            let amended = try await batch.amend(
                entries, newDeadline: values["newDeadline"]!, reason: values["reason"]!, approvedBy: values["approvedBy"]!, by: principal)
            return Response(status: .seeOther, headers: [.location: "/plans/\(planId)/amend?amended=\(amended.count)"])
        } catch AppError.validation(let issues) {
            // "items" is the API's name for the ticked rows; the page says what to do.
            return try await again(issues.map { $0.field == "items" ? L10n.t("batch.noneTicked", l) : L10n.issue($0, l) }, .unprocessableContent)
        } catch let refused as BatchAmendmentService.ItemRefused {
            return try await again(
                refused.issues.map { L10n.fill("batch.itemRefused", l, refused.label, L10n.issue($0, l)) }, .unprocessableContent)
        } catch AppError.conflict(_, let id, _, _) {
            let item = try await ItemQueries.find(id, on: sql)
            return try await again(
                [L10n.fill("batch.itemChanged", l, item.map { $0.number + $0.title } ?? String(id))], .conflict)
        }
    }

    private func page(
        _ plan: PlanRecord, ticked: Set<Int>, values: [String: String], errors: [String], result: String?, request: Request,
        context: AppRequestContext, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let l = context.language
        let items = try await ItemQueries.tree(planId: plan.id, on: sql)
        let view = BulkAmendView(
            plan: PlanSummaryView(plan, l),
            rows: items.map { i in
                .init(
                    id: i.id, version: i.version, number: i.number, title: i.title, indent: i.depth * 16,
                    deadline: L10n.date(i.currentDeadline, l), checked: ticked.contains(i.id))
            },
            hasRows: !items.isEmpty,
            newDeadline: values["newDeadline"] ?? "", reason: values["reason"] ?? "", approvedBy: values["approvedBy"] ?? "",
            errors: errors, hasErrors: !errors.isEmpty, result: result)
        return renderer.page(
            "reporting/bulk_amend", title: plan.title + " · " + L10n.t("batch.amendTitle", l), view: view, context: context,
            request: request, status: status, isDemo: plan.isDemo, active: "plans")
    }

    private func editablePlan(_ planId: Int, _ context: AppRequestContext) async throws -> PlanRecord {
        try await AccessGuard(context, sql: sql).editPlan(planId)
    }
}
