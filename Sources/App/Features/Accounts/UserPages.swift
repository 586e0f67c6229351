import Foundation
import Hummingbird
import ReformCore

/// The administrator's user pages: list, create, edit role and scope, deactivate, reset password, unlock.
struct UserPages: PageHandlers {
    let services: AppServices

    private func requireUserAdmin(_ context: AppRequestContext) throws {
        try Access.require(Access.canManageUsers(try context.requirePrincipal()), "users")
    }

    func users(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try requireUserAdmin(context)
        let l = context.language
        let now = services.clock.timestamp
        let withTwoFactor = try await UserQueries.withTwoFactor(on: sql)
        let rows = try await UserQueries.all(on: sql).map { u in
            UserListView.Row(
                id: u.id, username: u.username, displayName: u.displayName, role: L10n.t("role." + u.role, l),
                scope: [u.unitName, u.jurisdictionName].compactMap { $0 }.joined(separator: " · ").nonEmpty ?? L10n.t("account.nationwide", l),
                inactive: !u.active, lockedUntil: u.lockedUntil.flatMap { $0 > now ? displayTime($0, l) : nil },
                twoFactor: withTwoFactor.contains(u.id))
        }
        let view = UserListView(
            rows: rows, reset: request.uri.queryParameters.get("reset") != nil,
            twoFactorReset: request.uri.queryParameters.get("two_factor_reset") != nil, twoFactorRequired: try await services.twoFactor.isRequired())
        return renderer.page("accounts/users", title: L10n.t("users.title", l), view: view, context: context, request: request, active: "users")
    }

    func userForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try requireUserAdmin(context)
        let id = context.parameters.get("id", as: Int.self)
        var input = UserService.Input(role: Role.viewer.rawValue)
        var version = 0
        if let id {
            let u = try await UserQueries.require(id, on: sql)
            input = UserService.Input(
                username: u.username, displayName: u.displayName, role: u.role, jurisdictionId: u.jurisdictionId,
                unitId: u.unitId, active: u.active)
            version = u.version
        }
        return try await userPage(id: id, input: input, version: version, issues: [], request: request, context: context)
    }

    func userSave(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try requireUserAdmin(context)
        let id = context.parameters.get("id", as: Int.self)
        let f = try await request.formData()
        let input = UserService.Input(
            username: f.string("username"), displayName: f.string("displayName"), role: f.string("role"),
            jurisdictionId: f.int("jurisdictionId"), unitId: f.int("unitId"),
            active: id == nil || f.string("active") == "1")
        let actor = try context.requirePrincipal().actorName
        do {
            if let id {
                _ = try await services.users.update(id, input, baseVersion: f.int("version") ?? 0, actor: actor)
            } else {
                _ = try await services.users.create(input, password: f.string("password"), actor: actor)
            }
            return Response(status: .seeOther, headers: [.location: "/users"])
        } catch AppError.validation(let issues) {
            return try await userPage(
                id: id, input: input, version: f.int("version") ?? 0, issues: issues, request: request,
                context: context, status: .unprocessableContent)
        } catch AppError.conflict(_, _, let current, let changes) {
            return try await conflictPage(
                changes: changes, currentVersion: current, reloadURL: "/users/\(id ?? 0)/edit", request: request, context: context)
        }
    }

    func userResetPassword(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try requireUserAdmin(context)
        let id = try context.parameters.require("id", as: Int.self)
        let f = try await request.formData()
        do {
            try await services.users.resetPassword(id, password: f.string("password"), actor: try context.requirePrincipal().actorName)
            return Response(status: .seeOther, headers: [.location: "/users?reset=\(id)"])
        } catch AppError.validation(let issues) {
            let u = try await UserQueries.require(id, on: sql)
            return try await userPage(
                id: id,
                input: UserService.Input(
                    username: u.username, displayName: u.displayName, role: u.role,
                    jurisdictionId: u.jurisdictionId, unitId: u.unitId, active: u.active),
                version: u.version, issues: issues, request: request, context: context, status: .unprocessableContent)
        }
    }

    func userUnlock(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try requireUserAdmin(context)
        let id = try context.parameters.require("id", as: Int.self)
        try await services.users.unlock(id, actor: try context.requirePrincipal().actorName)
        return Response(status: .seeOther, headers: [.location: "/users"])
    }

    private func userPage(
        id: Int?, input: UserService.Input, version: Int, issues: [ValidationIssue], request: Request,
        context: AppRequestContext, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let l = context.language
        let jurisdictions = try await JurisdictionQueries.all(on: sql)
        let units = try await UnitQueries.page(jurisdictionId: nil, q: "", limit: 5000, offset: 0, on: sql)
        let names = Dictionary(uniqueKeysWithValues: jurisdictions.map { ($0.id, $0.name) })
        var fields: [FormField] = [
            FormField(name: "username", kind: .text, value: input.username, required: true),
            FormField(name: "displayName", kind: .text, value: input.displayName, required: true),
            FormField(
                name: "role", kind: .select, value: input.role, options: Role.allCases.map { ($0.rawValue, L10n.t("role." + $0.rawValue, l)) },
                required: true),
            FormField(
                name: "jurisdictionId", kind: .select, value: input.jurisdictionId.map(String.init) ?? "",
                options: [("", L10n.t("form.choose", l))] + jurisdictions.map { (String($0.id), $0.name) }, hint: L10n.t("users.scopeHint", l)),
            FormField(
                name: "unitId", kind: .select, value: input.unitId.map(String.init) ?? "",
                options: [("", L10n.t("form.choose", l))]
                    + units.map { (String($0.id), $0.name + (names[$0.jurisdictionId].map { "（\($0)）" } ?? "")) })
        ]
        if id == nil {
            fields.append(FormField(name: "password", kind: .password, value: "", required: true, hint: L10n.t("users.passwordHint", l)))
        } else {
            fields.append(
                FormField(
                    name: "active", kind: .select, value: input.active ? "1" : "0",
                    options: [("1", L10n.t("field.active", l)), ("0", L10n.t("users.inactive", l))]))
        }
        let title = L10n.t(id == nil ? "users.new" : "users.edit", l)
        let view = FormPageView(
            heading: title, action: id.map { "/users/\($0)" } ?? "/users", version: version, fields: fields, issues: issues,
            cancelURL: "/users", language: l)
        return renderer.page("form", title: title, view: view, context: context, request: request, status: status, active: "users")
    }
}
