import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// The consultations' pages (会商): the list with the form to hold one on obstacles of the queue, and a consultation with
/// its obstacles, minutes and decisions (each may answer an obstacle or raise a matter).
struct ConsultationPages: PageHandlers {
    let services: AppServices

    func list(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await listPage(request: request, context: context)
    }

    /// POST /consultations: title, heldOn, participants, minutes, obstacleIds.
    func create(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        try await AccessGuard(context, sql: sql).holdConsultation()
        let f = try await request.formData()
        let draft = ConsultationService.Draft(
            title: f.string("title"), heldOn: f.string("heldOn"), participants: f.string("participants"), minutes: f.string("minutes"),
            obstacleIds: f.ints("obstacleIds"))
        do {
            let saved = try await services.consultations.create(draft, by: principal)
            return Response(status: .seeOther, headers: [.location: "/consultations/\(saved.id)"])
        } catch AppError.validation(let issues) {
            return try await listPage(request: request, context: context, status: .unprocessableContent, draft: draft, issues: issues)
        }
    }

    private func listPage(
        request: Request, context: AppRequestContext, status: HTTPResponse.Status = .ok, draft: ConsultationService.Draft? = nil,
        issues: [ValidationIssue] = []
    ) async throws -> Response {
        let l = context.language
        let principal = try context.requirePrincipal()
        // Consultations are the offices' meetings: a unit has none to list.
        var rows: [ConsultationRecord] = []
        if !principal.role.isUnitRole { rows = try await ObstacleQueries.consultations(principal: principal, on: sql) }
        let canHold = ConsultationService.canHold(principal)
        var open: [ObstacleRecord] = []
        if canHold {
            var filter = ObstacleFilter()
            filter.states = [.raised, .inHand, .handedOver, .inConsultation]
            filter.perPage = 200
            open = try await ObstacleQueries.page(filter, principal: principal, on: sql).rows
        }
        let openRows = try await ObstaclePages.rows(open, today: services.clock.today, l, on: sql)
        let view = ConsultationListView(
            rows: rows.map { .init(id: $0.id, title: $0.title, heldOn: L10n.date($0.heldOn, l), participants: $0.participants) },
            hasRows: !rows.isEmpty, canHold: canHold,
            obstacles: openRows.map { r in
                .init(
                    value: String(r.id), label: r.kind + " · " + r.whatBlocks + L10n.parenthesised(r.item + (l == .zh ? "，" : ", ") + r.state, l),
                    selected: draft?.obstacleIds.contains(r.id) ?? false)
            },
            hasObstacles: !openRows.isEmpty, title: draft?.title ?? "", heldOn: draft?.heldOn ?? services.clock.today.iso,
            participants: draft?.participants ?? "", minutes: draft?.minutes ?? "",
            errors: issues.map { L10n.issue($0, l, scope: "obstacle") }, hasErrors: !issues.isEmpty)
        return renderer.page(
            "obstacles/consultations", title: L10n.t("obstacle.consultations", l), view: view, context: context, request: request,
            status: status, active: "obstacles")
    }

    func consultation(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await consultationPage(try context.parameters.require("id", as: Int.self), request: request, context: context)
    }

    /// POST /consultations/{id}/decisions: text, outcome, obstacleId, deadline, responsibleLeader, version.
    func decide(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        try await AccessGuard(context, sql: sql).holdConsultation(id)
        let f = try await request.formData()
        do {
            _ = try await services.consultations.recordDecision(
                id, text: f.string("text"), obstacleId: f.int("obstacleId"), outcome: f.string("outcome"), deadline: f.string("deadline"),
                responsibleLeader: f.string("responsibleLeader"), baseVersion: f.int("version") ?? 0, by: principal)
            return Response(status: .seeOther, headers: [.location: "/consultations/\(id)#decisions"])
        } catch AppError.validation(let issues) {
            return try await consultationPage(id, request: request, context: context, status: .unprocessableContent, issues: issues, values: f.fields)
        }
    }

    private func consultationPage(
        _ id: Int, request: Request, context: AppRequestContext, status: HTTPResponse.Status = .ok, issues: [ValidationIssue] = [],
        values: [String: [String]] = [:]
    ) async throws -> Response {
        let l = context.language
        let guarded = try AccessGuard(context, sql: sql)
        let c = try await guarded.readConsultation(id)
        let obstacles = try await ObstacleQueries.byIDs(try await ObstacleQueries.obstacleIds(ofConsultation: id, on: sql), on: sql)
        let rows = try await ObstaclePages.rows(obstacles, today: services.clock.today, l, on: sql)
        let decisions = try await ObstacleQueries.decisions(ofConsultation: id, on: sql)
        func value(_ k: String) -> String { values[k]?.last ?? "" }
        let view = ConsultationPageView(
            id: c.id, version: c.version, title: c.title, heldOn: L10n.date(c.heldOn, l), participants: c.participants, minutes: c.minutes,
            hasMinutes: !c.minutes.isEmpty, createdBy: c.createdBy, obstacles: rows,
            decisions: decisions.map { d in
                .init(
                    text: d.text, outcome: L10n.t("obstacle.outcome." + d.outcome, l), obstacleId: d.obstacleId ?? 0,
                    hasObstacle: d.obstacleId != nil,
                    matterId: d.outcome == "matter" ? d.outcomeId ?? 0 : 0, hasMatter: d.outcome == "matter" && d.outcomeId != nil,
                    itemId: d.outcome == "item" ? d.outcomeId ?? 0 : 0, hasItem: d.outcome == "item" && d.outcomeId != nil,
                    by: d.recordedBy, at: displayTime(d.recordedAt, l))
            },
            hasDecisions: !decisions.isEmpty, canDecide: ConsultationService.canHold(guarded.principal),
            obstacleChoices: rows.map {
                .init(value: String($0.id), label: $0.kind + " · " + $0.whatBlocks, selected: value("obstacleId") == String($0.id))
            },
            outcomes: ConsultationService.Outcome.allCases.map {
                .init(value: $0.rawValue, label: L10n.t("obstacle.outcome." + $0.rawValue, l), selected: value("outcome") == $0.rawValue)
            },
            text: value("text"), deadline: value("deadline"), responsibleLeader: value("responsibleLeader"),
            errors: issues.map { L10n.issue($0, l, scope: "obstacle") }, hasErrors: !issues.isEmpty)
        return renderer.page(
            "obstacles/consultation", title: c.title, view: view, context: context, request: request, status: status, isDemo: c.isDemo,
            active: "obstacles")
    }
}

/// The consultations list with the form to hold one (`obstacles/consultations.mustache`).
struct ConsultationListView {
    struct Row {
        var id: Int
        var title: String
        var heldOn: String
        var participants: String
    }
    var rows: [Row]
    var hasRows: Bool
    var canHold: Bool
    var obstacles: [ObstaclePageView.Choice]
    var hasObstacles: Bool
    var title: String
    var heldOn: String
    var participants: String
    var minutes: String
    var errors: [String]
    var hasErrors: Bool
}

/// A consultation's page (`obstacles/consultation.mustache`).
struct ConsultationPageView {
    struct Decision {
        var text: String
        var outcome: String
        var obstacleId: Int
        var hasObstacle: Bool
        var matterId: Int
        var hasMatter: Bool
        var itemId: Int
        var hasItem: Bool
        var by: String
        var at: String
    }
    var id: Int
    var version: Int
    var title: String
    var heldOn: String
    var participants: String
    var minutes: String
    var hasMinutes: Bool
    var createdBy: String
    var obstacles: [ObstacleQueueView.Row]
    var decisions: [Decision]
    var hasDecisions: Bool
    var canDecide: Bool
    var obstacleChoices: [ObstaclePageView.Choice]
    var outcomes: [ObstaclePageView.Choice]
    var text: String
    var deadline: String
    var responsibleLeader: String
    var errors: [String]
    var hasErrors: Bool
}
