import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// /api/v1/units: list, create, read and edit.
struct UnitsAPI: APIHandlers {
    let services: AppServices

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("/units") { request, context in
            let guarded = try AccessGuard(context, sql: sql)
            let scope = guarded.listScope
            let q = request.uri.queryParameters
            let jid = try await guarded.filterJurisdiction(try optionalInt(q.get("jurisdiction"), "jurisdiction"))?.id
            let limit = try optionalInt(q.get("limit"), "limit", max: 1000) ?? 200
            let offset = try optionalInt(q.get("offset"), "offset", min: 0) ?? 0
            let text = try clean(q.get("q") ?? "", "q")
            let units = try await UnitQueries.page(
                jurisdictionId: jid, q: String(text.prefix(100)), limit: limit, offset: offset,
                within: scope, on: sql)
            return try APIResponse.json(APIModels.Page(items: units.map(APIModels.Unit.init)))
        }
        group.post("/units") { request, context in
            let guarded = try AccessGuard(context, sql: sql)
            try Access.require(Access.canCreateUnits(guarded.principal), "edit_units")
            let input = try await decode(APIModels.UnitInput.self, request, context)
            try await guarded.requireUnitTarget(jurisdictionId: input.jurisdictionId)
            let saved = try await services.units.create(
                UnitDraft(
                    jurisdictionID: input.jurisdictionId, name: input.name ?? "",
                    shortNames: (input.shortNames ?? []).joined(separator: "、")), actor: try context.requirePrincipal().actorName)
            return try APIResponse.json(APIModels.Unit(saved), status: .created, headers: [.location: "/api/v1/units/\(saved.id)"])
        }
        group.get("/units/:id") { _, context in
            try APIResponse.json(APIModels.Unit(try await AccessGuard(context, sql: sql).readUnit(try id(context))))
        }
        group.patch("/units/:id") { request, context in
            let uid = try id(context)
            let guarded = try AccessGuard(context, sql: sql)
            let current = try await guarded.editUnit(uid)
            let input = try await decode(APIModels.UnitInput.self, request, context)
            try await guarded.requireUnitTarget(jurisdictionId: input.jurisdictionId ?? current.jurisdictionId)
            let draft = UnitDraft(
                jurisdictionID: input.jurisdictionId ?? current.jurisdictionId, name: input.name ?? current.name,
                shortNames: input.shortNames?.joined(separator: "、") ?? current.shortNames)
            let saved = try await services.units.update(
                uid, draft, baseVersion: try version(input.version, request), actor: try context.requirePrincipal().actorName)
            return try APIResponse.json(APIModels.Unit(saved))
        }
    }
}
