import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// /api/v1/jurisdictions: list, create, read and edit.
struct JurisdictionsAPI: APIHandlers {
    let services: AppServices

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("/jurisdictions") { _, context in
            let scope = try AccessGuard(context, sql: sql).listScope
            return try APIResponse.json(
                APIModels.Page(items: try await JurisdictionQueries.all(within: scope, on: sql).map(APIModels.Jurisdiction.init)))
        }
        group.post("/jurisdictions") { request, context in
            try Access.require(Access.canEditJurisdictions(try context.requirePrincipal()), "edit_jurisdictions")
            let input = try await decode(APIModels.JurisdictionInput.self, request, context)
            let saved = try await services.jurisdictions.create(jurisdictionDraft(input), actor: try context.requirePrincipal().actorName)
            return try APIResponse.json(APIModels.Jurisdiction(saved), status: .created, headers: [.location: "/api/v1/jurisdictions/\(saved.id)"])
        }
        group.get("/jurisdictions/:id") { _, context in
            try APIResponse.json(APIModels.Jurisdiction(try await AccessGuard(context, sql: sql).readJurisdiction(try id(context))))
        }
        group.patch("/jurisdictions/:id") { request, context in
            let jid = try id(context)
            let current = try await AccessGuard(context, sql: sql).editJurisdiction(jid)
            let input = try await decode(APIModels.JurisdictionInput.self, request, context)
            let draft = JurisdictionDraft(
                name: input.name ?? current.name, level: input.level ?? current.level,
                divisionCode: input.divisionCode ?? current.divisionCode, parentID: input.parentId ?? current.parentId)
            let saved = try await services.jurisdictions.update(
                jid, draft, baseVersion: try version(input.version, request), actor: try context.requirePrincipal().actorName)
            return try APIResponse.json(APIModels.Jurisdiction(saved))
        }
    }

    private func jurisdictionDraft(_ i: APIModels.JurisdictionInput) -> JurisdictionDraft {
        JurisdictionDraft(name: i.name ?? "", level: i.level ?? "", divisionCode: i.divisionCode ?? "", parentID: i.parentId)
    }
}
