import Foundation
import Hummingbird
import ReformCore

/// /api/v1 for what the office makes public: plans with their public state (publish or withdraw, names, status words),
/// items held back, and the dated updates written for the public. The same service and access rules as the pages; who
/// may do a thing is settled before the body is read.
struct PublicationAPI: APIHandlers {
    let services: AppServices

    struct SettingsBody: Decodable {
        var version: Int?
        var isPublished: Bool?
        var publicNames: String?
        var statusWords: [String: String]?
    }
    struct HoldBody: Decodable {
        var reason: String?
    }
    struct UpdateBody: Decodable {
        var itemId: Int?
        var writtenOn: String?
        var body: String?
    }

    struct HoldDTO: Codable {
        var itemId: Int
        var reason: String
        var heldBy: String
        var heldAt: String
    }
    struct PlanDTO: Encodable {
        var planId: Int
        var title: String
        var jurisdictionId: Int
        var isPublished: Bool
        var publicNames: String
        var statusWords: [String: String]
        @APIModels.Nullable var publishedOn: String?
        @APIModels.Nullable var publicURL: String?
        @APIModels.Nullable var holds: [HoldDTO]?
        var canEdit: Bool
        var version: Int

        init(_ plan: PlanRecord, _ s: PublicPlanSettingsRecord, holds: [PublicHoldRecord]?, canEdit: Bool) {
            planId = plan.id
            title = plan.title
            jurisdictionId = plan.jurisdictionId
            isPublished = s.isPublished
            publicNames = s.names.rawValue
            let words = s.words
            statusWords = Dictionary(uniqueKeysWithValues: LifecycleStatus.allCases.map { ($0.rawValue, words.word($0)) })
            publishedOn = s.publishedOn
            publicURL = s.isPublished ? "/public/plans/\(plan.id)" : nil
            self.holds = holds?.map { HoldDTO(itemId: $0.itemId, reason: $0.reason, heldBy: $0.heldBy, heldAt: $0.heldAt) }
            self.canEdit = canEdit
            version = s.version
        }
    }
    struct PlanListDTO: Encodable {
        var items: [PlanDTO]
    }
    struct UpdateDTO: Encodable {
        var id: Int
        var itemId: Int
        var planId: Int
        var writtenOn: String
        var body: String
        var createdBy: String
        var createdAt: String

        init(_ u: PublicUpdateRecord) {
            id = u.id
            itemId = u.itemId
            planId = u.planId
            writtenOn = u.writtenOn
            body = u.body
            createdBy = u.createdBy
            createdAt = u.createdAt
        }
    }
    struct UpdateListDTO: Encodable {
        var items: [UpdateDTO]
    }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("/publication/plans") { _, context in
            let p = try context.requirePrincipal()
            let plans = try await PlanQueries.visible(scope: p.isNationwide ? nil : p.jurisdictionPath, on: sql)
            let settings = try await PublicationQueries.settings(of: plans.map(\.id), on: sql)
            let paths = Dictionary(
                try await JurisdictionQueries.all(within: p.isNationwide ? nil : p.jurisdictionPath, on: sql).map { ($0.id, $0.path) },
                uniquingKeysWith: { a, _ in a })
            return try APIResponse.json(
                PlanListDTO(
                    items: plans.map {
                        PlanDTO(
                            $0, settings[$0.id] ?? .unpublished($0.id), holds: nil,
                            canEdit: paths[$0.jurisdictionId].map { Access.canPublish(in: $0, p) } ?? false)
                    }))
        }
        group.get("/publication/plans/:id") { _, context in
            let p = try context.requirePrincipal()
            let (plan, j) = try await readablePlan(try id(context), p)
            return try APIResponse.json(try await planDTO(plan, canEdit: Access.canPublish(in: j.path, p)))
        }
        group.put("/publication/plans/:id") { request, context in
            let p = try context.requirePrincipal()
            let (plan, j) = try await readablePlan(try id(context), p)
            try Access.require(Access.canPublish(in: j.path, p), "publication_edit")
            let b = try await decode(SettingsBody.self, request, context)
            let current = try await PublicationQueries.settings(plan.id, on: sql)
            _ = try await services.publication.setSettings(
                planId: plan.id,
                .init(
                    isPublished: b.isPublished ?? current.isPublished, namesLevel: b.publicNames ?? current.namesLevel,
                    statusWords: b.statusWords ?? [:], baseVersion: try version(b.version, request)),
                by: p)
            return try APIResponse.json(try await planDTO(plan, canEdit: true))
        }
        group.put("/publication/items/:id/hold") { request, context in
            let p = try context.requirePrincipal()
            let item = try await publishableItem(try id(context), p)
            let b = try await decode(HoldBody.self, request, context)
            try await services.publication.hold(itemId: item.id, reason: b.reason ?? "", by: p)
            let hold = try await PublicationQueries.holds(planId: item.planId, on: sql).first { $0.itemId == item.id }!
            return try APIResponse.json(HoldDTO(itemId: hold.itemId, reason: hold.reason, heldBy: hold.heldBy, heldAt: hold.heldAt))
        }
        group.delete("/publication/items/:id/hold") { _, context in
            let p = try context.requirePrincipal()
            let item = try await publishableItem(try id(context), p)
            try await services.publication.release(itemId: item.id, by: p)
            return Response(status: .noContent)
        }
        group.get("/publication/plans/:id/updates") { _, context in
            let p = try context.requirePrincipal()
            let (plan, _) = try await readablePlan(try id(context), p)
            return try APIResponse.json(UpdateListDTO(items: try await PublicationQueries.updates(planId: plan.id, on: sql).map(UpdateDTO.init)))
        }
        group.post("/publication/plans/:id/updates") { request, context in
            let p = try context.requirePrincipal()
            let (plan, j) = try await readablePlan(try id(context), p)
            try Access.require(Access.canPublish(in: j.path, p), "publication_edit")
            let b = try await decode(UpdateBody.self, request, context)
            guard let itemId = b.itemId else { throw AppError.validation([ValidationIssue(field: "itemId", code: .required)]) }
            guard let item = try await ItemQueries.find(itemId, on: sql), item.planId == plan.id else {
                throw AppError.validation([ValidationIssue(field: "itemId", code: .notFound)])
            }
            let u = try await services.publication.addUpdate(itemId: item.id, writtenOn: b.writtenOn ?? "", body: b.body ?? "", by: p)
            return try APIResponse.json(UpdateDTO(u), status: .created)
        }
        group.patch("/publication/updates/:id") { request, context in
            let p = try context.requirePrincipal()
            let update = try await publishableUpdate(try id(context), p)
            let b = try await decode(UpdateBody.self, request, context)
            if let itemId = b.itemId, itemId != update.itemId {
                throw AppError.validation([ValidationIssue(field: "itemId", code: .invalidChoice)])
            }
            let u = try await services.publication.editUpdate(update.id, writtenOn: b.writtenOn ?? "", body: b.body ?? update.body, by: p)
            return try APIResponse.json(UpdateDTO(u))
        }
        group.delete("/publication/updates/:id") { _, context in
            let p = try context.requirePrincipal()
            let update = try await publishableUpdate(try id(context), p)
            try await services.publication.deleteUpdate(update.id, by: p)
            return Response(status: .noContent)
        }
    }

    func readablePlan(_ id: Int, _ p: Principal) async throws -> (PlanRecord, JurisdictionRecord) {
        guard let plan = try await PlanQueries.find(id, on: sql), let j = try await JurisdictionQueries.find(plan.jurisdictionId, on: sql),
            p.sees(jurisdictionPath: j.path)
        else { throw AppError.notFound(entity: "plan", id: String(id)) }
        return (plan, j)
    }

    func publishableItem(_ id: Int, _ p: Principal) async throws -> ItemRecord {
        guard let item = try await ItemQueries.find(id, on: sql), p.sees(jurisdictionPath: item.jurisdictionPath) else {
            throw AppError.notFound(entity: "item", id: String(id))
        }
        let (_, j) = try await readablePlan(item.planId, p)
        try Access.require(Access.canPublish(in: j.path, p), "publication_edit")
        return item
    }

    func publishableUpdate(_ id: Int, _ p: Principal) async throws -> PublicUpdateRecord {
        guard let update = try await PublicationQueries.update(id, on: sql) else { throw AppError.notFound(entity: "public_update", id: String(id)) }
        _ = try await publishableItem(update.itemId, p)
        return update
    }

    func planDTO(_ plan: PlanRecord, canEdit: Bool) async throws -> PlanDTO {
        PlanDTO(
            plan, try await PublicationQueries.settings(plan.id, on: sql), holds: try await PublicationQueries.holds(planId: plan.id, on: sql),
            canEdit: canEdit)
    }
}
