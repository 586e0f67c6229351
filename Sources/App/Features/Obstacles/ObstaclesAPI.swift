import Foundation
import Hummingbird
import ReformCore

/// /api/v1 for obstacles, their escalations and consultations: the same guard and services as the pages.
struct ObstaclesAPI: APIHandlers {
    let services: AppServices

    struct RaiseInput: Decodable {
        var kind: String?
        var whatBlocks: String?
        var whatIsAsked: String?
        var askedOf: String?
    }
    struct StepInput: Decodable {
        var version: Int?
        var action: String?
        var decision: String?
        var departmentUnitId: Int?
        var comment: String?
    }
    struct EscalateInput: Decodable {
        var version: Int?
        var request: String?
        var toJurisdictionId: Int?
        var toUnitId: Int?
        var respondBy: String?
    }
    struct AnswerInput: Decodable {
        var version: Int?
        var answer: String?
    }
    struct ConsultationInput: Decodable {
        var title: String?
        var heldOn: String?
        var participants: String?
        var minutes: String?
        var obstacleIds: [Int]?
    }
    struct DecisionInput: Decodable {
        var version: Int?
        var text: String?
        var outcome: String?
        var obstacleId: Int?
        var deadline: String?
        var responsibleLeader: String?
    }

    struct ObstacleDTO: Encodable {
        var id: Int
        var itemId: Int
        var jurisdictionId: Int
        var unitId: Int
        var kind: String
        var whatBlocks: String
        var whatIsAsked: String
        var askedOf: String
        var state: String
        var decision: String?
        var departmentUnitId: Int?
        var consultationId: Int?
        var round: Int
        var answer: String
        var answeredBy: String
        var answeredOn: String?
        var raisedBy: String
        var raisedOn: String
        var version: Int

        init(_ o: ObstacleRecord) {
            id = o.id
            itemId = o.itemId
            jurisdictionId = o.jurisdictionId
            unitId = o.unitId
            kind = o.kind
            whatBlocks = o.whatBlocks
            whatIsAsked = o.whatIsAsked
            askedOf = o.askedOf
            state = o.state
            decision = o.decision
            departmentUnitId = o.departmentUnitId
            consultationId = o.consultationId
            round = o.round
            answer = o.answer
            answeredBy = o.answeredBy
            answeredOn = o.answeredOn
            raisedBy = o.raisedBy
            raisedOn = o.raisedOn
            version = o.version
        }
    }
    struct EscalationDTO: Encodable {
        var id: Int
        var round: Int
        var seq: Int
        var fromJurisdictionId: Int
        var toJurisdictionId: Int
        var toUnitId: Int?
        var request: String
        var sentOn: String
        var respondBy: String
        var state: String
        var answer: String
        var answeredOn: String?
        var answeredBy: String
        var sentBy: String

        init(_ e: EscalationRecord) {
            id = e.id
            round = e.round
            seq = e.seq
            fromJurisdictionId = e.fromJurisdictionId
            toJurisdictionId = e.toJurisdictionId
            toUnitId = e.toUnitId
            request = e.request
            sentOn = e.sentOn
            respondBy = e.respondBy
            state = e.state
            answer = e.answer
            answeredOn = e.answeredOn
            answeredBy = e.answeredBy
            sentBy = e.sentBy
        }
    }
    struct StepDTO: Encodable {
        var action: String
        var decision: String?
        var actor: String
        var actorName: String
        var at: String
        var comment: String
    }
    struct DetailDTO: Encodable {
        var obstacle: ObstacleDTO
        var escalations: [EscalationDTO]
        var steps: [StepDTO]
        /// The steps the token's user may take now (`escalate` when they may send it one level up).
        var actions: [String]
    }
    struct ListDTO: Encodable {
        var items: [ObstacleDTO]
        var total: Int
        var page: Int
        var perPage: Int
    }
    struct ConsultationDTO: Encodable {
        var id: Int
        var jurisdictionId: Int
        var title: String
        var heldOn: String
        var participants: String
        var minutes: String
        var createdBy: String
        var version: Int

        init(_ c: ConsultationRecord) {
            id = c.id
            jurisdictionId = c.jurisdictionId
            title = c.title
            heldOn = c.heldOn
            participants = c.participants
            minutes = c.minutes
            createdBy = c.createdBy
            version = c.version
        }
    }
    struct DecisionDTO: Encodable {
        var id: Int
        var obstacleId: Int?
        var text: String
        var outcome: String
        var matterId: Int?
        var itemId: Int?
        var recordedBy: String
        var recordedAt: String

        init(_ d: ConsultationDecisionRecord) {
            id = d.id
            obstacleId = d.obstacleId
            text = d.text
            outcome = d.outcome
            matterId = d.outcome == "matter" ? d.outcomeId : nil
            itemId = d.outcome == "item" ? d.outcomeId : nil
            recordedBy = d.recordedBy
            recordedAt = d.recordedAt
        }
    }
    struct ConsultationDetailDTO: Encodable {
        var consultation: ConsultationDTO
        var obstacleIds: [Int]
        var decisions: [DecisionDTO]
    }
    struct ConsultationListDTO: Encodable {
        var items: [ConsultationDTO]
    }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("/obstacles") { request, context in
            let guarded = try AccessGuard(context, sql: sql)
            let params = request.queryMultiMap
            try QueryString.rejectNUL(params)
            let filter = try ObstacleFilter.parse(params)
            if let jid = filter.jurisdictionId { _ = try await guarded.readJurisdiction(jid) }
            if let unit = filter.unitId { _ = try await guarded.readUnit(unit) }
            let page = try await ObstacleQueries.page(filter, principal: guarded.principal, on: sql)
            return try APIResponse.json(
                ListDTO(items: page.rows.map(ObstacleDTO.init), total: page.total, page: filter.page, perPage: filter.perPage))
        }
        group.get("/obstacles/:id") { _, context in
            try APIResponse.json(try await detail(try id(context), context))
        }
        group.post("/items/:id/obstacles") { request, context in
            let itemId = try id(context)
            _ = try await AccessGuard(context, sql: sql).raiseObstacle(onItem: itemId)
            let input = try await decode(RaiseInput.self, request, context)
            let saved = try await services.obstacles.raise(
                itemId: itemId,
                .init(kind: input.kind ?? "", whatBlocks: input.whatBlocks ?? "", whatIsAsked: input.whatIsAsked ?? "", askedOf: input.askedOf ?? ""),
                by: try context.requirePrincipal())
            return try APIResponse.json(try await detail(saved.id, context), status: .created)
        }
        group.post("/obstacles/:id/steps") { request, context in
            let obstacleId = try id(context)
            _ = try await AccessGuard(context, sql: sql).actOnObstacle(obstacleId)
            let input = try await decode(StepInput.self, request, context)
            guard let action = input.action.flatMap(ObstacleAction.init(rawValue:)) else {
                throw AppError.validation([ValidationIssue(field: "action", code: input.action == nil ? .required : .invalidChoice)])
            }
            _ = try await services.obstacles.act(
                obstacleId, action, decision: input.decision, departmentUnitId: input.departmentUnitId, comment: input.comment ?? "",
                baseVersion: try version(input.version, request), by: try context.requirePrincipal())
            return try APIResponse.json(try await detail(obstacleId, context))
        }
        group.post("/obstacles/:id/escalations") { request, context in
            let obstacleId = try id(context)
            _ = try await AccessGuard(context, sql: sql).escalateObstacle(obstacleId)
            let input = try await decode(EscalateInput.self, request, context)
            _ = try await services.obstacles.escalate(
                obstacleId, request: input.request ?? "", toJurisdictionId: input.toJurisdictionId, toUnitId: input.toUnitId,
                respondBy: input.respondBy ?? "", baseVersion: try version(input.version, request), by: try context.requirePrincipal())
            return try APIResponse.json(try await detail(obstacleId, context), status: .created)
        }
        group.post("/escalations/:id/answer") { request, context in
            let hop = try await AccessGuard(context, sql: sql).answerEscalation(try id(context))
            let input = try await decode(AnswerInput.self, request, context)
            _ = try await services.obstacles.answerEscalation(
                hop.id, answer: input.answer ?? "", baseVersion: try version(input.version, request), by: try context.requirePrincipal())
            return try APIResponse.json(try await detail(hop.obstacleId, context))
        }
        group.get("/consultations") { _, context in
            let principal = try context.requirePrincipal()
            var rows: [ConsultationRecord] = []
            if !principal.role.isUnitRole { rows = try await ObstacleQueries.consultations(principal: principal, on: sql) }
            return try APIResponse.json(ConsultationListDTO(items: rows.map(ConsultationDTO.init)))
        }
        group.get("/consultations/:id") { _, context in
            try APIResponse.json(try await consultationDetail(try id(context), context))
        }
        group.post("/consultations") { request, context in
            try await AccessGuard(context, sql: sql).holdConsultation()
            let input = try await decode(ConsultationInput.self, request, context)
            let saved = try await services.consultations.create(
                .init(
                    title: input.title ?? "", heldOn: input.heldOn ?? "", participants: input.participants ?? "", minutes: input.minutes ?? "",
                    obstacleIds: input.obstacleIds ?? []), by: try context.requirePrincipal())
            return try APIResponse.json(try await consultationDetail(saved.id, context), status: .created)
        }
        group.post("/consultations/:id/decisions") { request, context in
            let consultationId = try id(context)
            try await AccessGuard(context, sql: sql).holdConsultation(consultationId)
            let input = try await decode(DecisionInput.self, request, context)
            let saved = try await services.consultations.recordDecision(
                consultationId, text: input.text ?? "", obstacleId: input.obstacleId, outcome: input.outcome ?? "", deadline: input.deadline ?? "",
                responsibleLeader: input.responsibleLeader ?? "", baseVersion: try version(input.version, request),
                by: try context.requirePrincipal())
            return try APIResponse.json(DecisionDTO(saved), status: .created)
        }
    }

    private func detail(_ obstacleId: Int, _ context: AppRequestContext) async throws -> DetailDTO {
        let (o, hops, actors) = try await AccessGuard(context, sql: sql).readObstacle(obstacleId)
        var actions = Access.obstacleActions(state: o.obstacleState, actors: actors).map(\.rawValue)
        if Access.canEscalate(state: o.obstacleState, actors: actors) { actions.append("escalate") }
        return DetailDTO(
            obstacle: ObstacleDTO(o), escalations: hops.map(EscalationDTO.init),
            steps: try await ObstacleQueries.steps(of: obstacleId, on: sql).map {
                StepDTO(action: $0.action, decision: $0.decision, actor: $0.actor, actorName: $0.actorName, at: $0.at, comment: $0.comment)
            },
            actions: actions)
    }

    private func consultationDetail(_ consultationId: Int, _ context: AppRequestContext) async throws -> ConsultationDetailDTO {
        let c = try await AccessGuard(context, sql: sql).readConsultation(consultationId)
        return ConsultationDetailDTO(
            consultation: ConsultationDTO(c), obstacleIds: try await ObstacleQueries.obstacleIds(ofConsultation: c.id, on: sql),
            decisions: try await ObstacleQueries.decisions(ofConsultation: c.id, on: sql).map(DecisionDTO.init))
    }
}
