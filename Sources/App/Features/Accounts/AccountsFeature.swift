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
