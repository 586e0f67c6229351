import Foundation
import Hummingbird
import ReformCore

/// The public read-only API (/api/public/v1), unauthenticated and documented apart from the office API
/// (/api/public/openapi.json): the same published rows as the pages, validated by the same ETag and Last-Modified.
struct PublicAPI: APIHandlers {
    let services: AppServices
    let cache = PublicPageCache()

    struct PlanDTO: Encodable {
        var id: Int
        var title: String
        var docNumber: String
        var issuer: String
        var issueDate: String?
        var periodStart: String?
        var periodEnd: String?
        var jurisdictionId: Int
        var jurisdictionName: String
        var publishedOn: String?
        var items: Int
        var landed: Int
        var url: String
    }

    struct ItemDTO: Encodable {
        var id: Int
        var parentId: Int?
        var number: String
        var title: String
        var leadUnit: String
        var deadline: String?
        var status: String
        var statusWord: String
        var percent: Double
        var isLeaf: Bool
        var responsibleLeader: String?
        var responsiblePerson: String?
        var handler: String?
        var url: String
    }

    struct UpdateDTO: Encodable {
        var id: Int
        var itemId: Int
        var planId: Int
        var writtenOn: String
        var body: String
    }

    struct AuthorizationDTO: Encodable {
        var id: Int
        var batchId: Int
        var batch: String
        var number: Int
        var area: String
        var content: String
        var grantingBody: String
        var jurisdiction: String
        var legalBasis: String
        var needsLawChange: Bool
        var lawChange: String
        var approvalMode: String
        var landingStatus: String
        var statusOn: String
    }

    struct PlanDetailDTO: Encodable {
        var plan: PlanDTO
        var items: [ItemDTO]
    }

    struct ItemDetailDTO: Encodable {
        var item: ItemDTO
        var planId: Int
        var updates: [UpdateDTO]
        var authorizations: [AuthorizationDTO]
    }

    struct ListDTO<T: Encodable>: Encodable {
        var items: [T]
        var license: String
    }

    func register(on router: Router<AppRequestContext>) {
        router.get("/api/public/openapi.json") { request, context in
            try await PublicCache.respond(request, context, stamp: "document", cache: cache) {
                PublicBody(bytes: ByteBuffer(string: PublicAPIDocument.json), headers: [.contentType: "application/json; charset=utf-8"])
            }
        }
        router.get("/api/public/v1/plans") { request, context in try await plans(request, context) }
        router.get("/api/public/v1/plans/:id") { request, context in try await plan(request, context) }
        router.get("/api/public/v1/items/:id") { request, context in try await item(request, context) }
        router.get("/api/public/v1/authorizations") { request, context in try await authorizations(request, context) }
        router.get("/api/public/v1/updates") { request, context in try await updates(request, context) }
    }

    private func cached(_ request: Request, _ context: AppRequestContext, _ build: () async throws -> PublicBody) async throws -> Response {
        try await PublicCache.respond(
            request, context, stamp: try await PublicQueries.stamp(on: sql), clock: services.clock, cache: cache, build: build)
    }

    static func dto(_ plan: PublicPlan, _ counts: PublicCounts) -> PlanDTO {
        .init(
            id: plan.id, title: plan.title, docNumber: plan.docNumber, issuer: plan.issuer, issueDate: plan.issueDate, periodStart: plan.periodStart,
            periodEnd: plan.periodEnd, jurisdictionId: plan.jurisdictionId, jurisdictionName: plan.jurisdictionName, publishedOn: plan.publishedOn,
            items: counts.total, landed: counts.landed, url: "/public/plans/\(plan.id)")
    }

    static func dto(_ i: PublicItem, _ plan: PublicPlan, _ l: Language) -> ItemDTO {
        .init(
            id: i.id, parentId: i.parentId, number: i.number, title: i.title, leadUnit: i.leadUnit, deadline: i.deadline, status: i.status,
            statusWord: plan.words.word(LifecycleStatus(rawValue: i.status) ?? .notStarted, l), percent: (i.percent * 10).rounded() / 10,
            isLeaf: i.isLeaf, responsibleLeader: i.responsibleLeader, responsiblePerson: i.responsiblePerson, handler: i.handler,
            url: "/public/items/\(i.id)")
    }

    static func dto(_ a: PublicAuthorization) -> AuthorizationDTO {
        .init(
            id: a.id, batchId: a.batchId, batch: a.batchJurisdiction + " · " + a.batchTitle, number: a.number, area: a.area, content: a.content,
            grantingBody: a.grantingBody, jurisdiction: a.jurisdictionName, legalBasis: a.legalBasis, needsLawChange: a.needsLawChange,
            lawChange: a.lawChange, approvalMode: a.approvalMode, landingStatus: a.status, statusOn: a.statusOn)
    }

    static func dto(_ u: PublicUpdate) -> UpdateDTO { .init(id: u.id, itemId: u.itemId, planId: u.planId, writtenOn: u.writtenOn, body: u.body) }

    func plans(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await cached(request, context) {
            var out: [PlanDTO] = []
            for plan in try await PublicQueries.plans(on: sql) {
                var counts = PublicCounts()
                for i in try await PublicQueries.items(of: plan, on: sql) where i.isLeaf { counts.add(i.status) }
                out.append(Self.dto(plan, counts))
            }
            return try PublicBody.json(ListDTO(items: out, license: PublicSite.licenseName))
        }
    }

    func plan(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let planId = try self.id(context)
        return try await cached(request, context) {
            guard let plan = try await PublicQueries.plan(planId, on: sql) else { throw AppError.notFound(entity: "plan", id: String(planId)) }
            let items = try await PublicQueries.items(of: plan, on: sql)
            var counts = PublicCounts()
            for i in items where i.isLeaf { counts.add(i.status) }
            return try PublicBody.json(PlanDetailDTO(plan: Self.dto(plan, counts), items: items.map { Self.dto($0, plan, context.language) }))
        }
    }

    func item(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let itemId = try self.id(context)
        return try await cached(request, context) {
            guard let (item, plan) = try await PublicQueries.item(itemId, on: sql) else {
                throw AppError.notFound(entity: "item", id: String(itemId))
            }
            let updates = try await PublicQueries.updates(itemId: itemId, on: sql)
            let authorizations = try await PublicQueries.authorizations(linkedTo: itemId, on: sql)
            return try PublicBody.json(
                ItemDetailDTO(
                    item: Self.dto(item, plan, context.language), planId: plan.id, updates: updates.map { Self.dto($0) },
                    authorizations: authorizations.map { Self.dto($0) }))
        }
    }

    func authorizations(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await cached(request, context) {
            try PublicBody.json(
                ListDTO(items: try await PublicQueries.authorizations(on: sql).map { Self.dto($0) }, license: PublicSite.licenseName))
        }
    }

    func updates(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await cached(request, context) {
            try PublicBody.json(
                ListDTO(items: try await PublicQueries.updates(limit: 200, on: sql).map { Self.dto($0) }, license: PublicSite.licenseName))
        }
    }
}
