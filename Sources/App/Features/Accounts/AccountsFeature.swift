import Hummingbird

/// Sign-in, the own account page and API tokens, and the administration of users.
enum AccountsFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let account = AccountPages(services: routes.services)
        routes.pages.get("/login") { request, context in try await account.loginForm(request, context) }
        routes.pages.post("/login") { request, context in try await account.login(request, context) }
        routes.pages.post("/logout") { request, context in try await account.logout(request, context) }
        routes.pages.get("/account") { request, context in try await account.account(request, context) }
        routes.pages.post("/account/password") { request, context in try await account.accountPassword(request, context) }
        routes.pages.post("/account/tokens") { request, context in try await account.accountTokenCreate(request, context) }
        routes.pages.post("/account/tokens/:id/revoke") { request, context in try await account.accountTokenRevoke(request, context) }
        let twoFactor = TwoFactorPages(services: routes.services)
        routes.pages.get("/login/two-factor") { request, context in try await twoFactor.codeForm(request, context) }
        routes.pages.post("/login/two-factor") { request, context in try await twoFactor.code(request, context) }
        routes.pages.get("/account/two-factor") { request, context in try await twoFactor.setupPage(request, context) }
        routes.pages.post("/account/two-factor") { request, context in try await twoFactor.confirm(request, context) }
        routes.pages.post("/account/two-factor/recovery-codes") { request, context in try await twoFactor.renewRecoveryCodes(request, context) }
        routes.pages.post("/account/two-factor/disable") { request, context in try await twoFactor.disable(request, context) }
        routes.pages.post("/users/two-factor-requirement") { request, context in try await twoFactor.requirement(request, context) }
        routes.pages.post("/users/:id/two-factor/reset") { request, context in try await twoFactor.reset(request, context) }
        let users = UserPages(services: routes.services)
        routes.pages.get("/users") { request, context in try await users.users(request, context) }
        routes.pages.get("/users/new") { request, context in try await users.userForm(request, context) }
        routes.pages.post("/users") { request, context in try await users.userSave(request, context) }
        routes.pages.get("/users/:id/edit") { request, context in try await users.userForm(request, context) }
        routes.pages.post("/users/:id") { request, context in try await users.userSave(request, context) }
        routes.pages.post("/users/:id/password") { request, context in try await users.userResetPassword(request, context) }
        routes.pages.post("/users/:id/unlock") { request, context in try await users.userUnlock(request, context) }
        AccountAPI(services: routes.services).register(on: routes.api)
    }
}
