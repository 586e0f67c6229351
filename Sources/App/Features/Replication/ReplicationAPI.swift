import Foundation
import Hummingbird
import ReformCore

/// /api/v1 for the replication library: experiences (filters, paging), one with its sources and adoptions, recording an
/// adoption, the export and the import with its dry run.
struct ReplicationAPI: APIHandlers {
    let services: AppServices

    struct ExperienceBody: Decodable {
        var version: Int?
        var batch: Int?
        var number: Int?
        var title: String?
        var summary: String?
        var jurisdictionId: Int?
        var publisher: String?
        var publishedOn: String?
        var planItemIds: [Int]?
        var evaluationSubjectIds: [Int]?

        var input: ReplicationService.ExperienceInput {
            .init(
                batch: batch.map(String.init) ?? "", number: number.map(String.init) ?? "", title: title ?? "", summary: summary ?? "",
                jurisdictionId: jurisdictionId, publisher: publisher ?? "", publishedOn: publishedOn ?? "", planItemIds: planItemIds ?? [],
                evaluationSubjectIds: evaluationSubjectIds ?? [])
        }
    }
    struct AdoptionBody: Decodable {
        var jurisdictionId: Int?
        var adoptedOn: String?
        var method: String?
        var result: String?
    }
    struct ImportBody: Decodable {
        var filename: String?
        var content: String?
        var dryRun: Bool?
    }

    struct AdoptionDTO: Encodable {
        var jurisdictionId: Int
        var adoptedOn: String
        var method: String
        var result: String
        var actor: String
        var recordedAt: String

        init(_ a: AdoptionRecord) {
            jurisdictionId = a.jurisdictionId
            adoptedOn = a.adoptedOn
            method = a.method
            result = a.result
            actor = a.actor
            recordedAt = a.recordedAt
        }
    }
    struct ExperienceDTO: Encodable {
        var id: Int
        var batch: Int
        var number: Int
        var title: String
        var summary: String
        var jurisdictionId: Int
        var publisher: String
        var publishedOn: String
        var adoptionCount: Int
        var planItemIds: [Int]?
        var evaluationSubjectIds: [Int]?
        var adoptions: [AdoptionDTO]?
        var version: Int

        init(_ e: ExperienceRecord, sources: [ExperienceSourceRecord]? = nil, adoptions: [AdoptionRecord]? = nil) {
            id = e.id
            batch = e.batch
            number = e.number
            title = e.title
            summary = e.summary
            jurisdictionId = e.jurisdictionId
            publisher = e.publisher
            publishedOn = e.publishedOn
            adoptionCount = e.adoptions
            planItemIds = sources?.filter { $0.kind == "plan_item" }.map(\.refId)
            evaluationSubjectIds = sources?.filter { $0.kind == "evaluation_subject" }.map(\.refId)
            self.adoptions = adoptions?.map(AdoptionDTO.init)
            version = e.version
        }
    }
    struct PageDTO: Encodable {
        var items: [ExperienceDTO]
        var total: Int
        var page: Int
        var pageSize: Int
        var hasNext: Bool
    }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("/experiences") { request, context in
            let (f, originPath, adoptedPath) = try await ReplicationPages.filter(request, context, sql: sql)
            let (rows, hasNext) = try await ReplicationQueries.page(f, originPath: originPath, adoptedPath: adoptedPath, on: sql)
            return try APIResponse.json(
                PageDTO(
                    items: rows.map { ExperienceDTO($0) },
                    total: try await ReplicationQueries.count(f, originPath: originPath, adoptedPath: adoptedPath, on: sql),
                    page: f.page, pageSize: ReplicationFilter.pageSize, hasNext: hasNext))
        }
        group.post("/experiences") { request, context in
            let p = try context.requirePrincipal()
            try Access.require(Access.canEditExperience(in: p.jurisdictionPath, p), "replication_edit")
            let b = try await decode(ExperienceBody.self, request, context)
            let e = try await services.replication.createExperience(b.input, by: p)
            return try APIResponse.json(try await dto(e), status: .created)
        }
        group.get("/experiences/:id") { _, context in
            try APIResponse.json(try await dto(try await readable(context)))
        }
        group.put("/experiences/:id") { request, context in
            let p = try context.requirePrincipal()
            let e = try await ReplicationService.editable(try id(context), p, on: sql)
            let b = try await decode(ExperienceBody.self, request, context)
            let updated = try await services.replication.updateExperience(e.id, b.input, baseVersion: try version(b.version, request), by: p)
            return try APIResponse.json(try await dto(updated))
        }
        group.delete("/experiences/:id") { request, context in
            let p = try context.requirePrincipal()
            let e = try await ReplicationService.editable(try id(context), p, on: sql)
            try await services.replication.deleteExperience(e.id, baseVersion: try deleteVersion(request), by: p)
            return try APIResponse.json(APIModels.DeleteResult(deleted: e.id))
        }
        group.delete("/experience-adoptions/:id") { _, context in
            let p = try context.requirePrincipal()
            let (_, a) = try await ReplicationService.readableAdoption(try id(context), p, on: sql)
            try Access.require(Access.canRecordAdoption(in: a.jurisdictionPath, p), "replication_adopt")
            try await services.replication.deleteAdoption(a.id, by: p)
            return try APIResponse.json(APIModels.DeleteResult(deleted: a.id))
        }
        group.post("/experiences/:id/adoptions") { request, context in
            let p = try context.requirePrincipal()
            let e = try await readable(context)
            try Access.require(Access.canRecordAdoption(in: p.jurisdictionPath, p), "replication_adopt")
            let b = try await decode(AdoptionBody.self, request, context)
            let a = try await services.replication.recordAdoption(
                e.id, .init(jurisdictionId: b.jurisdictionId, adoptedOn: b.adoptedOn ?? "", method: b.method ?? "", result: b.result ?? ""), by: p)
            return try APIResponse.json(AdoptionDTO(a), status: .created)
        }
        group.get("/experience-export") { request, context in
            let format = request.uri.queryParameters.get("format") ?? "xlsx"
            guard format == "xlsx" || format == "csv" else {
                throw AppError.badRequest(parameter: "format", message: "expected xlsx or csv, got \(format.prefix(40))")
            }
            return try await ReplicationPages(services: services).export(request, context, format: format)
        }
        group.post("/experience-import") { request, context in
            let p = try context.requirePrincipal()
            try Access.require(Access.seesReplication(p) && Access.canEditExperience(in: p.jurisdictionPath, p), "replication_edit")
            let b = try await decode(ImportBody.self, request, context)
            guard let raw = b.content, let data = Data(base64Encoded: raw), !data.isEmpty else {
                throw AppError.validation([ValidationIssue(field: "content", code: .fileEmpty)])
            }
            guard data.count <= AuthorizationPages.maxUploadBytes else {
                throw AppError.validation([
                    ValidationIssue(field: "content", code: .fileTooLarge, limit: AuthorizationPages.maxUploadBytes / 1_048_576)
                ])
            }
            let report = try await services.replication.importExperiences(
                data: data, filename: b.filename ?? "experiences.xlsx", dryRun: b.dryRun ?? true, language: context.language, by: p)
            return try APIResponse.json(report, status: report.ok ? (report.dryRun ? .ok : .created) : .unprocessableContent)
        }
    }

    func readable(_ context: AppRequestContext) async throws -> ExperienceRecord {
        let p = try context.requirePrincipal()
        let experienceId = try id(context)
        guard Access.seesReplication(p), let e = try await ReplicationQueries.experience(experienceId, on: sql) else {
            throw AppError.notFound(entity: "experience", id: String(experienceId))
        }
        return e
    }

    func dto(_ e: ExperienceRecord) async throws -> ExperienceDTO {
        ExperienceDTO(
            e, sources: try await ReplicationQueries.sources(of: [e.id], on: sql),
            adoptions: try await ReplicationQueries.adoptions(of: e.id, on: sql))
    }
}
