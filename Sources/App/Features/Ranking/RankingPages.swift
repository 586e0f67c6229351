import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// The ranking page (/jurisdictions/{id}/ranking), its A4 print page and its exports for the assessment file, and the
/// office's weights page.
struct RankingPages: PageHandlers {
    let services: AppServices

    func ranking(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let r = try await RankingRequest.read(request, context, services: services)
        var page = 1
        if let raw = request.uri.queryParameters.get("page"), !raw.isEmpty {
            guard let n = APIInput.wholeNumber(raw), n > 0 else {
                throw AppError.badRequest(parameter: "page", message: "expected a page number from 1, got \(raw.prefix(40))")
            }
            page = n
        }
        let view = try await view(r, page: page, context)
        return renderer.page(
            "ranking/ranking", title: r.jurisdiction.name + " · " + L10n.t("rank.title", context.language), view: view, context: context,
            request: request, active: "dashboard")
    }

    func print(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let r = try await RankingRequest.read(request, context, services: services)
        let view = try await view(r, page: nil, context)
        return renderer.page(
            "ranking/print", title: r.jurisdiction.name + " · " + L10n.t("rank.title", context.language), view: view, context: context,
            request: request)
    }

    func export(_ request: Request, _ context: AppRequestContext, format: LedgerExportFormat) async throws -> Response {
        let r = try await RankingRequest.read(request, context, services: services)
        let result = try await r.run(services)
        return try RankingExport(request: r, result: result, format: format, language: context.language).response()
    }

    private func view(_ r: RankingRequest, page: Int?, _ context: AppRequestContext) async throws -> RankingView {
        let result = try await r.run(services)
        let plans = try await PlanQueries.inSubtree(of: r.jurisdiction, on: sql).filter { $0.jurisdictionId == r.jurisdiction.id }
        return RankingView(
            r, result: result, page: page, plans: plans, canConfigure: Access.canEditPlans(in: r.jurisdiction.path, r.principal),
            printedAt: L10n.time(services.clock.timestamp, context.language, in: services.clock.timeZone), today: services.clock.today,
            context.language)
    }

    // MARK: Weights

    func weights(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (j, principal) = try await office(context)
        let q = request.uri.queryParameters
        let scope = try RankingWeightScope.parse(year: q.get("year"), plan: q.get("plan")) ?? .year(services.clock.today.year)
        try await requirePlan(scope, of: j)
        let history = try await RankingWeightQueries.history(jurisdictionId: j.id, scope: scope, on: sql)
        let w = history.first?.weights ?? .defaults
        return try await weightsPage(
            j, scope: scope, principal: principal,
            texts: Dictionary(uniqueKeysWithValues: RankingComponent.allCases.map { ($0, RankingWeights.text(w[$0])) }),
            version: history.first?.version ?? 0, issues: [], request: request, context: context)
    }

    func saveWeights(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (j, principal) = try await office(context)
        let f = try await request.formData()
        let scope = try RankingWeightScope.parse(year: f.string("year"), plan: f.string("plan")) ?? .year(services.clock.today.year)
        try await requirePlan(scope, of: j)
        let texts = Dictionary(uniqueKeysWithValues: RankingComponent.allCases.map { ($0, f.string($0.rawValue)) })
        let version = f.int("version") ?? 0
        do {
            let parsed = RankingWeights.parse(texts)
            guard let weights = parsed.weights else { throw AppError.validation(parsed.issues) }
            _ = try await services.rankingWeights.save(jurisdictionId: j.id, scope: scope, weights: weights, baseVersion: version, by: principal)
            return Response(status: .seeOther, headers: [.location: "/jurisdictions/\(j.id)/ranking/weights?\(scope.kind)=\(scope.ref)"])
        } catch AppError.validation(let issues) {
            return try await weightsPage(
                j, scope: scope, principal: principal, texts: texts, version: version, issues: issues, request: request, context: context,
                status: .unprocessableContent)
        } catch AppError.conflict(_, _, let current, let changes) {
            return try await conflictPage(
                changes: changes, currentVersion: current, reloadURL: "/jurisdictions/\(j.id)/ranking/weights?\(scope.kind)=\(scope.ref)",
                request: request, context: context)
        }
    }

    /// The jurisdiction, for its office or an admin (404 outside the reader's view, 403 inside it).
    private func office(_ context: AppRequestContext) async throws -> (JurisdictionRecord, Principal) {
        let guarded = try AccessGuard(context, sql: sql)
        let j = try await guarded.readJurisdiction(try context.parameters.require("id", as: Int.self))
        try Access.requireOffice(guarded.principal, jurisdictionPath: j.path, "configure_ranking")
        return (j, guarded.principal)
    }

    private func requirePlan(_ scope: RankingWeightScope, of j: JurisdictionRecord) async throws {
        guard case .plan(let id) = scope else { return }
        guard let p = try await PlanQueries.find(id, on: sql), p.jurisdictionId == j.id else {
            throw AppError.notFound(entity: "plan", id: String(id))
        }
    }

    private func weightsPage(
        _ j: JurisdictionRecord, scope: RankingWeightScope, principal: Principal, texts: [RankingComponent: String], version: Int,
        issues: [ValidationIssue], request: Request, context: AppRequestContext, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let l = context.language
        let history = try await RankingWeightQueries.history(jurisdictionId: j.id, scope: scope, on: sql)
        let plans = try await PlanQueries.inSubtree(of: j, on: sql).filter { $0.jurisdictionId == j.id }
        let year = services.clock.today.year
        let scopeName: String
        switch scope {
        case .year(let y): scopeName = L10n.fill("rank.scope.year", l, String(y))
        case .plan(let id): scopeName = L10n.fill("rank.scope.plan", l, plans.first { $0.id == id }?.title ?? "#\(id)")
        }
        func message(_ c: RankingComponent) -> String {
            issues.filter { $0.field == c.rawValue }.map { L10n.issue($0, l) }.joined(separator: "；")
        }
        let view = RankingWeightsView(
            jurisdictionId: j.id, jurisdictionName: j.name, scopeName: scopeName, scopeKind: scope.kind, scopeRef: scope.ref, version: version,
            scopes: ([year - 1, year, year + 1].map { y in
                RankingWeightsView.ScopeLink(
                    label: L10n.fill("rank.scope.year", l, String(y)), url: "/jurisdictions/\(j.id)/ranking/weights?year=\(y)",
                    current: scope == .year(y))
            })
                + plans.map { p in
                    RankingWeightsView.ScopeLink(
                        label: L10n.fill("rank.scope.plan", l, p.title), url: "/jurisdictions/\(j.id)/ranking/weights?plan=\(p.id)",
                        current: scope == .plan(p.id))
                },
            fields: RankingComponent.allCases.map { c in
                .init(
                    name: c.rawValue, label: RankingText.componentName(c, l), value: texts[c] ?? "",
                    hint: L10n.t(c.isRate ? "rank.weights.rateHint" : (c.sign > 0 ? "rank.weights.plusHint" : "rank.weights.minusHint"), l),
                    error: message(c), hasError: !message(c).isEmpty)
            },
            errors: issues.map { L10n.issue($0, l) }, hasErrors: !issues.isEmpty,
            isDefault: history.isEmpty,
            defaultsFormula: RankingScore.formula(.defaults, scoreName: L10n.t("rank.score", l)) { RankingText.componentName($0, l) },
            history: history.map { h in
                .init(
                    version: h.version, effectiveFrom: L10n.date(h.effectiveFrom, l), changedBy: h.changedBy,
                    changedAt: L10n.time(h.changedAt, l, in: services.clock.timeZone),
                    formula: RankingScore.formula(h.weights, scoreName: L10n.t("rank.score", l)) { RankingText.componentName($0, l) })
            },
            hasHistory: !history.isEmpty, rankingURL: "/jurisdictions/\(j.id)/ranking")
        return renderer.page(
            "ranking/weights", title: j.name + " · " + L10n.t("rank.weights.title", l), view: view, context: context, request: request,
            status: status, active: "dashboard")
    }
}

/// The office's weights page (`ranking/weights`).
struct RankingWeightsView {
    struct ScopeLink {
        var label: String
        var url: String
        var current: Bool
    }
    struct Field {
        var name: String
        var label: String
        var value: String
        var hint: String
        var error: String
        var hasError: Bool
    }
    struct Version {
        var version: Int
        var effectiveFrom: String
        var changedBy: String
        var changedAt: String
        var formula: String
    }

    var jurisdictionId: Int
    var jurisdictionName: String
    var scopeName: String
    var scopeKind: String
    var scopeRef: Int
    var version: Int
    var scopes: [ScopeLink]
    var fields: [Field]
    var errors: [String]
    var hasErrors: Bool
    var isDefault: Bool
    var defaultsFormula: String
    var history: [Version]
    var hasHistory: Bool
    var rankingURL: String
}
