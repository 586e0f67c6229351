import Hummingbird
import ReformCore

struct JurisdictionPages: PageHandlers {
    let services: AppServices

    func jurisdictions(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let guarded = try AccessGuard(context, sql: sql)
        let all = try await JurisdictionQueries.all(within: guarded.listScope, on: sql)
        let ordered = all.sorted {
            $0.path.split(separator: "/").map { Int($0) ?? 0 }.lexicographicallyPrecedes($1.path.split(separator: "/").map { Int($0) ?? 0 })
        }
        let view = JurisdictionListView(
            rows: ordered.prefix(2000).map {
                .init(id: $0.id, name: $0.name, level: L10n.level($0.level, l), divisionCode: $0.divisionCode, indent: $0.depth * 20)
            },
            canEdit: Access.canEditJurisdictions(guarded.principal))
        return renderer.page(
            "jurisdictions/jurisdictions", title: L10n.t("jurisdiction.list", l), view: view, context: context, request: request,
            active: "jurisdictions")
    }

    func jurisdictionForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = context.parameters.get("id", as: Int.self)
        let guarded = try AccessGuard(context, sql: sql)
        if id == nil { try Access.require(Access.canEditJurisdictions(guarded.principal), "edit_jurisdictions") }
        var draft = JurisdictionDraft()
        var version = 0
        if let id {
            let j = try await guarded.editJurisdiction(id)
            draft = JurisdictionDraft(name: j.name, level: j.level, divisionCode: j.divisionCode, parentID: j.parentId)
            version = j.version
        } else {
            draft.parentID = request.uri.queryParameters.get("parent", as: Int.self)
            draft.level = JurisdictionLevel.province.rawValue
        }
        return try await jurisdictionPage(id: id, draft: draft, version: version, issues: [], request: request, context: context)
    }

    func jurisdictionSave(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = context.parameters.get("id", as: Int.self)
        let form = try await request.formData()
        let draft = JurisdictionDraft(
            name: form.string("name"), level: form.string("level"), divisionCode: form.string("divisionCode"),
            parentID: form.int("parentId"))
        let guarded = try AccessGuard(context, sql: sql)
        if let id {
            _ = try await guarded.editJurisdiction(id)
        } else {
            try Access.require(Access.canEditJurisdictions(guarded.principal), "edit_jurisdictions")
        }
        do {
            let saved =
                if let id {
                    try await services.jurisdictions.update(
                        id, draft, baseVersion: form.int("version") ?? 0, actor: try context.requirePrincipal().actorName)
                } else {
                    try await services.jurisdictions.create(draft, actor: try context.requirePrincipal().actorName)
                }
            return Response(status: .seeOther, headers: [.location: "/dashboard/\(saved.id)"])
        } catch AppError.validation(let issues) {
            return try await jurisdictionPage(
                id: id, draft: draft, version: form.int("version") ?? 0, issues: issues,
                request: request, context: context, status: .unprocessableContent)
        } catch AppError.conflict(_, _, let current, let changes) {
            return try await conflictPage(
                changes: changes, currentVersion: current, reloadURL: "/jurisdictions/\(id ?? 0)/edit", request: request, context: context)
        }
    }

    private func jurisdictionPage(
        id: Int?, draft: JurisdictionDraft, version: Int, issues: [ValidationIssue], request: Request,
        context: AppRequestContext, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let l = context.language
        let all = try await JurisdictionQueries.all(on: sql).filter { $0.id != id }
        let fields: [FormField] = [
            FormField(name: "name", kind: .text, value: draft.name, required: true),
            FormField(
                name: "level", kind: .select, value: draft.level,
                options: JurisdictionLevel.allCases.map { ($0.rawValue, L10n.level($0.rawValue, l)) }, required: true),
            FormField(name: "divisionCode", kind: .text, value: draft.divisionCode, required: true, hint: "440309"),
            FormField(
                name: "parentId", kind: .select, value: draft.parentID.map(String.init) ?? "",
                options: [("", L10n.t("form.none", l))] + all.prefix(3000).map { (String($0.id), $0.name + " " + $0.divisionCode) })
        ]
        let title = L10n.t(id == nil ? "jurisdiction.new" : "jurisdiction.edit", l)
        let view = FormPageView(
            heading: title, action: id.map { "/jurisdictions/\($0)" } ?? "/jurisdictions", version: version, fields: fields,
            issues: issues, cancelURL: id.map { "/dashboard/\($0)" } ?? "/jurisdictions", language: l)
        return renderer.page("form", title: title, view: view, context: context, request: request, status: status, active: "jurisdictions")
    }
}
