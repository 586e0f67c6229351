extension AppRequestContext {
    /// The signed-in user, or 403 on a route that needs one. (The session middleware of the accounts work
    /// decides who is signed in; until it is merged, only tests set a principal.)
    func requirePrincipal() throws -> Principal {
        guard let principal else { throw AppError.forbidden("sign in first") }
        return principal
    }
}
