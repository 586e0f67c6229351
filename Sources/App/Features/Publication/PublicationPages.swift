import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// The office's side of publication: which plans and authorization batches are public, the rank of names shown, the
/// words for each status, items held back, and the dated updates written for the public.
struct PublicationPages: PageHandlers {
    let services: AppServices

    func index(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let l = context.language
        let scope: String? = p.isNationwide ? nil : p.jurisdictionPath
        let plans = try await PlanQueries.visible(scope: scope, on: sql)
        let settings = try await PublicationQueries.settings(of: plans.map(\.id), on: sql)
        let jurisdictions = Dictionary(try await JurisdictionQueries.all(within: scope, on: sql).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let batches = try await AuthorizationQueries.batches(scope: scope, on: sql)
        let published = try await PublicationQueries.publishedBatchIds(on: sql)
        let view = PublicationIndexView(
            plans: plans.map { plan in
                let s = settings[plan.id] ?? .unpublished(plan.id)
                return .init(
                    title: plan.title, url: "/publication/plans/\(plan.id)", jurisdiction: jurisdictions[plan.jurisdictionId]?.name ?? "",
                    published: s.isPublished, publicURL: "/public/plans/\(plan.id)", names: L10n.t("publication.names." + s.namesLevel, l))
            }, hasPlans: !plans.isEmpty,
            batches: batches.map {
                .init(
                    id: $0.id, title: $0.jurisdictionName + " · " + $0.title, published: published.contains($0.id),
                    canEdit: Access.canPublish(in: $0.jurisdictionPath, p))
            }, hasBatches: !batches.isEmpty)
        return renderer.page(
            "publication/index", title: L10n.t("publication.title", l), view: view, context: context, request: request, active: "publication")
    }

    private func readablePlan(_ id: Int, _ p: Principal) async throws -> (PlanRecord, JurisdictionRecord) {
        guard let plan = try await PlanQueries.find(id, on: sql), let j = try await JurisdictionQueries.find(plan.jurisdictionId, on: sql),
            p.sees(jurisdictionPath: j.path)
        else { throw AppError.notFound(entity: "plan", id: String(id)) }
        return (plan, j)
    }

    func plan(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await planPage(try context.parameters.require("id", as: Int.self), request, context)
    }

    func planPage(
        _ id: Int, _ request: Request, _ context: AppRequestContext, status: HTTPResponse.Status = .ok, issues: [ValidationIssue] = []
    ) async throws -> Response {
        let p = try context.requirePrincipal()
        let l = context.language
        let (plan, j) = try await readablePlan(id, p)
        let settings = try await PublicationQueries.settings(plan.id, on: sql)
        let holds = try await PublicationQueries.holds(planId: plan.id, on: sql)
        let items = try await ItemQueries.tree(planId: plan.id, on: sql)
        let heldIds = Dictionary(holds.map { ($0.itemId, $0) }, uniquingKeysWith: { a, _ in a })
        let heldPaths = items.filter { heldIds[$0.id] != nil }.map(\.path)
        let titles = Dictionary(items.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let updates = try await PublicationQueries.updates(planId: plan.id, on: sql)
        let words = settings.words
        let view = PublicationPlanView(
            planId: plan.id, title: plan.title, planURL: "/plans/\(plan.id)", publicURL: "/public/plans/\(plan.id)", published: settings.isPublished,
            version: settings.version, canEdit: Access.canPublish(in: j.path, p),
            names: PublicNames.allCases.map {
                .init(value: $0.rawValue, label: L10n.t("publication.names." + $0.rawValue, l), selected: $0 == settings.names)
            },
            words: LifecycleStatus.allCases.map {
                .init(name: "word_" + $0.rawValue, label: L10n.status($0.rawValue, l), value: words.word($0))
            },
            items: items.map { i in
                .init(
                    id: i.id, number: i.number, title: i.title, depth: i.depth, held: heldIds[i.id] != nil,
                    hiddenByParent: heldIds[i.id] == nil && PublicQueries.isHeld(i.path, heldPaths), reason: heldIds[i.id]?.reason ?? "")
            },
            itemOptions: items.map {
                .init(value: String($0.id), label: [$0.number, $0.title].filter { !$0.isEmpty }.joined(separator: " "), selected: false)
            },
            updates: updates.map {
                .init(id: $0.id, date: L10n.date($0.writtenOn, l), itemTitle: titles[$0.itemId] ?? "", body: $0.body, author: $0.createdBy)
            }, hasUpdates: !updates.isEmpty, today: services.clock.today.iso,
            errors: issues.map { L10n.issue($0, l, scope: "publication") }, hasErrors: !issues.isEmpty)
        return renderer.page(
            "publication/plan", title: plan.title, view: view, context: context, request: request, status: status, isDemo: plan.isDemo,
            active: "publication")
    }

    func saveSettings(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        let f = try await request.formData()
        var words: [String: String] = [:]
        for s in LifecycleStatus.allCases where f.fields["word_" + s.rawValue] != nil { words[s.rawValue] = f.string("word_" + s.rawValue) }
        do {
            _ = try await services.publication.setSettings(
                planId: id,
                .init(isPublished: f.string("published") == "1", namesLevel: f.string("names"), statusWords: words, baseVersion: f.int("version")),
                by: p)
            return Response(status: .seeOther, headers: [.location: "/publication/plans/\(id)"])
        } catch AppError.validation(let issues) {
            return try await planPage(id, request, context, status: .unprocessableContent, issues: issues)
        }
    }

    func hold(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        let f = try await request.formData()
        try await services.publication.hold(itemId: id, reason: f.string("reason"), by: p)
        return try await backToPlan(of: id)
    }

    func release(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        try await services.publication.release(itemId: id, by: p)
        return try await backToPlan(of: id)
    }

    private func backToPlan(of itemId: Int) async throws -> Response {
        let planId = try await ItemQueries.find(itemId, on: sql)?.planId ?? 0
        return Response(status: .seeOther, headers: [.location: "/publication/plans/\(planId)#items"])
    }

    func addUpdate(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let planId = try context.parameters.require("id", as: Int.self)
        // Who may write for the public is decided before the form is read.
        let (_, j) = try await readablePlan(planId, p)
        try Access.require(Access.canPublish(in: j.path, p), "publication_edit")
        let f = try await request.formData()
        guard let itemId = f.int("itemId"), let item = try await ItemQueries.find(itemId, on: sql), item.planId == planId else {
            return try await planPage(
                planId, request, context, status: .unprocessableContent, issues: [ValidationIssue(field: "itemId", code: .notFound)])
        }
        do {
            _ = try await services.publication.addUpdate(itemId: item.id, writtenOn: f.string("writtenOn"), body: f.string("body"), by: p)
            return Response(status: .seeOther, headers: [.location: "/publication/plans/\(planId)#updates"])
        } catch AppError.validation(let issues) {
            return try await planPage(planId, request, context, status: .unprocessableContent, issues: issues)
        }
    }

    func deleteUpdate(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        let planId = try await PublicationQueries.update(id, on: sql)?.planId
        try await services.publication.deleteUpdate(id, by: p)
        return Response(status: .seeOther, headers: [.location: "/publication/plans/\(planId ?? 0)#updates"])
    }

    func setBatch(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        let f = try await request.formData()
        try await services.publication.setBatchPublished(id, f.string("published") == "1", by: p)
        return Response(status: .seeOther, headers: [.location: "/publication#batches"])
    }
}
