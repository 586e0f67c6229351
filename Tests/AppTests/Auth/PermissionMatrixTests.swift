import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import ReformCore
import Testing

@testable import App

/// Every route of the router × every role (and nobody): what each may do. A route added without an entry here fails
/// `everyRouteHasAnEntry`; each entry runs in its own world (`PermissionWorld`), and every denied request that could
/// change something is checked to have changed nothing (row counts and versions).
struct PermissionMatrixTests {
    typealias Who = PermissionWorld.Who

    enum Outcome: Equatable, CustomStringConvertible {
        /// 2xx, or a redirect anywhere but the login page.
        case ok
        case forbidden, notFound, unauthorized
        /// 303 to the login page.
        case login

        var description: String {
            switch self {
            case .ok: "ok"
            case .forbidden: "forbidden"
            case .notFound: "notFound"
            case .unauthorized: "unauthorized"
            case .login: "login"
            }
        }

        static func of(_ r: TestResponse) -> String {
            let location = r.headers[.location] ?? ""
            if r.status == .seeOther, location == "/login" || location.hasPrefix("/login?next=") { return "login" }
            switch r.status.code {
            case 200..<400: return "ok"
            case 401: return "unauthorized"
            case 403: return "forbidden"
            case 404: return "notFound"
            default: return "status \(r.status.code)"
            }
        }
    }

    struct Request {
        var uri: String
        var method: HTTPRequest.Method = .get
        var form: [(String, String)]? = nil
        var json: String? = nil
        var headers: HTTPFields = [:]
    }

    struct Entry: Sendable {
        var expected: @Sendable (Who) -> Outcome
        var request: @Sendable (PermissionWorld, Who) async throws -> Request
    }

    // MARK: Expectations

    /// Signed-in users in `allowed` may; the others signed in get 403, except `hidden` (outside their view: 404).
    /// Nobody signed in is sent to the login page (pages) or gets 401 (/api, /metrics).
    static func only(_ allowed: Set<Who>, hidden: Set<Who> = [], api: Bool = false) -> @Sendable (Who) -> Outcome {
        { who in
            if who == .anonymous { return api ? .unauthorized : .login }
            if allowed.contains(who) { return .ok }
            return hidden.contains(who) ? .notFound : .forbidden
        }
    }

    static let everyone: Set<Who> = [.admin, .office, .liaison, .unitHead, .inspector, .viewer, .otherOffice, .participant]
    /// Everyone signed in, the reviewer too: their own account, signing out.
    static let accountHolders: Set<Who> = everyone.union([.reviewer])
    /// Who sees 龙华区 (the other city's office does not).
    static let longhuaReaders: Set<Who> = [.admin, .office, .liaison, .unitHead, .inspector, .viewer, .participant]
    static let planEditors: Set<Who> = [.admin, .office]
    static let progressEditors: Set<Who> = [.admin, .office, .liaison, .unitHead]
    static let importers: Set<Who> = [.admin, .office, .otherOffice]

    static func publicRoute(_ who: Who) -> Outcome { .ok }

    // MARK: Bodies

    static func itemForm(_ i: ItemRecord, status: String = "in_progress") -> [(String, String)] {
        [
            ("version", String(i.version)), ("number", i.number), ("title", i.title), ("content", i.content),
            ("leadUnitId", i.leadUnitId.map(String.init) ?? ""), ("responsibleLeader", i.responsibleLeader),
            ("responsiblePerson", i.responsiblePerson), ("handler", "王五"), ("startDate", i.startDate ?? ""),
            ("deadline", i.currentDeadline ?? ""), ("weight", "1"), ("status", status), ("ownPercent", "40"), ("remarks", "按计划推进")
        ]
    }

    static func planForm(_ w: PermissionWorld, title: String, version: Int = 0) -> [(String, String)] {
        [
            ("version", String(version)), ("title", title), ("jurisdictionId", String(w.longhua.id)), ("levelNames", "领域/任务/举措"),
            ("rollupRule", "mean"), ("warnDays", "3")
        ]
    }

    // MARK: The matrix

    static let entries: [String: Entry] = {
        var e: [String: Entry] = [:]
        func add(
            _ key: String, _ expected: @escaping @Sendable (Who) -> Outcome,
            _ request: @escaping @Sendable (PermissionWorld, Who) async throws -> Request
        ) {
            e[key] = Entry(expected: expected, request: request)
        }
        let readers = only(everyone)
        let longhua = only(longhuaReaders, hidden: [.otherOffice])
        let plansOfLonghua = only(planEditors, hidden: [.otherOffice])

        // Operations and public routes
        add("GET /health", publicRoute) { _, _ in Request(uri: "/health") }
        add("GET /metrics", only([.admin], api: true)) { _, _ in Request(uri: "/metrics") }

        // First run: /setup exists only while there is no user (here there are some); the checklist is for those who set up.
        add("GET /setup", { _ in .notFound }) { _, _ in Request(uri: "/setup") }
        add("POST /setup", { _ in .notFound }) { _, _ in
            Request(uri: "/setup", method: .post, form: [("setupCode", "ABCD-EFGH"), ("username", "intruder"), ("password", "long password 7")])
        }
        add("GET /start", only([.admin, .office, .otherOffice])) { _, _ in Request(uri: "/start") }

        // Background jobs: whoever started one, and administrators; to anyone else it does not exist.
        let jobOwners = only([.admin, .office], hidden: everyone.subtracting([.admin, .office]))
        let jobOwnersAPI = only([.admin, .office], hidden: everyone.subtracting([.admin, .office]), api: true)
        add("GET /jobs/{id}", jobOwners) { w, _ in Request(uri: "/jobs/\(try await w.officeJob())") }
        add("POST /jobs/{id}/cancel", jobOwners) { w, _ in Request(uri: "/jobs/\(try await w.officeJob())/cancel", method: .post, form: []) }
        add("GET /api/v1/jobs/{id}", jobOwnersAPI) { w, _ in Request(uri: "/api/v1/jobs/\(try await w.officeJob())") }
        add("POST /api/v1/jobs/{id}/cancel", jobOwnersAPI) { w, _ in
            Request(uri: "/api/v1/jobs/\(try await w.officeJob())/cancel", method: .post, json: "{}")
        }
        add("GET /static/{file}", publicRoute) { _, _ in Request(uri: "/static/app.css") }
        add("GET /api/openapi.json", publicRoute) { _, _ in Request(uri: "/api/openapi.json") }
        add("GET /login", publicRoute) { _, _ in Request(uri: "/login") }
        add("POST /login", publicRoute) { w, _ in
            let user = try await w.freshUser()
            let token = "matrix-login-token"
            return Request(
                uri: "/login", method: .post,
                form: [("_csrf", token), ("username", user.username), ("password", TestAccounts.password)],
                headers: [.cookie: "\(AccountPages.loginCSRFCookie)=\(token)"])
        }

        // The user's own account
        add("POST /logout", only(accountHolders)) { _, _ in Request(uri: "/logout", method: .post, form: []) }
        add("GET /account", only(accountHolders)) { _, _ in Request(uri: "/account") }
        add("POST /account/password", only(accountHolders)) { w, _ in
            let new = "matrix password \(w.unique())"
            return Request(
                uri: "/account/password", method: .post,
                form: [
                    ("currentPassword", TestAccounts.password), ("newPassword", new), ("confirmPassword", new)
                ])
        }
        add("POST /account/tokens", only(accountHolders)) { _, _ in Request(uri: "/account/tokens", method: .post, form: [("name", "矩阵")]) }
        add("POST /account/tokens/{id}/revoke", only(accountHolders)) { w, who in
            guard let user = w.users[who], let principal = user.principal else {
                return Request(uri: "/account/tokens/1/revoke", method: .post, form: [])
            }
            let (token, _) = try await w.services.accounts.createToken(principal: principal, name: "撤销")
            return Request(uri: "/account/tokens/\(token.id)/revoke", method: .post, form: [])
        }

        // Audit and users
        add("GET /audit", only([.admin, .office, .otherOffice])) { _, _ in Request(uri: "/audit?actor=m-") }
        add("GET /users", only([.admin])) { _, _ in Request(uri: "/users") }
        add("GET /users/new", only([.admin])) { _, _ in Request(uri: "/users/new") }
        add("POST /users", only([.admin])) { w, _ in
            Request(
                uri: "/users", method: .post,
                form: [
                    ("username", "new-\(w.unique())"), ("displayName", "新用户"), ("role", "viewer"),
                    ("jurisdictionId", String(w.longhua.id)), ("password", "a long password")
                ])
        }
        add("GET /users/{id}/edit", only([.admin])) { w, _ in Request(uri: "/users/\(w.users[.viewer]!.id)/edit") }
        add("POST /users/{id}", only([.admin])) { w, _ in
            let u = try await w.freshUser()
            return Request(
                uri: "/users/\(u.id)", method: .post,
                form: [
                    ("version", String(u.version)), ("username", u.username), ("displayName", "改名"), ("role", "inspector"),
                    ("jurisdictionId", String(w.shenzhen.id)), ("active", "1")
                ])
        }
        add("POST /users/{id}/password", only([.admin])) { w, _ in
            Request(uri: "/users/\(try await w.freshUser().id)/password", method: .post, form: [("password", "reset password 1")])
        }
        add("POST /users/{id}/unlock", only([.admin])) { w, _ in
            let u = try await w.freshUser()
            try await w.sql.execute("UPDATE users SET locked_until = '2999-01-01T00:00:00.000Z' WHERE id = \(bind: u.id)")
            return Request(uri: "/users/\(u.id)/unlock", method: .post, form: [])
        }

        // Dashboard and ledger
        // A reviewer's home is its reviews: "/" sends it to /evaluations.
        add("GET /", only(accountHolders)) { _, _ in Request(uri: "/") }
        add("GET /dashboard/{id}", longhua) { w, _ in Request(uri: "/dashboard/\(w.longhua.id)") }
        add("GET /ledger", readers) { _, _ in Request(uri: "/ledger?q=\(q("一网通办"))") }
        add("GET /ledger/export.xlsx", readers) { _, _ in Request(uri: "/ledger/export.xlsx?per_field=1") }
        add("GET /ledger/export.csv", readers) { _, _ in Request(uri: "/ledger/export.csv?q=\(q("一网通办"))") }
        add("POST /ledger/export-jobs", readers) { _, _ in
            Request(uri: "/ledger/export-jobs", method: .post, form: [("query", "q=\(q("一网通办"))"), ("format", "csv")])
        }
        add("GET /ledger/export-jobs/{id}/file", jobOwners) { w, _ in Request(uri: "/ledger/export-jobs/\(try await w.officeExportJob())/file") }

        // Jurisdictions: the administrator's
        add("GET /jurisdictions", readers) { _, _ in Request(uri: "/jurisdictions") }
        add("GET /jurisdictions/new", only([.admin])) { _, _ in Request(uri: "/jurisdictions/new") }
        add("POST /jurisdictions", only([.admin])) { w, _ in
            Request(
                uri: "/jurisdictions", method: .post,
                form: [
                    ("name", "新区\(w.unique())"), ("level", "district"),
                    ("divisionCode", String(format: "46%04d", w.unique() % 10000)),
                    ("parentId", String(w.shenzhen.id))
                ])
        }
        add("GET /jurisdictions/{id}/edit", only([.admin], hidden: [.otherOffice])) { w, _ in Request(uri: "/jurisdictions/\(w.longhua.id)/edit") }
        add("POST /jurisdictions/{id}", only([.admin], hidden: [.otherOffice])) { w, _ in
            let j = try await w.freshJurisdiction()
            return Request(
                uri: "/jurisdictions/\(j.id)", method: .post,
                form: [
                    ("version", String(j.version)), ("name", j.name + "改"), ("level", j.level), ("divisionCode", j.divisionCode),
                    ("parentId", String(w.longhua.id))
                ])
        }

        // Units: the administrator's and the office's
        add("GET /units", readers) { _, _ in Request(uri: "/units") }
        add("GET /units/new", only([.admin, .office, .otherOffice])) { _, _ in Request(uri: "/units/new") }
        add("POST /units", only(planEditors)) { w, _ in
            Request(uri: "/units", method: .post, form: [("jurisdictionId", String(w.longhua.id)), ("name", "龙华区新单位\(w.unique())")])
        }
        add("GET /units/{id}/edit", plansOfLonghua) { w, _ in Request(uri: "/units/\(w.bureau.id)/edit") }
        add("POST /units/{id}", plansOfLonghua) { w, _ in
            let u = try await w.freshUnit()
            return Request(
                uri: "/units/\(u.id)", method: .post,
                form: [
                    ("version", String(u.version)), ("jurisdictionId", String(w.longhua.id)),
                    ("name", u.name + "改")
                ])
        }

        // Plans
        add("GET /plans", readers) { _, _ in Request(uri: "/plans") }
        add("GET /plans/new", only([.admin, .office, .otherOffice])) { _, _ in Request(uri: "/plans/new") }
        add("POST /plans", only(planEditors)) { w, _ in Request(uri: "/plans", method: .post, form: planForm(w, title: "新方案\(w.unique())")) }
        add("GET /plans/{id}", longhua) { w, _ in Request(uri: "/plans/\(w.plan.id)") }
        add("GET /plans/{id}/edit", plansOfLonghua) { w, _ in Request(uri: "/plans/\(w.plan.id)/edit") }
        add("POST /plans/{id}", plansOfLonghua) { w, _ in
            let p = try await w.freshPlan()
            return Request(uri: "/plans/\(p.id)", method: .post, form: planForm(w, title: p.title + "（修订）", version: p.version))
        }
        add("GET /plans/{id}/wallchart", longhua) { w, _ in Request(uri: "/plans/\(w.plan.id)/wallchart") }
        add("GET /plans/{id}/wallchart.svg", longhua) { w, _ in Request(uri: "/plans/\(w.plan.id)/wallchart.svg") }
        add("GET /plans/{id}/wallchart/print", longhua) { w, _ in Request(uri: "/plans/\(w.plan.id)/wallchart/print") }
        add("GET /plans/{id}/items/new", plansOfLonghua) { w, _ in Request(uri: "/plans/\(w.plan.id)/items/new") }
        add("POST /plans/{id}/items", plansOfLonghua) { w, _ in
            Request(
                uri: "/plans/\(w.plan.id)/items", method: .post,
                form: [
                    ("title", "新任务\(w.unique())"), ("leadUnitId", String(w.bureau.id)), ("status", "not_started"), ("ownPercent", "0"),
                    ("weight", "1")
                ])
        }

        // Items: liaisons and unit heads report progress on their unit's items
        let progress = only(progressEditors, hidden: [.otherOffice])
        add("GET /items/{id}", longhua) { w, _ in Request(uri: "/items/\(w.task.id)") }
        // 司法局 takes part in the task: its liaison reports progress on it too.
        add("GET /items/{id}/edit", only(progressEditors.union([.participant]), hidden: [.otherOffice])) { w, _ in
            Request(uri: "/items/\(w.task.id)/edit")
        }
        add("POST /items/{id}", progress) { w, _ in
            let i = try await w.freshItem()
            return Request(uri: "/items/\(i.id)", method: .post, form: itemForm(i))
        }
        add("POST /items/{id}/amend", plansOfLonghua) { w, _ in
            let i = try await w.freshItem(deadline: true)
            return Request(
                uri: "/items/\(i.id)/amend", method: .post,
                form: [
                    ("version", String(i.version)), ("newDeadline", TestClock.today.adding(days: 60).iso), ("reason", "因故顺延")
                ])
        }
        add("POST /items/{id}/delete", plansOfLonghua) { w, _ in
            let i = try await w.freshItem()
            return Request(uri: "/items/\(i.id)/delete", method: .post, form: [("version", String(i.version))])
        }

        // Imports: the office's tool
        let imports = only(planEditors, hidden: [.otherOffice])
        add("GET /imports", only(importers)) { _, _ in Request(uri: "/imports") }
        add("GET /imports/new", only(importers)) { _, _ in Request(uri: "/imports/new") }
        add("POST /imports", only(planEditors)) { w, _ in
            Request(
                uri: "/imports", method: .post,
                form: [
                    ("mode", "newPlan"), ("jurisdictionId", String(w.longhua.id)), ("title", "导入的方案"),
                    ("text", "一、深化改革\n（一）推进试点。年底前完成。")
                ])
        }
        add("GET /imports/{id}", imports) { w, _ in Request(uri: "/imports/\(w.batch.id)") }
        add("POST /imports/{id}/corrections", imports) { w, _ in
            let b = try await w.freshDraft()
            return Request(uri: "/imports/\(b.id)/corrections", method: .post, form: [("version", String(b.version))])
        }
        add("POST /imports/{id}/commit", imports) { w, _ in Request(uri: "/imports/\(try await w.freshDraft().id)/commit", method: .post, form: []) }
        add("POST /imports/{id}/undo", imports) { w, _ in Request(uri: "/imports/\(try await w.freshCommitted().id)/undo", method: .post, form: []) }
        add("POST /imports/{id}/discard", imports) { w, _ in Request(uri: "/imports/\(try await w.freshDraft().id)/discard", method: .post, form: [])
        }

        // The JSON API: the same rules, 401 without a token
        func api(_ allowed: Set<Who>, hidden: Set<Who> = []) -> @Sendable (Who) -> Outcome { only(allowed, hidden: hidden, api: true) }
        let apiReaders = api(everyone)
        let apiLonghua = api(longhuaReaders, hidden: [.otherOffice])
        let apiPlans = api(planEditors, hidden: [.otherOffice])
        add("GET /api/v1/me", only(accountHolders, api: true)) { _, _ in Request(uri: "/api/v1/me") }
        add("GET /api/v1/audit", api([.admin, .office, .otherOffice])) { _, _ in Request(uri: "/api/v1/audit") }
        add("GET /api/v1/jurisdictions", apiReaders) { _, _ in Request(uri: "/api/v1/jurisdictions") }
        add("POST /api/v1/jurisdictions", api([.admin])) { w, _ in
            Request(
                uri: "/api/v1/jurisdictions", method: .post,
                json:
                    #"{"name": "新区\#(w.unique())", "level": "district", "divisionCode": "\#(String(format: "47%04d", w.unique() % 10000))", "parentId": \#(w.shenzhen.id)}"#
            )
        }
        add("GET /api/v1/jurisdictions/{id}", apiLonghua) { w, _ in Request(uri: "/api/v1/jurisdictions/\(w.longhua.id)") }
        add("PATCH /api/v1/jurisdictions/{id}", api([.admin], hidden: [.otherOffice])) { w, _ in
            let j = try await w.freshJurisdiction()
            return Request(uri: "/api/v1/jurisdictions/\(j.id)", method: .patch, json: #"{"name": "\#(j.name)改", "version": \#(j.version)}"#)
        }
        add("GET /api/v1/jurisdictions/{id}/dashboard", apiLonghua) { w, _ in Request(uri: "/api/v1/jurisdictions/\(w.longhua.id)/dashboard") }
        add("GET /api/v1/units", apiReaders) { _, _ in Request(uri: "/api/v1/units") }
        add("POST /api/v1/units", api(planEditors)) { w, _ in
            Request(uri: "/api/v1/units", method: .post, json: #"{"jurisdictionId": \#(w.longhua.id), "name": "龙华区新单位\#(w.unique())"}"#)
        }
        add("GET /api/v1/units/{id}", apiLonghua) { w, _ in Request(uri: "/api/v1/units/\(w.bureau.id)") }
        add("PATCH /api/v1/units/{id}", apiPlans) { w, _ in
            let u = try await w.freshUnit()
            return Request(uri: "/api/v1/units/\(u.id)", method: .patch, json: #"{"name": "\#(u.name)改", "version": \#(u.version)}"#)
        }
        add("GET /api/v1/plans", apiReaders) { _, _ in Request(uri: "/api/v1/plans") }
        add("POST /api/v1/plans", api(planEditors)) { w, _ in
            Request(uri: "/api/v1/plans", method: .post, json: #"{"title": "新方案\#(w.unique())", "jurisdictionId": \#(w.longhua.id)}"#)
        }
        add("GET /api/v1/plans/{id}", apiLonghua) { w, _ in Request(uri: "/api/v1/plans/\(w.plan.id)") }
        add("PATCH /api/v1/plans/{id}", apiPlans) { w, _ in
            let p = try await w.freshPlan()
            return Request(uri: "/api/v1/plans/\(p.id)", method: .patch, json: #"{"issuer": "区委深改委办公室", "version": \#(p.version)}"#)
        }
        add("GET /api/v1/plans/{id}/items", apiLonghua) { w, _ in Request(uri: "/api/v1/plans/\(w.plan.id)/items") }
        add("POST /api/v1/plans/{id}/items", apiPlans) { w, _ in
            Request(uri: "/api/v1/plans/\(w.plan.id)/items", method: .post, json: #"{"title": "新任务\#(w.unique())", "leadUnitId": \#(w.bureau.id)}"#)
        }
        add("GET /api/v1/items/{id}", apiLonghua) { w, _ in Request(uri: "/api/v1/items/\(w.task.id)") }
        add("PATCH /api/v1/items/{id}", api(progressEditors, hidden: [.otherOffice])) { w, _ in
            let i = try await w.freshItem()
            return Request(uri: "/api/v1/items/\(i.id)", method: .patch, json: #"{"handler": "王五", "remarks": "按计划推进", "version": \#(i.version)}"#)
        }
        add("DELETE /api/v1/items/{id}", apiPlans) { w, _ in
            let i = try await w.freshItem()
            return Request(uri: "/api/v1/items/\(i.id)?version=\(i.version)", method: .delete)
        }
        add("GET /api/v1/items/{id}/amendments", apiLonghua) { w, _ in Request(uri: "/api/v1/items/\(w.task.id)/amendments") }
        add("POST /api/v1/items/{id}/amendments", apiPlans) { w, _ in
            let i = try await w.freshItem(deadline: true)
            return Request(
                uri: "/api/v1/items/\(i.id)/amendments", method: .post,
                json: #"{"newDeadline": "\#(TestClock.today.adding(days: 60).iso)", "reason": "因故顺延", "version": \#(i.version)}"#)
        }
        add("GET /api/v1/items/{id}/history", apiLonghua) { w, _ in Request(uri: "/api/v1/items/\(w.task.id)/history") }
        add("GET /api/v1/ledger", apiReaders) { _, _ in Request(uri: "/api/v1/ledger") }
        add("GET /api/v1/ledger/export", apiReaders) { _, _ in Request(uri: "/api/v1/ledger/export?format=csv") }
        add("POST /api/v1/ledger/export-jobs", apiReaders) { _, _ in Request(uri: "/api/v1/ledger/export-jobs?format=csv", method: .post, json: "{}")
        }
        add("GET /api/v1/ledger/export-jobs/{id}/file", jobOwnersAPI) { w, _ in
            Request(uri: "/api/v1/ledger/export-jobs/\(try await w.officeExportJob())/file")
        }
        add("GET /api/v1/imports", api(importers)) { _, _ in Request(uri: "/api/v1/imports") }
        add("POST /api/v1/imports", api(planEditors)) { w, _ in
            Request(
                uri: "/api/v1/imports", method: .post,
                json: #"{"text": "一、深化改革\n（一）推进试点。年底前完成。", "target": {"jurisdictionId": \#(w.longhua.id)}}"#)
        }
        add("GET /api/v1/imports/{id}", apiPlans) { w, _ in Request(uri: "/api/v1/imports/\(w.batch.id)") }
        add("PATCH /api/v1/imports/{id}", apiPlans) { w, _ in
            let b = try await w.freshDraft()
            return Request(uri: "/api/v1/imports/\(b.id)", method: .patch, json: #"{"version": \#(b.version)}"#)
        }
        add("DELETE /api/v1/imports/{id}", apiPlans) { w, _ in Request(uri: "/api/v1/imports/\(try await w.freshDraft().id)", method: .delete) }
        add("POST /api/v1/imports/{id}/commit", apiPlans) { w, _ in
            Request(uri: "/api/v1/imports/\(try await w.freshDraft().id)/commit", method: .post)
        }
        add("POST /api/v1/imports/{id}/undo", apiPlans) { w, _ in
            Request(uri: "/api/v1/imports/\(try await w.freshCommitted().id)/undo", method: .post, json: "{}")
        }
        for (key, entry) in reportingEntries { e[key] = entry }
        for (key, entry) in twoFactorEntries { e[key] = entry }
        for (key, entry) in matterEntries { e[key] = entry }
        for (key, entry) in inspectionEntries { e[key] = entry }
        for (key, entry) in notificationEntries { e[key] = entry }
        for (key, entry) in obstacleEntries { e[key] = entry }
        for (key, entry) in noticeEntries { e[key] = entry }
        for (key, entry) in cascadeEntries { e[key] = entry }
        for (key, entry) in batchEntries { e[key] = entry }
        for (key, entry) in rankingEntries { e[key] = entry }
        for (key, entry) in meetingEntries { e[key] = entry }
        for (key, entry) in yearEndEntries { e[key] = entry }
        for (key, entry) in authorizationEntries { e[key] = entry }
        for (key, entry) in evaluationEntries { e[key] = entry }
        for (key, entry) in publicationEntries { e[key] = entry }
        for (key, entry) in ideaEntries { e[key] = entry }
        for (key, entry) in powerEntries { e[key] = entry }
        for (key, entry) in grassrootsEntries { e[key] = entry }
        return e
    }()

    // MARK: Tests

    /// The routes the application registers, as "METHOD /path/{param}".
    static func routeKeys() async throws -> [String] {
        var logger = Logger(label: "matrix")
        logger.logLevel = .critical
        let services = try await buildServices(
            AppConfig(database: .sqliteMemory, loadDemoIfEmpty: false, logLevel: .critical, bcryptCost: 4),
            logger: logger)
        let keys = buildRouter(services).routes.map { "\($0.method.rawValue) \($0.path.description)" }
        await services.database.shutdown()
        return keys
    }

    /// Routes whose role × route checks live in another matrix suite ("METHOD /path", any `{placeholder}` names), so a
    /// feature can keep its matrix beside its own fixtures; a route in neither fails `everyRouteHasAnEntry`.
    static let coveredElsewhere: Set<String> = []

    /// "POST /reports/{report}/review" and "POST /reports/{id}/review" are the same route.
    static func normalized(_ key: String) -> String {
        key.replacingOccurrences(of: #"\{[^}/]*\}"#, with: "{}", options: .regularExpression)
    }

    @Test func everyRouteHasAnEntry() async throws {
        // given
        let routes = Set(try await Self.routeKeys().map(Self.normalized))
        let here = Set(Self.entries.keys.map(Self.normalized))
        // then
        #expect(routes.count >= 80, "the router lists only \(routes.count) routes")
        let missing = routes.subtracting(here).subtracting(Self.coveredElsewhere.map(Self.normalized)).sorted()
        let stale = here.subtracting(routes).sorted()
        #expect(missing.isEmpty, "routes without a permission matrix entry: \(missing)")
        #expect(stale.isEmpty, "matrix entries for routes that do not exist: \(stale)")
    }

    @Test(arguments: Array(entries.keys).sorted())
    func eachRoleGetsWhatTheMatrixSays(route: String) async throws {
        let entry = try #require(Self.entries[route])
        try await TestApp.run { services, client in
            // given
            let world = try await PermissionWorld.make(services, client)
            for who in Who.allCases {
                let r = try await entry.request(world, who)
                let before = r.method == .get ? [:] : try await world.snapshot()
                // when
                var headers = r.headers
                var body: ByteBuffer?
                if let form = r.form {
                    headers[.contentType] = "application/x-www-form-urlencoded"
                    body = ByteBuffer(string: FormBody.encode(form))
                } else if let json = r.json {
                    if headers[.contentType] == nil { headers[.contentType] = "application/json" }
                    body = ByteBuffer(string: json)
                }
                let response = try await world.clients[who]!.executeRequest(uri: r.uri, method: r.method, headers: headers, body: body)
                // then
                let expected = entry.expected(who)
                let got = Outcome.of(response)
                #expect(got == expected.description, "\(route) as \(who): expected \(expected), got \(got) — \(response.text.prefix(300))")
                if expected != .ok, r.method != .get {
                    let after = try await world.snapshot()
                    #expect(
                        after == before, "\(route) as \(who) was refused but changed \(after.filter { before[$0.key] != $0.value }.keys.sorted())")
                }
            }
        }
    }
}
