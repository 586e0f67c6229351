import Hummingbird
import ReformCore

struct UnitPages: PageHandlers {
    let services: AppServices

    func units(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let guarded = try AccessGuard(context, sql: sql)
        let jid = try await guarded.filterJurisdiction(request.uri.queryParameters.get("jurisdiction", as: Int.self))?.id
        let q = request.uri.queryParameters.get("q") ?? ""
        let units = try await UnitQueries.page(jurisdictionId: jid, q: q, limit: 500, offset: 0, within: guarded.listScope, on: sql)
        let jurisdictions = Dictionary(
            uniqueKeysWithValues: try await JurisdictionQueries.all(within: guarded.listScope, on: sql).map { ($0.id, $0) })
        let view = UnitListView(
            rows: units.map { u in
                .init(
                    id: u.id, name: u.name, shortNames: u.shortNames, jurisdiction: jurisdictions[u.jurisdictionId]?.name ?? "",
                    ledgerURL: "/ledger?unit=\(u.id)",
                    canEdit: Access.canEditUnits(in: jurisdictions[u.jurisdictionId]?.path ?? "", guarded.principal))
            },
            q: q, jurisdictionId: jid.map(String.init) ?? "", canCreate: Access.canCreateUnits(guarded.principal),
            jurisdictions: jurisdictions.values.sorted { $0.path < $1.path }.prefix(3000).map {
                .init(id: $0.id, name: $0.name, selected: $0.id == jid)
            })
        return renderer.page("units/units", title: L10n.t("unit.list", l), view: view, context: context, request: request, active: "units")
    }

    func unitForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = context.parameters.get("id", as: Int.self)
        let guarded = try AccessGuard(context, sql: sql)
        var draft = UnitDraft()
        var version = 0
        if let id {
            let u = try await guarded.editUnit(id)
            draft = UnitDraft(jurisdictionID: u.jurisdictionId, name: u.name, shortNames: u.shortNames)
            version = u.version
        } else {
            try await guarded.requireUnitTarget(jurisdictionId: nil)
            draft.jurisdictionID = request.uri.queryParameters.get("jurisdiction", as: Int.self)
        }
        return try await unitPage(id: id, draft: draft, version: version, issues: [], request: request, context: context)
    }

    func unitSave(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = context.parameters.get("id", as: Int.self)
        let form = try await request.formData()
        let draft = UnitDraft(jurisdictionID: form.int("jurisdictionId"), name: form.string("name"), shortNames: form.string("shortNames"))
        let guarded = try AccessGuard(context, sql: sql)
        if let id { _ = try await guarded.editUnit(id) }
        try await guarded.requireUnitTarget(jurisdictionId: draft.jurisdictionID)
        do {
            let saved =
                if let id {
                    try await services.units.update(id, draft, baseVersion: form.int("version") ?? 0, actor: try context.requirePrincipal().actorName)
                } else {
                    try await services.units.create(draft, actor: try context.requirePrincipal().actorName)
                }
            return Response(status: .seeOther, headers: [.location: "/units?jurisdiction=\(saved.jurisdictionId)"])
        } catch AppError.validation(let issues) {
            return try await unitPage(
                id: id, draft: draft, version: form.int("version") ?? 0, issues: issues, request: request,
                context: context, status: .unprocessableContent)
        } catch AppError.conflict(_, _, let current, let changes) {
            return try await conflictPage(
                changes: changes, currentVersion: current, reloadURL: "/units/\(id ?? 0)/edit", request: request, context: context)
        }
    }

    private func unitPage(
        id: Int?, draft: UnitDraft, version: Int, issues: [ValidationIssue], request: Request,
        context: AppRequestContext, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let l = context.language
        let all = try await JurisdictionQueries.all(within: try AccessGuard(context, sql: sql).listScope, on: sql)
        let fields: [FormField] = [
            FormField(
                name: "jurisdictionId", kind: .select, value: draft.jurisdictionID.map(String.init) ?? "",
                options: [("", L10n.t("form.choose", l))] + all.prefix(3000).map { (String($0.id), $0.name) }, required: true),
            FormField(name: "name", kind: .text, value: draft.name, required: true, hint: "深圳市龙华区发展和改革局"),
            FormField(name: "shortNames", kind: .text, value: draft.shortNames, hint: L10n.t("form.hintShortNames", l))
        ]
        let title = L10n.t(id == nil ? "unit.new" : "unit.edit", l)
        let view = FormPageView(
            heading: title, action: id.map { "/units/\($0)" } ?? "/units", version: version, fields: fields, issues: issues,
            cancelURL: "/units", language: l)
        return renderer.page("form", title: title, view: view, context: context, request: request, status: status, active: "units")
    }
}
