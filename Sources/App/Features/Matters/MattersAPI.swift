import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// /api/v1 for supervision matters: the ledger with the page's filters, a matter with its chain, raising one, its steps
/// and requests for more time — the same guard and service as the pages, by the token's user.
struct MattersAPI: APIHandlers {
    let services: AppServices

    struct CreateInput: Decodable {
        var subject: String?
        var level: String?
        var source: String?
        var instructionText: String?
        var instructedBy: String?
        var instructedOn: String?
        var meetingReference: String?
        var findingId: Int?
        var leadUnitId: Int?
        var coUnitIds: [Int]?
        var responsibleLeader: String?
        var deadline: String?
        var requiredResult: String?
        var itemIds: [Int]?
    }
    struct StepInput: Decodable {
        var version: Int?
        var action: String?
        var comment: String?
    }
    struct ExtensionInput: Decodable {
        var version: Int?
        var requestedDeadline: String?
        var reason: String?
    }
    struct DecisionInput: Decodable {
        var version: Int?
        var decision: String?
        var comment: String?
    }

    /// A matter as the API shows it: the stored facts, its units and its light today.
    struct MatterDTO: Encodable {
        var id: Int
        var jurisdictionId: Int
        var subject: String
        var level: String
        var source: String
        var instructionText: String
        var instructedBy: String
        var instructedOn: String?
        var meetingReference: String
        var findingId: Int?
        var leadUnitId: Int
        var coUnitIds: [Int]
        var responsibleLeader: String
        var originalDeadline: String
        var deadline: String
        var delayCount: Int
        var requiredResult: String
        var state: String
        var light: String
        /// The worst current judgement (研判) among the matter's items; nil when none is judged.
        var itemsJudgement: String?
        var openedOn: String
        var closedOn: String?
        var createdBy: String
        var version: Int

        init(_ m: MatterRecord, units: [MatterUnitRecord], judgement: JudgementRating?, today: LocalDate) {
            id = m.id
            jurisdictionId = m.jurisdictionId
            subject = m.subject
            level = m.level
            source = m.sourceKind
            instructionText = m.instructionText
            instructedBy = m.instructedBy
            instructedOn = m.instructedOn
            meetingReference = m.meetingReference
            findingId = m.findingId
            leadUnitId = m.leadUnitId
            coUnitIds = units.filter { !$0.isLead }.map(\.unitId)
            responsibleLeader = m.responsibleLeader
            originalDeadline = m.originalDeadline
            deadline = m.deadline
            delayCount = m.delayCount
            requiredResult = m.requiredResult
            state = m.state
            light = m.light(today: today).rawValue
            itemsJudgement = judgement?.rawValue
            openedOn = m.openedOn
            closedOn = m.closedOn
            createdBy = m.createdBy
            version = m.version
        }
    }
    struct StepDTO: Encodable {
        var action: String
        var actor: String
        var actorName: String
        var at: String
        var comment: String
    }
    struct ExtensionDTO: Encodable {
        var id: Int
        var currentDeadline: String
        var requestedDeadline: String
        var reason: String
        var state: String
        var requestedBy: String
        var requestedAt: String
        var decidedBy: String?
        var decidedAt: String?
        var decisionComment: String

        init(_ e: MatterExtensionRecord) {
            id = e.id
            currentDeadline = e.currentDeadline
            requestedDeadline = e.requestedDeadline
            reason = e.reason
            state = e.state
            requestedBy = e.requestedBy
            requestedAt = e.requestedAt
            decidedBy = e.decidedBy
            decidedAt = e.decidedAt
            decisionComment = e.decisionComment
        }
    }
    struct AmendmentDTO: Encodable {
        var oldDeadline: String?
        var newDeadline: String
        var reason: String
        var changedBy: String
        var approvedBy: String?
        var changedAt: String
    }
    struct DetailDTO: Encodable {
        var matter: MatterDTO
        var itemIds: [Int]
        var steps: [StepDTO]
        var extensions: [ExtensionDTO]
        var amendments: [AmendmentDTO]
        /// The steps the token's user may take now.
        var actions: [String]
    }
    struct ListDTO: Encodable {
        var items: [MatterDTO]
        var total: Int
        var page: Int
        var perPage: Int
    }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("/matters") { request, context in
            let guarded = try AccessGuard(context, sql: sql)
            let params = request.queryMultiMap
            try QueryString.rejectNUL(params)
            let filter = try MatterFilter.parse(params)
            if let jid = filter.jurisdictionId { _ = try await guarded.readJurisdiction(jid) }
            if let unit = filter.unitId { _ = try await guarded.readUnit(unit) }
            let today = services.clock.today
            let page = try await MatterQueries.page(filter, principal: guarded.principal, today: today, on: sql)
            return try APIResponse.json(
                ListDTO(
                    items: page.rows.map { MatterDTO($0, units: page.units[$0.id] ?? [], judgement: page.judgements[$0.id], today: today) },
                    total: page.total,
                    page: filter.page, perPage: filter.perPage))
        }
        group.get("/matters/:id") { _, context in
            try APIResponse.json(try await detail(try id(context), context))
        }
        group.post("/matters") { request, context in
            try AccessGuard(context, sql: sql).requireMatterRaiser()
            let input = try await decode(CreateInput.self, request, context)
            let draft = MatterDraft(
                subject: input.subject ?? "", level: input.level ?? MatterLevel.general.rawValue, source: input.source ?? "",
                instructionText: input.instructionText ?? "", instructedBy: input.instructedBy ?? "", instructedOn: input.instructedOn ?? "",
                meetingReference: input.meetingReference ?? "", findingId: input.findingId, leadUnitId: input.leadUnitId,
                coUnitIds: input.coUnitIds ?? [], responsibleLeader: input.responsibleLeader ?? "", deadline: input.deadline ?? "",
                requiredResult: input.requiredResult ?? "", itemIds: input.itemIds ?? [])
            let saved = try await services.matters.create(draft, by: try context.requirePrincipal())
            return try APIResponse.json(try await detail(saved.id, context), status: .created)
        }
        group.post("/matters/:id/steps") { request, context in
            let matterId = try id(context)
            _ = try await AccessGuard(context, sql: sql).actOnMatter(matterId)
            let input = try await decode(StepInput.self, request, context)
            guard let action = input.action.flatMap(MatterAction.init(rawValue:)) else {
                throw AppError.validation([ValidationIssue(field: "action", code: input.action == nil ? .required : .invalidChoice)])
            }
            _ = try await services.matters.act(
                matterId, action, comment: input.comment ?? "", baseVersion: try version(input.version, request),
                by: try context.requirePrincipal())
            return try APIResponse.json(try await detail(matterId, context))
        }
        group.post("/matters/:id/extensions") { request, context in
            let matterId = try id(context)
            _ = try await AccessGuard(context, sql: sql).requestMatterExtension(matterId)
            let input = try await decode(ExtensionInput.self, request, context)
            let saved = try await services.matters.requestExtension(
                matterId, requestedDeadline: input.requestedDeadline ?? "", reason: input.reason ?? "",
                baseVersion: try version(input.version, request), by: try context.requirePrincipal())
            return try APIResponse.json(ExtensionDTO(saved), status: .created)
        }
        group.post("/matters/:id/extensions/decision") { request, context in
            let matterId = try id(context)
            _ = try await AccessGuard(context, sql: sql).decideMatterExtension(matterId)
            let input = try await decode(DecisionInput.self, request, context)
            guard let decision = input.decision, decision == "approve" || decision == "refuse" else {
                throw AppError.validation([ValidationIssue(field: "decision", code: input.decision == nil ? .required : .invalidChoice)])
            }
            _ = try await services.matters.decideExtension(
                matterId, approve: decision == "approve", comment: input.comment ?? "", baseVersion: try version(input.version, request),
                by: try context.requirePrincipal())
            return try APIResponse.json(try await detail(matterId, context))
        }
    }

    /// A matter the user may read, with its chain and what they may do now.
    private func detail(_ matterId: Int, _ context: AppRequestContext) async throws -> DetailDTO {
        let (m, units, actors) = try await AccessGuard(context, sql: sql).readMatter(matterId)
        return DetailDTO(
            matter: MatterDTO(
                m, units: units, judgement: try await MatterQueries.worstJudgements(of: [matterId], on: sql)[matterId], today: services.clock.today),
            itemIds: try await MatterQueries.itemIds(of: matterId, on: sql),
            steps: try await MatterQueries.steps(of: matterId, on: sql).map {
                StepDTO(action: $0.action, actor: $0.actor, actorName: $0.actorName, at: $0.at, comment: $0.comment)
            },
            extensions: try await MatterQueries.extensions(of: matterId, on: sql).map(ExtensionDTO.init),
            amendments: try await MatterQueries.amendments(of: matterId, on: sql).map {
                AmendmentDTO(
                    oldDeadline: $0.oldDeadline, newDeadline: $0.newDeadline, reason: $0.reason, changedBy: $0.changedBy,
                    approvedBy: $0.approvedBy, changedAt: $0.changedAt)
            },
            actions: Access.matterActions(state: m.matterState, actors: actors).map(\.rawValue))
    }
}
