import Foundation
import Hummingbird
import ReformCore

/// /settings/webhooks: administrators list, add, change and delete outbound webhooks. Everyone else is refused (403).
struct WebhookPages: PageHandlers {
    let services: AppServices

    struct Row {
        var id: Int
        var name: String
        var url: String
        var format: String
        var enabled: Bool
        var hasSecret: Bool
        var pending: Int
        var delivered: Int
        var version: Int
    }

    struct View {
        var rows: [Row]
        var hasRows: Bool
    }

    private func requireAdmin(_ context: AppRequestContext) throws -> Principal {
        let p = try context.requirePrincipal()
        try Access.require(p.role == .admin, "manage_webhooks")
        return p
    }

    func list(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try requireAdmin(context)
        let l = context.language
        let counts = try await WebhookQueries.outboxCounts(on: sql)
        let rows = try await WebhookQueries.all(on: sql).map { e in
            Row(
                id: e.id, name: e.name, url: e.url, format: L10n.t("webhooks.format." + e.endpointFormat.rawValue, l), enabled: e.enabled,
                hasSecret: !e.secret.isEmpty, pending: counts[e.id]?.pending ?? 0, delivered: counts[e.id]?.delivered ?? 0, version: e.version)
        }
        return renderer.page(
            "notifications/webhooks", title: L10n.t("webhooks.title", l), view: View(rows: rows, hasRows: !rows.isEmpty), context: context,
            request: request, active: "webhooks")
    }

    func newForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try requireAdmin(context)
        let draft = WebhookDraft(name: "", url: "", format: "generic", secret: "", siteUrl: "", enabled: true)
        return form(draft, id: nil, version: 0, issues: [], context: context, request: request)
    }

    func create(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try requireAdmin(context)
        let draft = Self.draft(try await request.formData())
        do {
            _ = try await services.webhooks.create(draft, by: p)
            return Response(status: .seeOther, headers: [.location: "/settings/webhooks"])
        } catch AppError.validation(let issues) {
            return form(draft, id: nil, version: 0, issues: issues, context: context, request: request, status: .unprocessableContent)
        }
    }

    func editForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try requireAdmin(context)
        let e = try await endpoint(context)
        let draft = WebhookDraft(name: e.name, url: e.url, format: e.format, secret: "", siteUrl: e.siteUrl, enabled: e.enabled)
        return form(draft, id: e.id, version: e.version, issues: [], context: context, request: request)
    }

    func update(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try requireAdmin(context)
        let e = try await endpoint(context)
        let f = try await request.formData()
        let draft = Self.draft(f)
        do {
            _ = try await services.webhooks.update(e.id, draft, baseVersion: f.int("version") ?? 0, by: p)
            return Response(status: .seeOther, headers: [.location: "/settings/webhooks"])
        } catch AppError.validation(let issues) {
            return form(
                draft, id: e.id, version: f.int("version") ?? 0, issues: issues, context: context, request: request, status: .unprocessableContent)
        }
    }

    func delete(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try requireAdmin(context)
        let e = try await endpoint(context)
        let f = try await request.formData()
        try await services.webhooks.delete(e.id, baseVersion: f.int("version") ?? 0, by: p)
        return Response(status: .seeOther, headers: [.location: "/settings/webhooks"])
    }

    private func endpoint(_ context: AppRequestContext) async throws -> WebhookEndpoint {
        let id = try context.parameters.require("id", as: Int.self)
        guard let e = try await WebhookQueries.find(id, on: sql) else { throw AppError.notFound(entity: "webhook", id: String(id)) }
        return e
    }

    static func draft(_ f: FormData) -> WebhookDraft {
        WebhookDraft(
            name: f.string("webhookName"), url: f.string("webhookUrl"), format: f.string("webhookFormat"), secret: f.string("webhookSecret"),
            siteUrl: f.string("webhookSiteUrl"), enabled: f.string("webhookEnabled") != "0")
    }

    private func form(
        _ d: WebhookDraft, id: Int?, version: Int, issues: [ValidationIssue], context: AppRequestContext, request: Request,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        let l = context.language
        let fields = [
            FormField(name: "webhookName", kind: .text, value: d.name, required: true),
            FormField(name: "webhookUrl", kind: .text, value: d.url, required: true, wide: true),
            FormField(
                name: "webhookFormat", kind: .select, value: d.format,
                options: WebhookEndpoint.Format.allCases.map { (value: $0.rawValue, label: L10n.t("webhooks.format." + $0.rawValue, l)) },
                required: true),
            FormField(
                name: "webhookEnabled", kind: .select, value: d.enabled ? "1" : "0",
                options: [(value: "1", label: L10n.t("webhooks.on", l)), (value: "0", label: L10n.t("webhooks.off", l))]),
            FormField(name: "webhookSecret", kind: .password, hint: L10n.t("webhooks.secretHint", l)),
            FormField(name: "webhookSiteUrl", kind: .text, value: d.siteUrl, hint: L10n.t("webhooks.siteUrlHint", l), wide: true)
        ]
        let view = FormPageView(
            heading: L10n.t(id == nil ? "webhooks.add" : "webhooks.edit", l), subheading: L10n.t("webhooks.signatureHint", l),
            action: id.map { "/settings/webhooks/\($0)" } ?? "/settings/webhooks", version: version, fields: fields, issues: issues,
            cancelURL: "/settings/webhooks", language: l)
        return renderer.page("form", title: view.heading, view: view, context: context, request: request, status: status, active: "webhooks")
    }
}
