import Hummingbird
import SQLKit

/// Outside reviewers (评审专家, `Role.reviewer`) are third-party accounts that see nothing but what they are assigned to
/// review. A feature that lets them in lists a `ReviewerAccess`: which of its paths a reviewer may reach at all (the
/// gate refuses every other path with 403 before any handler runs) and whether a user is assigned to one of its
/// objects (the feature's handlers ask this for each object, answering 404 when not). Evaluation rounds are the first;
/// calls for golden ideas can add theirs the same way.
struct ReviewerAccess: Sendable {
    /// What the assignment is to (e.g. "evaluation_round").
    let scope: String
    /// Whether a path (pages and /api/v1) is one of the feature's reviewer routes.
    let routes: @Sendable (String) -> Bool
    /// Whether the user is assigned to the object with this id.
    let isAssigned: @Sendable (_ userId: Int, _ objectId: Int, _ sql: any SQLDatabase) async throws -> Bool
    /// The page listing what a reviewer reviews here.
    let home: String
    /// Whether the user is assigned to anything here.
    let hasAssignment: @Sendable (_ userId: Int, _ sql: any SQLDatabase) async throws -> Bool

    /// What every signed-in reviewer may reach whatever it reviews: its own account, signing out, two-factor sign-in, /me.
    static func isAccountPath(_ path: String) -> Bool {
        path == "/logout" || path == "/account" || path.hasPrefix("/account/") || path == "/api/v1/me"
    }

    /// Whether a path fits a pattern whose `#` segments stand for ids ("/evaluations/#" fits "/evaluations/12").
    static func matches(_ path: String, _ pattern: String) -> Bool {
        let a = path.split(separator: "/", omittingEmptySubsequences: false)
        let b = pattern.split(separator: "/", omittingEmptySubsequences: false)
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy { x, y in
            y == "#" ? (!x.isEmpty && x.count <= 18 && x.allSatisfy { $0.isASCII && $0.isNumber }) : x == y
        }
    }
}

/// Keeps reviewers to their features' reviewer routes (and their own account): 403 everywhere else, before the body is
/// read. Runs after the sign-in, so public routes (the login page, a public notice) are not its concern.
struct ReviewerGateMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let gates: [ReviewerAccess]
    let sql: any SQLDatabase

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let p = context.principal, p.role == .reviewer else { return try await next(request, context) }
        let path = request.uri.path
        if AuthMiddleware.isPublic(path) || ReviewerAccess.isAccountPath(path) || gates.contains(where: { $0.routes(path) }) {
            return try await next(request, context)
        }
        // The home page has nothing for a reviewer: its reviews are, on the first feature that has any for it.
        if path == "/", request.method == .get, let first = gates.first {
            var home = first.home
            for gate in gates where try await gate.hasAssignment(p.userId, sql) {
                home = gate.home
                break
            }
            return Response(status: .seeOther, headers: [.location: home])
        }
        throw AppError.forbidden(action: "reviewer_scope")
    }
}
