import Foundation
import Hummingbird
import ReformCore

/// /setup (public, only while no user exists) and /start (the checklist).
struct SetupPages: PageHandlers {
    let services: AppServices

    /// The form's double-submit token (there is no session yet), like the sign-in form's.
    static let csrfCookie = "reform_setup_csrf"
    var csrf: DoubleSubmitCSRF { DoubleSubmitCSRF(cookieName: Self.csrfCookie, path: "/setup", secure: services.config.secureCookies) }

    struct SetupView {
        var setupCsrf: String
        var username: String
        var displayName: String
        var issues: [String]
        var hasIssues: Bool
    }

    func form(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard try await services.setup.needsSetup() else { throw AppError.notFound(entity: "setup", id: "") }
        return page(username: "", displayName: "", issues: [], request: request, context: context)
    }

    func create(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard try await services.setup.needsSetup() else { throw AppError.notFound(entity: "setup", id: "") }
        let f = try await request.formData()
        try csrf.verify(request, f)
        do {
            _ = try await services.setup.createFirstAdmin(
                code: f.string("setupCode"), username: f.string("username"), displayName: f.string("displayName"),
                password: f.string("password"), confirmation: f.string("confirmPassword"))
            return Response(status: .seeOther, headers: [.location: "/login?next=%2Fstart", .cacheControl: "no-store"])
        } catch AppError.validation(let issues) {
            let l = context.language
            return page(
                username: f.string("username"), displayName: f.string("displayName"), issues: issues.map { L10n.issue($0, l) },
                request: request, context: context, status: .unprocessableContent)
        }
    }

    private func page(
        username: String, displayName: String, issues: [String], request: Request, context: AppRequestContext,
        status: HTTPResponse.Status = .ok
    ) -> Response {
        let token = csrf.token(for: request)
        var response = renderer.page(
            "setup/setup", title: L10n.t("setup.title", context.language),
            view: SetupView(setupCsrf: token, username: username, displayName: displayName, issues: issues, hasIssues: !issues.isEmpty),
            context: context, request: request, status: status)
        response.setCookie(csrf.cookie(token))
        return response
    }

    struct ChecklistView {
        struct Step {
            var number: Int
            var title: String
            var hint: String
            var link: String
            var linkText: String
            var done: Bool
            var count: Int
        }
        var steps: [Step]
        var allDone: Bool
    }

    /// What an office sets up before the ledger is of use, each step ticked once it has something.
    func checklist(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        try Access.require(Access.canManageUsers(p) || Access.canImport(p), "start")
        let l = context.language
        func count(_ table: String) async throws -> Int {
            try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM \(unsafeRaw: table)") ?? 0
        }
        let jurisdictions = try await count("jurisdictions"), units = try await count("units")
        let users = try await count("users"), plans = try await count("plans")
        let steps: [ChecklistView.Step] = [
            .init(
                number: 1, title: L10n.t("setup.step.jurisdictions", l), hint: L10n.t("setup.step.jurisdictionsHint", l), link: "/jurisdictions",
                linkText: L10n.t("setup.go", l), done: jurisdictions > 0, count: jurisdictions),
            .init(
                number: 2, title: L10n.t("setup.step.units", l), hint: L10n.t("setup.step.unitsHint", l), link: "/units",
                linkText: L10n.t("setup.go", l), done: units > 0, count: units),
            .init(
                number: 3, title: L10n.t("setup.step.users", l), hint: L10n.t("setup.step.usersHint", l), link: "/users",
                linkText: L10n.t("setup.go", l), done: users > 1, count: users),
            .init(
                number: 4, title: L10n.t("setup.step.import", l), hint: L10n.t("setup.step.importHint", l), link: "/imports/new",
                linkText: L10n.t("setup.go", l), done: plans > 0, count: plans)
        ]
        return renderer.page(
            "setup/start", title: L10n.t("setup.startTitle", l), view: ChecklistView(steps: steps, allDone: steps.allSatisfy(\.done)),
            context: context, request: request)
    }
}
