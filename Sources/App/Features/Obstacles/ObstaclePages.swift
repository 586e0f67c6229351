import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// The obstacles' pages: the queue (归口收集, and `?queue=escalated` for what waits on the reader's level), an obstacle with
/// its escalation chain and the forms the reader may use, and raising one from the item page.
struct ObstaclePages: PageHandlers {
    let services: AppServices

    // MARK: The queue

    func queue(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let guarded = try AccessGuard(context, sql: sql)
        let params = request.queryMultiMap
        try QueryString.rejectNUL(params)
        let filter = try ObstacleFilter.parse(params)
        if let jid = filter.jurisdictionId { _ = try await guarded.readJurisdiction(jid) }
        if let unit = filter.unitId { _ = try await guarded.readUnit(unit) }
        let page = try await ObstacleQueries.page(filter, principal: guarded.principal, on: sql)
        let rows = try await Self.rows(page.rows, today: services.clock.today, l, on: sql)
        let base = filter.queryItems(overriding: ["page": nil])
        let lastPage = max(1, (page.total + filter.perPage - 1) / filter.perPage)
        let tabs = ObstacleFilter.Queue.allCases.map { q in
            ObstacleQueueView.Tab(
                label: L10n.t("obstacle.queue." + q.rawValue, l), url: q == .collected ? "/obstacles" : "/obstacles?queue=\(q.rawValue)",
                active: q == filter.queue)
        }
        var view = ObstacleQueueView(
            tabs: tabs, queue: filter.queue == .collected ? "" : filter.queue.rawValue,
            hint: L10n.t("obstacle.queueHint." + filter.queue.rawValue, l),
            rows: rows, hasRows: !rows.isEmpty, totalText: L10n.fill("obstacle.total", l, String(page.total)),
            states: ObstacleState.allCases.map {
                .init(value: $0.rawValue, label: L10n.t("obstacleState." + $0.rawValue, l), checked: filter.states.contains($0))
            },
            kinds: ObstacleKind.allCases.map {
                .init(value: $0.rawValue, label: L10n.t("obstacleKind." + $0.rawValue, l), checked: filter.kinds.contains($0))
            },
            pageText: L10n.fill("obstacle.page", l, String(filter.page), String(lastPage)), hasPrev: filter.page > 1, hasNext: filter.page < lastPage,
            prevURL: filter.page > 1 ? "/obstacles?" + QueryString.encode(base + [("page", String(filter.page - 1))]) : "",
            nextURL: filter.page < lastPage ? "/obstacles?" + QueryString.encode(base + [("page", String(filter.page + 1))]) : "",
            resetURL: filter.queue == .collected ? "/obstacles" : "/obstacles?queue=\(filter.queue.rawValue)",
            canConsult: ConsultationService.canHold(guarded.principal))
        view.hasQueue = !view.queue.isEmpty
        return renderer.page(
            "obstacles/obstacles", title: L10n.t("obstacle.title", l), view: view, context: context, request: request,
            isDemo: page.rows.contains { $0.isDemo }, active: "obstacles")
    }

    static func rows(_ list: [ObstacleRecord], today: LocalDate, _ l: Language, on sql: any SQLDatabase) async throws -> [ObstacleQueueView.Row] {
        let items = Dictionary(uniqueKeysWithValues: try await ItemQueries.byIDs(list.map(\.itemId), on: sql).map { ($0.id, $0) })
        let units = Dictionary(uniqueKeysWithValues: try await UnitQueries.byIDs(Array(Set(list.map(\.unitId))), on: sql).map { ($0.id, $0) })
        let hops = Dictionary(grouping: try await ObstacleQueries.escalations(of: list.map(\.id), on: sql), by: \.obstacleId)
        return list.map { o in
            let pending = (hops[o.id] ?? []).last { $0.round == o.round && $0.isPending }
            let item = items[o.itemId]
            return ObstacleQueueView.Row(
                id: o.id, kind: L10n.t("obstacleKind." + o.kind, l), kindKey: o.kind, itemId: o.itemId,
                item: item.map { $0.number + $0.title } ?? "",
                unit: units[o.unitId].map { UnitNames.display(name: $0.name, shortNames: $0.shortNames) } ?? "",
                whatBlocks: o.whatBlocks, state: L10n.t("obstacleState." + o.state, l), stateKey: o.state, raisedOn: L10n.date(o.raisedOn, l),
                waitingOn: pending.map { ($0.toUnitName ?? $0.toName) } ?? "", respondBy: pending.map { L10n.date($0.respondBy, l) } ?? "",
                late: pending.map { today.iso > $0.respondBy } ?? false, waiting: pending != nil)
        }
    }

    // MARK: An obstacle

    func obstacle(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await obstaclePage(try context.parameters.require("id", as: Int.self), request: request, context: context)
    }

    /// POST /obstacles/{id}/steps: action, decision, departmentUnitId, comment, version.
    func step(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        _ = try await AccessGuard(context, sql: sql).actOnObstacle(id)
        let f = try await request.formData()
        guard let action = ObstacleAction(rawValue: f.string("action")) else {
            throw AppError.badRequest(
                parameter: "action", message: "expected one of \(ObstacleAction.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        do {
            _ = try await services.obstacles.act(
                id, action, decision: f.string("decision"), departmentUnitId: f.int("departmentUnitId"), comment: f.string("comment"),
                baseVersion: f.int("version") ?? 0, by: principal)
            return Response(status: .seeOther, headers: [.location: "/obstacles/\(id)"])
        } catch AppError.validation(let issues) {
            return try await obstaclePage(
                id, request: request, context: context, status: .unprocessableContent,
                form: .init(key: action == .decide ? "decide" : "step", issues: issues, values: f.fields))
        }
    }

    /// POST /obstacles/{id}/escalations: request, respondBy, toUnitId, version.
    func escalate(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        _ = try await AccessGuard(context, sql: sql).escalateObstacle(id)
        let f = try await request.formData()
        do {
            _ = try await services.obstacles.escalate(
                id, request: f.string("request"), toUnitId: f.int("toUnitId"), respondBy: f.string("respondBy"), baseVersion: f.int("version") ?? 0,
                by: principal)
            return Response(status: .seeOther, headers: [.location: "/obstacles/\(id)#chain"])
        } catch AppError.validation(let issues) {
            return try await obstaclePage(
                id, request: request, context: context, status: .unprocessableContent, form: .init(key: "escalate", issues: issues, values: f.fields))
        }
    }

    /// POST /escalations/{id}/answer: answer, version.
    func answerEscalation(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let hop = try await AccessGuard(context, sql: sql).answerEscalation(try context.parameters.require("id", as: Int.self))
        let f = try await request.formData()
        do {
            _ = try await services.obstacles.answerEscalation(hop.id, answer: f.string("answer"), baseVersion: f.int("version") ?? 0, by: principal)
            return Response(status: .seeOther, headers: [.location: "/obstacles/\(hop.obstacleId)#chain"])
        } catch AppError.validation(let issues) {
            return try await obstaclePage(
                hop.obstacleId, request: request, context: context, status: .unprocessableContent,
                form: .init(
                    key: "answer",
                    issues: issues.map { $0.field == "comment" ? ValidationIssue(field: "answer", code: $0.code, limit: $0.limit) : $0 },
                    values: f.fields))
        }
    }

    /// A form that failed: which one, its issues and what was typed.
    struct FailedForm {
        var key: String
        var issues: [ValidationIssue]
        var values: [String: [String]]
        func value(_ name: String) -> String { values[name]?.last ?? "" }
    }

    private func obstaclePage(
        _ id: Int, request: Request, context: AppRequestContext, status: HTTPResponse.Status = .ok, form: FailedForm? = nil
    ) async throws -> Response {
        let l = context.language
        let guarded = try AccessGuard(context, sql: sql)
        let (o, hops, actors) = try await guarded.readObstacle(id)
        let today = services.clock.today
        let state = o.obstacleState
        let item = try await ItemQueries.require(o.itemId, on: sql)
        let unit = try await UnitQueries.byIDs([o.unitId] + [o.departmentUnitId].compactMap { $0 }, on: sql)
        let pending = hops.last { $0.round == o.round && $0.isPending }
        let actions = Access.obstacleActions(state: state, actors: actors).filter { $0 != .decide && !($0 == .answer && state == .escalated) }
        let canDecide = Access.obstacleActions(state: state, actors: actors).contains(.decide)
        let canEscalate = Access.canEscalate(state: state, actors: actors)
        var escalateTarget = "", targetUnits: [ObstaclePageView.Choice] = []
        if canEscalate, let chain = try? ObstacleQueries.chain(o, hops: hops), let parent = JurisdictionPath.parent(of: chain.holderPath),
            let parentId = JurisdictionPath.ids(in: parent).last, let j = try await JurisdictionQueries.find(parentId, on: sql)
        {
            escalateTarget = j.name
            targetUnits = try await sql.all(
                UnitRecord.self,
                "SELECT id, jurisdiction_id, name, short_names, version, created_at, updated_at FROM units WHERE jurisdiction_id = \(bind: j.id) ORDER BY id LIMIT 300"
            ).map { .init(value: String($0.id), label: $0.name, selected: form?.value("toUnitId") == String($0.id)) }
        }
        var departments: [ObstaclePageView.Choice] = []
        if canDecide {
            departments = try await MatterQueries.unitOptions(within: guarded.listScope, on: sql).map {
                .init(value: String($0.id), label: $0.name, selected: form?.value("departmentUnitId") == String($0.id))
            }
        }
        func messages(_ key: String) -> String {
            guard let form, form.key == key else { return "" }
            return form.issues.map { L10n.issue($0, l, scope: "obstacle") }.joined(separator: "；")
        }
        let rounds = Self.rounds(hops, today: today, l)
        let trail = try await ObstacleQueries.steps(of: id, on: sql).map { s in
            ObstaclePageView.TrailRow(
                at: displayTime(s.at, l), actor: s.actorName, standing: L10n.t("supervisionActor." + s.actor, l),
                action: L10n.t("obstacle.step." + s.action, l)
                    + (s.decision.map { L10n.parenthesised(L10n.t("obstacleDecision." + $0, l), l) } ?? ""),
                comment: s.comment)
        }
        let standings = SupervisionActor.allCases.filter(actors.contains).map { L10n.t("supervisionActor." + $0.rawValue, l) }
        var view = ObstaclePageView(
            id: o.id, version: o.version, kind: L10n.t("obstacleKind." + o.kind, l), kindKey: o.kind, state: L10n.t("obstacleState." + o.state, l),
            stateKey: o.state, itemId: item.id, item: item.number + item.title, unit: unit.first { $0.id == o.unitId }?.name ?? "",
            whatBlocks: o.whatBlocks, whatIsAsked: o.whatIsAsked, askedOf: o.askedOf, hasAskedOf: !o.askedOf.isEmpty,
            decision: o.decision.map { L10n.t("obstacleDecision." + $0, l) } ?? "", hasDecision: o.decision != nil,
            department: unit.first { $0.id == o.departmentUnitId }?.name ?? "", hasDepartment: o.departmentUnitId != nil,
            answer: o.answer, hasAnswer: !o.answer.isEmpty, answeredBy: o.answeredBy, answeredOn: L10n.date(o.answeredOn, l),
            raisedBy: o.raisedBy, raisedOn: L10n.date(o.raisedOn, l), round: o.round, hasRounds: o.round > 1,
            rounds: rounds, hasChain: !rounds.isEmpty,
            standing: L10n.fill("obstacle.yourStanding", l, standings.joined(separator: "、")), hasStanding: !actors.isEmpty,
            canDecide: canDecide,
            decisions: ObstacleDecision.allCases.filter { $0 != .escalate && ObstacleFlow.next(state, .decide, decision: $0) != nil }.map {
                .init(value: $0.rawValue, label: L10n.t("obstacleDecision." + $0.rawValue, l), selected: form?.value("decision") == $0.rawValue)
            },
            departments: departments, decideError: messages("decide"),
            actions: actions.map { .init(action: $0.rawValue, label: L10n.t("obstacleAction." + $0.rawValue, l), needsComment: $0.requiresComment) },
            hasActions: !actions.isEmpty, stepError: messages("step"), comment: form?.key == "step" ? form!.value("comment") : "",
            canEscalate: canEscalate, escalateTarget: escalateTarget, targetUnits: targetUnits, hasTargetUnits: !targetUnits.isEmpty,
            escalateHint: L10n.fill("obstacle.escalateHint", l, escalateTarget, String(Escalation.defaultResponseDays)),
            defaultRespondBy: form?.key == "escalate" ? form!.value("respondBy") : Escalation.defaultRespondBy(sentOn: today).iso,
            request: form?.key == "escalate" ? form!.value("request") : "", escalateError: messages("escalate"),
            canAnswerEscalation: pending != nil && actors.contains(.higherLevel), pendingHopId: pending?.id ?? 0,
            answerError: messages("answer"), answerText: form?.key == "answer" ? form!.value("answer") : "",
            trail: trail)
        (view.hasDecideError, view.hasStepError) = (!view.decideError.isEmpty, !view.stepError.isEmpty)
        (view.hasEscalateError, view.hasAnswerError) = (!view.escalateError.isEmpty, !view.answerError.isEmpty)
        return renderer.page(
            "obstacles/obstacle", title: L10n.t("obstacleKind." + o.kind, l) + " · " + item.title, view: view, context: context, request: request,
            status: status, isDemo: o.isDemo, active: "obstacles")
    }

    /// The escalation chains, one per round, each hop with where it went and what came back.
    static func rounds(_ hops: [EscalationRecord], today: LocalDate, _ l: Language) -> [ObstaclePageView.Round] {
        Dictionary(grouping: hops, by: \.round).sorted { $0.key < $1.key }.map { round, list in
            ObstaclePageView.Round(
                label: L10n.fill("obstacle.round", l, String(round)),
                hops: list.sorted { $0.seq < $1.seq }.map { h in
                    ObstaclePageView.Hop(
                        seq: h.seq, from: h.fromName, to: h.toName + (h.toUnitName.map { "·" + $0 } ?? ""), request: h.request,
                        sentOn: L10n.date(h.sentOn, l), respondBy: L10n.date(h.respondBy, l), state: L10n.t("escalationHopState." + h.state, l),
                        stateKey: h.state, answer: h.answer, hasAnswer: !h.answer.isEmpty, answeredOn: L10n.date(h.answeredOn, l),
                        answeredBy: h.answeredBy, sentBy: h.sentBy, late: h.isPending && today.iso > h.respondBy)
                })
        }
    }

    // MARK: Raising one from the item page

    /// POST /items/{id}/obstacles: kind, whatBlocks, whatIsAsked, askedOf.
    func raise(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let itemId = try context.parameters.require("id", as: Int.self)
        let item = try await AccessGuard(context, sql: sql).raiseObstacle(onItem: itemId)
        let f = try await request.formData()
        let draft = ObstacleService.Draft(
            kind: f.string("kind"), whatBlocks: f.string("whatBlocks"), whatIsAsked: f.string("whatIsAsked"), askedOf: f.string("askedOf"))
        do {
            let saved = try await services.obstacles.raise(itemId: itemId, draft, by: principal)
            return Response(status: .seeOther, headers: [.location: "/obstacles/\(saved.id)"])
        } catch AppError.validation(let issues) {
            return try await ItemPages(services: services).itemPage(
                item, amendIssues: [], amendValues: [:], request: request, context: context, status: .unprocessableContent,
                sectionState: [ObstaclesFeature.sectionKey: ObstacleSectionState(draft: draft, issues: issues)])
        }
    }
}

/// What the raise form held when a post to it failed.
struct ObstacleSectionState: Sendable {
    var draft: ObstacleService.Draft
    var issues: [ValidationIssue]
}
