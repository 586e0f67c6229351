import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// `/settings/notice-templates`: each kind's wording in force for a jurisdiction (its own, inherited from above, or the
/// app's), edited into the jurisdiction's own or reverted to what is above.
struct NoticeTemplatePages: Sendable {
    let services: AppServices
    var sql: any SQLDatabase { services.database.sql }
    var renderer: PageRenderer { services.renderer }

    func page(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let guarded = try AccessGuard(context, sql: sql)
        try guarded.requireNoticeIssuer()
        let params = request.queryMultiMap
        try QueryString.rejectNUL(params)
        var jurisdictionId = try await NoticeTemplateStore.defaultJurisdiction(for: guarded.principal, on: sql)
        if let raw = params["jurisdiction"]?.last {
            guard let id = Int(raw), id > 0 else { throw AppError.badRequest(parameter: "jurisdiction", message: "expected a jurisdiction id") }
            jurisdictionId = id
        }
        return try await render(jurisdictionId, request: request, context: context)
    }

    /// POST /settings/notice-templates: jurisdictionId, kind, title, body, version (0 for a jurisdiction's first).
    func save(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        try AccessGuard(context, sql: sql).requireNoticeIssuer()
        let f = try await request.formData()
        let jurisdictionId = f.int("jurisdictionId") ?? 0
        let kind = f.string("kind")
        do {
            _ = try await services.noticeTemplates.save(
                jurisdictionId: jurisdictionId, kind: kind, title: f.string("title"), body: f.string("body"), baseVersion: f.int("version") ?? 0,
                by: principal)
            return Response(status: .seeOther, headers: [.location: "/settings/notice-templates?jurisdiction=\(jurisdictionId)#kind-\(kind)"])
        } catch AppError.validation(let issues) {
            return try await render(
                jurisdictionId, request: request, context: context, status: .unprocessableContent,
                typed: (kind, f.string("title"), f.string("body"), issues))
        }
    }

    /// POST /settings/notice-templates/revert: jurisdictionId, kind, version.
    func revert(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        try AccessGuard(context, sql: sql).requireNoticeIssuer()
        let f = try await request.formData()
        let jurisdictionId = f.int("jurisdictionId") ?? 0
        try await services.noticeTemplates.revert(
            jurisdictionId: jurisdictionId, kind: f.string("kind"), baseVersion: f.int("version") ?? 0, by: principal)
        return Response(status: .seeOther, headers: [.location: "/settings/notice-templates?jurisdiction=\(jurisdictionId)#kind-\(f.string("kind"))"])
    }

    private func render(
        _ jurisdictionId: Int, request: Request, context: AppRequestContext, status: HTTPResponse.Status = .ok,
        typed: (kind: String, title: String, body: String, issues: [ValidationIssue])? = nil
    ) async throws -> Response {
        let l = context.language
        let guarded = try AccessGuard(context, sql: sql)
        let jurisdiction = try await guarded.readJurisdiction(jurisdictionId)
        let effective = try await NoticeTemplateStore.effective(jurisdictionId: jurisdiction.id, path: jurisdiction.path, l, on: sql)
        var names: [Int: String] = [:]
        for id in Set(effective.compactMap { $0.record?.jurisdictionId }) {
            names[id] = try await JurisdictionQueries.find(id, on: sql)?.name
        }
        let view = NoticeTemplatesView(
            jurisdictionId: jurisdiction.id, jurisdictionName: jurisdiction.name,
            jurisdictions: try await JurisdictionQueries.all(within: guarded.listScope, on: sql).map {
                .init(value: String($0.id), label: $0.name, selected: $0.id == jurisdiction.id)
            },
            kinds: effective.map { e in
                let mine = typed?.kind == e.kind.rawValue ? typed : nil
                let origin: String =
                    switch e.origin {
                    case .own: L10n.t("notice.templates.own", l)
                    case .inherited: L10n.fill("notice.templates.inherited", l, names[e.record?.jurisdictionId ?? 0] ?? "")
                    case .standard: L10n.t("notice.templates.standard", l)
                    }
                return .init(
                    kind: e.kind.rawValue, label: L10n.t("noticeKind." + e.kind.rawValue, l), origin: origin, originKey: e.origin.rawValue,
                    title: mine?.title ?? e.title, body: mine?.body ?? e.body,
                    version: e.origin == .own ? e.record?.version ?? 0 : 0, isOwn: e.origin == .own,
                    issues: (mine?.issues ?? []).map { L10n.issue($0, l, scope: "notice") }, hasIssues: !(mine?.issues ?? []).isEmpty)
            })
        return renderer.page(
            "notices/templates", title: L10n.t("notice.templates", l), view: view, context: context, request: request, status: status,
            active: "notices")
    }
}

struct NoticeTemplatesView {
    struct Option {
        var value: String
        var label: String
        var selected: Bool
    }
    struct Kind {
        var kind: String
        var label: String
        var origin: String
        var originKey: String
        var title: String
        var body: String
        var version: Int
        var isOwn: Bool
        var issues: [String]
        var hasIssues: Bool
    }
    var jurisdictionId: Int
    var jurisdictionName: String
    var jurisdictions: [Option]
    var kinds: [Kind]
}
