import Foundation
import Hummingbird
import ReformCore

/// /api/v1/me (who the token belongs to) and /api/v1/audit (the office's audit search).
struct AccountAPI: APIHandlers {
    let services: AppServices

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("/me") { _, context in
            let p = try context.requirePrincipal()
            return try APIResponse.json(APIModels.Me(p))
        }
        group.get("/audit") { request, context in
            let p = try context.requirePrincipal()
            try Access.require(Access.canSearchAudit(p), "audit")
            let params = request.queryMultiMap
            for (key, values) in params {
                for v in values {
                    try APIInput.clean(v, key)
                    // As on the ledger: an empty value is refused rather than read as "any".
                    if v.trimmingCharacters(in: .whitespaces).isEmpty {
                        throw AppError.badRequest(parameter: key, message: "empty value; leave the parameter out instead")
                    }
                }
            }
            let filter = try AuditFilter.parse(params)
            let (entries, hasMore) = try await AuditQuery.search(filter, scope: p, clock: services.clock, on: sql)
            return try APIResponse.json(
                APIModels.AuditPage(
                    items: entries.map(APIModels.AuditEntryDTO.init), page: filter.page,
                    perPage: filter.perPage, hasMore: hasMore))
        }
    }
}

extension APIModels {
    struct Me: Encodable, Sendable {
        var userId: Int
        var username: String
        var displayName: String
        var role: String
        @Nullable var jurisdictionId: Int?
        var jurisdictionName: String
        @Nullable var unitId: Int?
        @Nullable var unitName: String?

        init(_ p: Principal) {
            userId = p.userId
            username = p.username
            displayName = p.displayName
            role = p.role.rawValue
            jurisdictionId = p.jurisdictionPath == Principal.nationwidePath ? nil : p.jurisdictionId
            jurisdictionName = p.jurisdictionName
            unitId = p.unitId
            unitName = p.unitName
        }
    }

    struct AuditEntryDTO: Encodable, Sendable {
        struct Change: Encodable, Sendable {
            var field: String
            @Nullable var before: String?
            @Nullable var after: String?
        }
        var id: Int
        var entityType: String
        var entityId: Int
        var action: String
        var actor: String
        var at: String
        var version: Int
        var changes: [Change]

        init(_ e: AuditEntry) {
            id = e.id
            entityType = e.entityType
            entityId = e.entityId
            action = e.action
            actor = e.actor
            at = e.at
            version = e.version
            changes = e.changeMap.sorted { $0.key < $1.key }.map {
                Change(
                    field: $0.key, before: $0.value.first ?? nil,
                    after: $0.value.count > 1 ? $0.value[1] : nil)
            }
        }
    }

    struct AuditPage: Encodable, Sendable {
        var items: [AuditEntryDTO]
        var page: Int
        var perPage: Int
        var hasMore: Bool
    }
}
