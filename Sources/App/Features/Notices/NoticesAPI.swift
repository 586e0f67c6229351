import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// /api/v1 for notices and their numbering sequences: the same guard and service as the pages, by the token's user.
struct NoticesAPI: APIHandlers {
    let services: AppServices

    struct TemplateInput: Decodable {
        var title: String?
        var body: String?
        var version: Int?
    }
    struct TemplateDTO: Encodable {
        var kind: String
        var title: String
        var body: String
        /// own, inherited or standard.
        var origin: String
        /// The jurisdiction whose template it is (nil for the app's).
        var fromJurisdictionId: Int?
        /// The own template's version (0 when the jurisdiction has none: the version to save a first one with).
        var version: Int
    }
    struct TemplateListDTO: Encodable {
        var jurisdictionId: Int
        var items: [TemplateDTO]
    }
    struct UpdateInput: Decodable {
        var title: String?
        var body: String?
        var issuer: String?
        var signature: String?
        var recipientIds: [Int]?
        var version: Int?
    }
    struct CreateInput: Decodable {
        var kind: String?
        var source: String?
        var title: String?
        var body: String?
        var issuer: String?
        var signature: String?
        var recipientIds: [Int]?
    }
    struct IssueInput: Decodable {
        var version: Int?
        var recordCommendations: Bool?
    }
    struct SequenceInput: Decodable {
        var jurisdictionId: Int?
        var name: String?
        var prefix: String?
        var suffix: String?
        var kinds: [String]?
    }

    struct RecipientDTO: Encodable {
        var unitId: Int
        var name: String
        var signedAt: String?
        var signedBy: String?
    }
    struct NoticeDTO: Encodable {
        var id: Int
        var jurisdictionId: Int
        var kind: String
        var state: String
        var documentNumber: String?
        var year: Int?
        var number: Int?
        var source: String
        var title: String
        var body: String
        var issuer: String
        var signature: String
        var issuedOn: String?
        var issuedBy: String?
        var createdBy: String
        var version: Int
        var recipients: [RecipientDTO]

        init(_ n: NoticeRecord, recipients: [NoticeRecipientRecord]) {
            id = n.id
            jurisdictionId = n.jurisdictionId
            kind = n.kind
            state = n.state
            documentNumber = n.documentNumber
            year = n.year
            number = n.number
            source = "\(n.sourceType):\(n.sourceId)"
            title = n.title
            body = n.body
            issuer = n.issuer
            signature = n.signature
            issuedOn = n.issuedOn
            issuedBy = n.issuedBy
            createdBy = n.createdBy
            version = n.version
            self.recipients = recipients.map { RecipientDTO(unitId: $0.unitId, name: $0.name, signedAt: $0.signedAt, signedBy: $0.signedBy) }
        }
    }
    struct ListDTO: Encodable {
        var items: [NoticeDTO]
    }
    struct SequenceDTO: Encodable {
        var id: Int
        var jurisdictionId: Int
        var name: String
        var prefix: String
        var suffix: String
        var kinds: [String]
        var version: Int

        init(_ s: NoticeSequenceRecord) {
            id = s.id
            jurisdictionId = s.jurisdictionId
            name = s.name
            prefix = s.prefix
            suffix = s.suffix
            kinds = s.kinds
            version = s.version
        }
    }
    struct SequenceListDTO: Encodable {
        var items: [SequenceDTO]
    }

    /// A template's version is in the body only (0 for a jurisdiction's first, which has no row to carry an ETag).
    private func bodyVersion(_ v: Int?) throws -> Int {
        guard let v, v >= 0 else {
            throw AppError.badRequest(parameter: "version", message: "required: the version you read, 0 for a first template")
        }
        return v
    }

    /// Every kind's template in force for `jurisdiction`.
    private func templates(_ jurisdiction: JurisdictionRecord, _ context: AppRequestContext) async throws -> TemplateListDTO {
        let effective = try await NoticeTemplateStore.effective(
            jurisdictionId: jurisdiction.id, path: jurisdiction.path, context.language, on: sql)
        return TemplateListDTO(
            jurisdictionId: jurisdiction.id,
            items: effective.map {
                TemplateDTO(
                    kind: $0.kind.rawValue, title: $0.title, body: $0.body, origin: $0.origin.rawValue, fromJurisdictionId: $0.record?.jurisdictionId,
                    version: $0.origin == .own ? $0.record?.version ?? 0 : 0)
            })
    }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("/notices") { request, context in
            let guarded = try AccessGuard(context, sql: sql)
            let params = request.queryMultiMap
            try QueryString.rejectNUL(params)
            let unsignedOnly: Bool
            switch params["unsigned"]?.last {
            case nil, "false": unsignedOnly = false
            case "true": unsignedOnly = true
            default: throw AppError.badRequest(parameter: "unsigned", message: "expected true or false")
            }
            let notices =
                unsignedOnly
                ? try await NoticeQueries.unsigned(for: guarded.principal, on: sql) : try await NoticeQueries.list(for: guarded.principal, on: sql)
            let recipients = Dictionary(grouping: try await NoticeQueries.recipients(of: notices.map(\.id), on: sql), by: \.noticeId)
            return try APIResponse.json(ListDTO(items: notices.map { NoticeDTO($0, recipients: recipients[$0.id] ?? []) }))
        }
        group.get("/notices/:id") { _, context in
            let (n, recipients) = try await AccessGuard(context, sql: sql).readNotice(try id(context))
            return try APIResponse.json(NoticeDTO(n, recipients: recipients))
        }
        group.post("/notices") { request, context in
            try AccessGuard(context, sql: sql).requireNoticeIssuer()
            let input = try await decode(CreateInput.self, request, context)
            let saved = try await services.notices.createDraft(
                NoticeDraft(
                    kind: input.kind ?? "", source: input.source ?? "", title: input.title ?? "", body: input.body ?? "",
                    issuer: input.issuer ?? "", signature: input.signature ?? "", recipientIds: input.recipientIds ?? []),
                by: try context.requirePrincipal())
            return try APIResponse.json(
                NoticeDTO(saved, recipients: try await NoticeQueries.recipients(of: saved.id, on: sql)), status: .created)
        }
        group.patch("/notices/:id") { request, context in
            let noticeId = try id(context)
            let n = try await AccessGuard(context, sql: sql).issueNotice(noticeId)
            let input = try await decode(UpdateInput.self, request, context)
            let current = try await NoticeQueries.recipients(of: noticeId, on: sql).map(\.unitId)
            // Fields left out keep their value.
            let saved = try await services.notices.updateDraft(
                noticeId, title: input.title ?? n.title, body: input.body ?? n.body, issuer: input.issuer ?? n.issuer,
                signature: input.signature ?? n.signature, recipientIds: input.recipientIds ?? current,
                baseVersion: try version(input.version, request), by: try context.requirePrincipal())
            return try APIResponse.json(NoticeDTO(saved, recipients: try await NoticeQueries.recipients(of: noticeId, on: sql)))
        }
        group.delete("/notices/:id") { request, context in
            let noticeId = try id(context)
            _ = try await AccessGuard(context, sql: sql).issueNotice(noticeId)
            let header = try ifMatch(request)
            guard let v = try optionalInt(request.uri.queryParameters.get("version"), "version", min: 0) ?? header else {
                throw AppError.badRequest(parameter: "version", message: "required: the version you read (query ?version= or If-Match)")
            }
            try await services.notices.deleteDraft(noticeId, baseVersion: v, by: try context.requirePrincipal())
            return try APIResponse.json(APIModels.DeleteResult(deleted: noticeId))
        }
        group.post("/notices/:id/issue") { request, context in
            let noticeId = try id(context)
            _ = try await AccessGuard(context, sql: sql).issueNotice(noticeId)
            let input = try await decode(IssueInput.self, request, context)
            let issued = try await services.notices.issue(
                noticeId, baseVersion: try version(input.version, request), recordCommendations: input.recordCommendations ?? false,
                by: try context.requirePrincipal())
            return try APIResponse.json(NoticeDTO(issued, recipients: try await NoticeQueries.recipients(of: noticeId, on: sql)))
        }
        group.post("/notices/:id/receipt") { _, context in
            let noticeId = try id(context)
            _ = try await AccessGuard(context, sql: sql).signNotice(noticeId)
            let n = try await services.notices.sign(noticeId, by: try context.requirePrincipal())
            return try APIResponse.json(NoticeDTO(n, recipients: try await NoticeQueries.recipients(of: noticeId, on: sql)))
        }
        group.get("/notice-templates") { request, context in
            let guarded = try AccessGuard(context, sql: sql)
            try guarded.requireNoticeIssuer()
            var jurisdictionId = try optionalInt(request.uri.queryParameters.get("jurisdiction"), "jurisdiction")
            if jurisdictionId == nil { jurisdictionId = try await NoticeTemplateStore.defaultJurisdiction(for: guarded.principal, on: sql) }
            let jurisdiction = try await guarded.readJurisdiction(jurisdictionId!)
            return try APIResponse.json(try await templates(jurisdiction, context))
        }
        group.put("/notice-templates/:jurisdictionId/:kind") { request, context in
            let guarded = try AccessGuard(context, sql: sql)
            try guarded.requireNoticeIssuer()
            let jurisdiction = try await guarded.readJurisdiction(try context.parameters.require("jurisdictionId", as: Int.self))
            let kind = try context.parameters.require("kind")
            let input = try await decode(TemplateInput.self, request, context)
            _ = try await services.noticeTemplates.save(
                jurisdictionId: jurisdiction.id, kind: kind, title: input.title ?? "", body: input.body ?? "",
                baseVersion: try bodyVersion(input.version), by: try context.requirePrincipal())
            return try APIResponse.json(try await templates(jurisdiction, context))
        }
        group.delete("/notice-templates/:jurisdictionId/:kind") { request, context in
            let guarded = try AccessGuard(context, sql: sql)
            try guarded.requireNoticeIssuer()
            let jurisdiction = try await guarded.readJurisdiction(try context.parameters.require("jurisdictionId", as: Int.self))
            let header = try ifMatch(request)
            guard let v = try optionalInt(request.uri.queryParameters.get("version"), "version", min: 0) ?? header else {
                throw AppError.badRequest(parameter: "version", message: "required: the version you read (query ?version= or If-Match)")
            }
            try await services.noticeTemplates.revert(
                jurisdictionId: jurisdiction.id, kind: try context.parameters.require("kind"), baseVersion: v, by: try context.requirePrincipal())
            return try APIResponse.json(try await templates(jurisdiction, context))
        }
        group.get("/notice-sequences") { _, context in
            let guarded = try AccessGuard(context, sql: sql)
            try guarded.requireNoticeIssuer()
            return try APIResponse.json(
                SequenceListDTO(items: try await NoticeQueries.sequences(within: guarded.listScope, on: sql).map(SequenceDTO.init)))
        }
        group.post("/notice-sequences") { request, context in
            try AccessGuard(context, sql: sql).requireNoticeIssuer()
            let input = try await decode(SequenceInput.self, request, context)
            let saved = try await services.notices.createSequence(
                jurisdictionId: input.jurisdictionId, name: input.name ?? "", prefix: input.prefix ?? "", suffix: input.suffix ?? "number",
                kinds: input.kinds ?? [], by: try context.requirePrincipal())
            return try APIResponse.json(SequenceDTO(saved), status: .created)
        }
    }
}
