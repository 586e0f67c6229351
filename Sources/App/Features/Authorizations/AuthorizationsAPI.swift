import Foundation
import Hummingbird
import ReformCore

/// /api/v1 for the authorization register: batches, items with their landing history, the counts as of a day, the export
/// and the import with its dry run. The same service, filters and access rules as the pages.
struct AuthorizationsAPI: APIHandlers {
    let services: AppServices

    struct BatchBody: Decodable {
        var jurisdictionId: Int?
        var ordinal: Int?
        var title: String?
        var issuer: String?
        var docNumber: String?
        var issuedOn: String?
    }
    struct ItemBody: Decodable {
        var version: Int?
        var batchId: Int?
        var jurisdictionId: Int?
        var number: Int?
        var area: String?
        var content: String?
        var grantingBody: String?
        var legalBasis: String?
        var needsLawChange: Bool?
        var lawChange: String?
        var approvalMode: String?
        var remarks: String?
        var planItemIds: [Int]?
        var landingStatus: String?
        var statusOn: String?

        var input: AuthorizationService.ItemInput {
            .init(
                jurisdictionId: jurisdictionId, number: number.map(String.init) ?? "", area: area ?? "", content: content ?? "",
                grantingBody: grantingBody ?? "", legalBasis: legalBasis ?? "", needsLawChange: needsLawChange ?? false, lawChange: lawChange ?? "",
                approvalMode: approvalMode ?? "", remarks: remarks ?? "", planItemIds: planItemIds ?? [], landingStatus: landingStatus ?? "",
                statusOn: statusOn ?? "")
        }
    }
    struct StatusBody: Decodable {
        var version: Int?
        var landingStatus: String?
        var effectiveOn: String?
        var note: String?
    }
    struct ImportBody: Decodable {
        var filename: String?
        var content: String?
        var dryRun: Bool?
    }

    struct BatchDTO: Encodable {
        var id: Int
        var jurisdictionId: Int
        var ordinal: Int
        var title: String
        var issuer: String
        var docNumber: String
        var issuedOn: String
        var version: Int

        init(_ b: AuthorizationBatchRecord) {
            id = b.id
            jurisdictionId = b.jurisdictionId
            ordinal = b.ordinal
            title = b.title
            issuer = b.issuer
            docNumber = b.docNumber
            issuedOn = b.issuedOn
            version = b.version
        }
    }
    struct BatchListDTO: Encodable {
        var items: [BatchDTO]
    }
    struct ChangeDTO: Encodable {
        var landingStatus: String
        var effectiveOn: String
        var note: String
        var actor: String
        var recordedAt: String
    }
    struct ItemDTO: Encodable {
        var id: Int
        var batchId: Int
        var jurisdictionId: Int
        var number: Int
        var area: String
        var content: String
        var grantingBody: String
        var legalBasis: String
        var needsLawChange: Bool
        var lawChange: String
        var approvalMode: String
        var landingStatus: String
        var statusOn: String
        var remarks: String
        var planItemIds: [Int]
        var history: [ChangeDTO]?
        var version: Int

        init(_ r: AuthorizationItemRecord, links: [Int], history: [AuthorizationStatusChangeRecord]?) {
            id = r.id
            batchId = r.batchId
            jurisdictionId = r.jurisdictionId
            number = r.number
            area = r.area
            content = r.content
            grantingBody = r.grantingBody
            legalBasis = r.legalBasis
            needsLawChange = r.needsLawChange
            lawChange = r.lawChange
            approvalMode = r.approvalMode
            landingStatus = r.status
            statusOn = r.statusOn
            remarks = r.remarks
            planItemIds = links
            self.history = history?.map {
                ChangeDTO(landingStatus: $0.status, effectiveOn: $0.effectiveOn, note: $0.note, actor: $0.actor, recordedAt: $0.recordedAt)
            }
            version = r.version
        }
    }
    struct PageDTO: Encodable {
        var items: [ItemDTO]
        var total: Int
        var page: Int
        var pageSize: Int
        var hasNext: Bool
    }
    struct CountDTO: Encodable {
        var key: String?
        var label: String?
        var total: Int
        var landed: Int
        var progressing: Int
        var notLanded: Int
        var byStatus: [String: Int]

        init(_ c: LandingCount, key: String? = nil, label: String? = nil) {
            self.key = key
            self.label = label
            total = c.total
            landed = c.landed
            progressing = c.progressing
            notLanded = c.notLanded
            byStatus = Dictionary(uniqueKeysWithValues: LandingStatus.allCases.map { ($0.rawValue, c.byStatus[$0] ?? 0) })
        }
    }
    struct CountsDTO: Encodable {
        var asOf: String
        var all: CountDTO
        var byBatch: [CountDTO]
        var byArea: [CountDTO]
    }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("/authorization-batches") { _, context in
            let p = try context.requirePrincipal()
            let list = try await AuthorizationQueries.batches(scope: Access.authorizationScope(p), on: sql)
            return try APIResponse.json(BatchListDTO(items: list.map(BatchDTO.init)))
        }
        group.post("/authorization-batches") { request, context in
            let p = try context.requirePrincipal()
            try Access.require(Access.canEditAuthorizations(in: p.jurisdictionPath, p), "authorization_edit")
            let b = try await decode(BatchBody.self, request, context)
            let batch = try await services.authorizations.createBatch(
                .init(
                    jurisdictionId: b.jurisdictionId, ordinal: b.ordinal.map(String.init) ?? "", title: b.title ?? "", issuer: b.issuer ?? "",
                    docNumber: b.docNumber ?? "", issuedOn: b.issuedOn ?? ""),
                by: p)
            return try APIResponse.json(BatchDTO(batch), status: .created)
        }
        group.post("/authorization-batches/:id/import") { request, context in
            let p = try context.requirePrincipal()
            let batch = try await AuthorizationService.editableBatch(try id(context), p, on: sql)
            let b = try await decode(ImportBody.self, request, context)
            guard let raw = b.content, let data = Data(base64Encoded: raw), !data.isEmpty else {
                throw AppError.validation([ValidationIssue(field: "content", code: .fileEmpty)])
            }
            guard data.count <= AuthorizationPages.maxUploadBytes else {
                throw AppError.validation([
                    ValidationIssue(field: "content", code: .fileTooLarge, limit: AuthorizationPages.maxUploadBytes / 1_048_576)
                ])
            }
            let report = try await services.authorizations.importItems(
                batchId: batch.id, data: data, filename: b.filename ?? "import.xlsx", dryRun: b.dryRun ?? true, language: context.language, by: p)
            return try APIResponse.json(report, status: report.ok ? (report.dryRun ? .ok : .created) : .unprocessableContent)
        }
        group.get("/authorizations") { request, context in
            let (f, scope, path) = try await AuthorizationPages.scope(request, context, sql: sql)
            let (rows, hasNext) = try await AuthorizationQueries.page(f, scope: scope, jurisdictionPath: path, on: sql)
            let links = try await linkMap(rows.map(\.id))
            return try APIResponse.json(
                PageDTO(
                    items: rows.map { ItemDTO($0, links: links[$0.id] ?? [], history: nil) },
                    total: try await AuthorizationQueries.count(f, scope: scope, jurisdictionPath: path, on: sql), page: f.page,
                    pageSize: AuthorizationFilter.pageSize, hasNext: hasNext))
        }
        group.post("/authorizations") { request, context in
            let p = try context.requirePrincipal()
            try Access.require(Access.canEditAuthorizations(in: p.jurisdictionPath, p), "authorization_edit")
            let b = try await decode(ItemBody.self, request, context)
            guard let batchId = b.batchId else { throw AppError.validation([ValidationIssue(field: "batchId", code: .required)]) }
            let batch = try await AuthorizationService.editableBatch(batchId, p, on: sql)
            let item = try await services.authorizations.createItem(batchId: batch.id, b.input, by: p)
            return try APIResponse.json(try await dto(item), status: .created)
        }
        group.get("/authorization-export") { request, context in
            let format = request.uri.queryParameters.get("format") ?? "xlsx"
            guard format == "xlsx" || format == "csv" else {
                throw AppError.badRequest(parameter: "format", message: "expected xlsx or csv, got \(format.prefix(40))")
            }
            return try await AuthorizationPages(services: services).export(request, context, format: format)
        }
        group.get("/authorizations/:id") { _, context in
            try APIResponse.json(try await dto(try await readable(context)))
        }
        group.put("/authorizations/:id") { request, context in
            let item = try await readable(context)
            let p = try context.requirePrincipal()
            try Access.require(Access.canEditAuthorizations(in: item.jurisdictionPath, p), "authorization_edit")
            let b = try await decode(ItemBody.self, request, context)
            let updated = try await services.authorizations.updateItem(item.id, b.input, baseVersion: try version(b.version, request), by: p)
            return try APIResponse.json(try await dto(updated))
        }
        group.delete("/authorizations/:id") { request, context in
            let p = try context.requirePrincipal()
            let item = try await AuthorizationService.editableItem(try id(context), p, on: sql)
            try await services.authorizations.deleteItem(item.id, baseVersion: try deleteVersion(request), by: p)
            return try APIResponse.json(APIModels.DeleteResult(deleted: item.id))
        }
        group.post("/authorizations/:id/status") { request, context in
            let item = try await readable(context)
            let p = try context.requirePrincipal()
            try Access.require(Access.canEditAuthorizations(in: item.jurisdictionPath, p), "authorization_edit")
            let b = try await decode(StatusBody.self, request, context)
            let updated = try await services.authorizations.recordStatus(
                item.id, status: b.landingStatus ?? "", effectiveOn: b.effectiveOn ?? "", note: b.note ?? "",
                baseVersion: try version(b.version, request), by: p)
            return try APIResponse.json(try await dto(updated))
        }
        group.get("/authorization-counts") { request, context in
            let (f, scope, path) = try await AuthorizationPages.scope(request, context, sql: sql)
            let today = services.clock.today
            if let asOf = f.asOf, asOf > today { throw AppError.badRequest(parameter: "as_of", message: "a day after today") }
            let c = try await AuthorizationCounts.load(
                f, scope: scope, jurisdictionPath: path, asOf: f.asOf ?? today, today: today, series: false, cache: services.database.registerCache,
                on: sql)
            return try APIResponse.json(
                CountsDTO(
                    asOf: c.asOf.iso, all: CountDTO(c.all), byBatch: c.byBatch.map { CountDTO($0.count, key: $0.key, label: $0.label) },
                    byArea: c.byArea.map { CountDTO($0.count, key: $0.key, label: $0.label) }))
        }
    }

    func readable(_ context: AppRequestContext) async throws -> AuthorizationItemRecord {
        let p = try context.requirePrincipal()
        let itemId = try id(context)
        guard let item = try await AuthorizationQueries.item(itemId, on: sql), Access.seesAuthorization(item.jurisdictionPath, p) else {
            throw AppError.notFound(entity: "authorization", id: String(itemId))
        }
        return item
    }

    func linkMap(_ ids: [Int]) async throws -> [Int: [Int]] {
        Dictionary(grouping: try await AuthorizationQueries.planLinks(of: ids, on: sql), by: \.itemId).mapValues { $0.map(\.planItemId) }
    }

    func dto(_ item: AuthorizationItemRecord) async throws -> ItemDTO {
        ItemDTO(item, links: try await linkMap([item.id])[item.id] ?? [], history: try await AuthorizationQueries.history(of: item.id, on: sql))
    }
}
