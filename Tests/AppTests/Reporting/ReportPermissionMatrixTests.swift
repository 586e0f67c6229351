import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ReformCore
import SQLKit
import Testing

@testable import App

/// Every role × every route of the reporting loop, pages and API: a refused request gets 401/403/404 (or the login
/// redirect) and changes nothing; the roles the policy allows get through.
struct ReportPermissionMatrixTests {
    enum Who: String, CaseIterable, Sendable {
        case admin, office, otherOffice, liaison, head, otherLiaison, inspector, viewer, anonymous
    }

    /// What a route needs to exist before it is called.
    enum Stage: Sendable { case none, assigned, signed, draft, submitted, approved }

    struct Route: Sendable, CustomStringConvertible {
        var method: HTTPRequest.Method
        var path: String
        var body: String
        var isPage: Bool
        var stage: Stage
        var allowed: Set<Who>
        var description: String { "\(method) \(path)" }
    }

    static let pdf = EvidenceUploadTests.pdf

    /// `{item}`, `{assignment}`, `{report}`, `{plan}`, `{jurisdiction}`, `{evidence}` are filled per fixture.
    static let routes: [Route] = {
        let office: Set<Who> = [.admin, .office]
        let unit: Set<Who> = [.admin, .liaison, .head]
        let head: Set<Who> = [.admin, .head]
        return [
            Route(method: .post, path: "/api/v1/items/{item}/assignments", body: "{}", isPage: false, stage: .none, allowed: office),
            Route(
                method: .post, path: "/api/v1/items/{item}/indicators", body: #"{"name":"办理时限压缩率","target":"50"}"#, isPage: false,
                stage: .none, allowed: office),
            Route(
                method: .post, path: "/api/v1/assignments/{assignment}/sign", body: #"{"version":1}"#, isPage: false, stage: .assigned, allowed: unit),
            Route(
                method: .post, path: "/api/v1/assignments/{assignment}/handler", body: #"{"version":2,"handlerName":"李四"}"#, isPage: false,
                stage: .signed, allowed: unit),
            Route(
                method: .post, path: "/api/v1/items/{item}/reports",
                body: #"{"unitId":{unit},"period":"2026-11","status":"in_progress","percent":50,"narrative":"进展"}"#, isPage: false,
                stage: .signed, allowed: unit),
            Route(
                method: .patch, path: "/api/v1/reports/{report}", body: #"{"version":1,"percent":60}"#, isPage: false, stage: .draft, allowed: unit),
            Route(
                method: .post, path: "/api/v1/reports/{report}/review", body: #"{"version":1,"action":"submit"}"#, isPage: false, stage: .draft,
                allowed: unit),
            Route(
                method: .post, path: "/api/v1/reports/{report}/review", body: #"{"version":2,"action":"approve"}"#, isPage: false, stage: .submitted,
                allowed: head),
            Route(
                method: .post, path: "/api/v1/reports/{report}/review", body: #"{"version":3,"action":"accept"}"#, isPage: false, stage: .approved,
                allowed: office),
            Route(method: .post, path: "/api/v1/reports/{report}/evidence", body: "multipart", isPage: false, stage: .draft, allowed: unit),
            Route(
                method: .put, path: "/api/v1/plans/{plan}/reporting",
                body: #"{"version":1,"kind":"quarterly","dates":["3-25","6-25","9-25","12-20"]}"#,
                isPage: false, stage: .none, allowed: office),
            Route(method: .get, path: "/api/v1/inbox", body: "", isPage: false, stage: .none, allowed: Set(Who.allCases).subtracting([.anonymous])),
            // 改革办's liaison (a participating unit) does not read 发改局's report or its evidence.
            Route(
                method: .get, path: "/api/v1/reports/{report}", body: "", isPage: false, stage: .draft,
                allowed: [.admin, .office, .liaison, .head, .inspector, .viewer]),
            Route(
                method: .get, path: "/api/v1/reports/{report}/evidence", body: "", isPage: false, stage: .draft,
                allowed: [.admin, .office, .liaison, .head, .inspector, .viewer]),
            Route(
                method: .get, path: "/api/v1/evidence/{evidence}", body: "", isPage: false, stage: .draft,
                allowed: [.admin, .office, .liaison, .head, .inspector, .viewer]),
            Route(
                method: .get, path: "/api/v1/jurisdictions/{jurisdiction}/ranking", body: "", isPage: false, stage: .none,
                allowed: [.admin, .office, .liaison, .head, .otherLiaison, .inspector, .viewer]),
            Route(method: .post, path: "/items/{item}/assignments", body: "note=", isPage: true, stage: .none, allowed: office),
            Route(method: .post, path: "/assignments/{assignment}/sign", body: "version=1", isPage: true, stage: .assigned, allowed: unit),
            Route(
                method: .post, path: "/assignments/{assignment}/handler", body: "version=2&handlerName=%E6%9D%8E%E5%9B%9B", isPage: true,
                stage: .signed, allowed: unit),
            Route(
                method: .post, path: "/items/{item}/reports",
                body: "unitId={unit}&period=2026-11&status=in_progress&percent=50&narrative=x&submit=0", isPage: true, stage: .signed, allowed: unit),
            Route(method: .post, path: "/reports/{report}/review", body: "version=2&action=approve", isPage: true, stage: .submitted, allowed: head),
            Route(
                method: .post, path: "/reports/{report}/review", body: "version=3&action=return&comment=x", isPage: true, stage: .approved,
                allowed: office),
            Route(
                method: .post, path: "/plans/{plan}/reporting", body: "version=1&scheduleKind=monthly&reportDay=20&signDays=3", isPage: true,
                stage: .none,
                allowed: office),
            Route(
                method: .get, path: "/reports/{report}", body: "", isPage: true, stage: .draft,
                allowed: [.admin, .office, .liaison, .head, .inspector, .viewer]),
            Route(
                method: .get, path: "/evidence/{evidence}", body: "", isPage: true, stage: .draft,
                allowed: [.admin, .office, .liaison, .head, .inspector, .viewer]),
            Route(method: .get, path: "/inbox", body: "", isPage: true, stage: .none, allowed: Set(Who.allCases).subtracting([.anonymous]))
        ]
    }()

    struct World: Sendable {
        var r: ReportingFixture
        var clients: [Who: SignedInClient]
        var ids: [String: String]
    }

    private func world(_ services: AppServices, _ client: SignedInClient, stage: Stage, pages: Bool) async throws -> World {
        let r = try await ReportingFixture.make(services, withAccounts: true)
        let users = TestAccounts(services: services)
        let sibling = try await r.f.jurisdiction("大鹏新区", level: .district, code: "440310", parent: r.ledger.city.id)
        var made: [Who: TestAccounts.Made] = [
            .admin: try await users.user(.admin), .office: r.accounts["office"]!, .liaison: r.accounts["liaison"]!,
            .head: r.accounts["head"]!, .otherLiaison: r.accounts["otherLiaison"]!
        ]
        made[.otherOffice] = try await users.user(.office, jurisdiction: sibling.id)
        made[.inspector] = try await users.user(.inspector, jurisdiction: r.ledger.district.id)
        made[.viewer] = try await users.user(.viewer, jurisdiction: r.ledger.district.id)
        var clients: [Who: SignedInClient] = [.anonymous: client.anonymous]
        for (who, user) in made {
            if pages {
                let (cookie, csrf) = try await users.signIn(user.username)
                clients[who] = SignedInClient(inner: client.inner, services: services, credential: .session(cookie: cookie, csrf: csrf))
            } else {
                clients[who] = SignedInClient(inner: client.inner, services: services, credential: .bearer(user.token))
            }
        }
        var ids = [
            "item": String(r.measure.id), "plan": String(r.ledger.plan.id), "jurisdiction": String(r.ledger.district.id),
            "unit": String(r.ledger.developmentBureau.id)
        ]
        if stage != .none {
            let a = try await services.assignments.assign(
                itemId: r.measure.id, note: "", includeParticipants: false, by: r.office,
                today: LocalDate.iso("2026-11-10"))[0]
            ids["assignment"] = String(a.id)
            if stage != .assigned {
                _ = try await services.assignments.sign(a.id, baseVersion: a.version, by: r.liaison)
            }
            if [.draft, .submitted, .approved].contains(stage) {
                var report = try await services.reports.save(
                    reportId: nil, itemId: r.measure.id, unitId: r.ledger.developmentBureau.id,
                    r.draft(), baseVersion: nil, by: r.liaison)
                let file = try services.evidence.check(filename: "a.pdf", data: Self.pdf)
                let evidence = try await services.reports.addEvidence(reportId: report.id, files: [file], by: r.liaison)
                ids["evidence"] = String(evidence[0].id)
                if stage != .draft { report = try await services.reports.act(report.id, .submit, baseVersion: report.version, by: r.liaison) }
                if stage == .approved { report = try await services.reports.act(report.id, .approve, baseVersion: report.version, by: r.head) }
                ids["report"] = String(report.id)
            }
        }
        return World(r: r, clients: clients, ids: ids)
    }

    /// Everything the loop writes, as one comparable value.
    private func fingerprint(_ sql: any SQLDatabase) async throws -> String {
        var parts: [String] = []
        for table in ["assignments", "progress_reports", "plan_reporting"] {
            let n =
                try await sql.scalar(
                    Int.self, column: "n", "SELECT CAST(COUNT(*) + COALESCE(SUM(version), 0) * 1000 AS BIGINT) AS n FROM \(unsafeRaw: table)") ?? -1
            parts.append("\(table)=\(n)")
        }
        for table in ["evidence_files", "report_indicator_values", "audit_log", "deadline_amendments"] {
            parts.append("\(table)=\(try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM \(unsafeRaw: table)") ?? -1)")
        }
        let item = try await sql.scalar(Int.self, column: "version", "SELECT version FROM plan_items ORDER BY version DESC LIMIT 1") ?? -1
        return parts.joined(separator: " ") + " item=\(item)"
    }

    private func call(_ route: Route, as who: Who, in w: World) async throws -> TestResponse {
        var path = route.path, body = route.body
        for (key, value) in w.ids {
            path = path.replacingOccurrences(of: "{\(key)}", with: value)
            body = body.replacingOccurrences(of: "{\(key)}", with: value)
        }
        let client = w.clients[who]!
        if route.method == .get { return try await client.get(path) }
        if body == "multipart" {
            return try await client.executeRequest(
                uri: path, method: route.method,
                headers: [.contentType: "multipart/form-data; boundary=\(ReportPageTests.boundary)"],
                body: ReportPageTests.multipart([], files: [("evidence", "b.pdf", Self.pdf + Data("x".utf8))]))
        }
        if route.isPage {
            let fields = body.split(separator: "&").map { pair -> (String, String) in
                let kv = pair.split(separator: "=", maxSplits: 1).map { String($0).removingPercentEncoding ?? String($0) }
                return (kv[0], kv.count > 1 ? kv[1] : "")
            }
            return try await client.postForm(path, fields)
        }
        return try await client.executeRequest(
            uri: path, method: route.method, headers: [.contentType: "application/json"],
            body: ByteBuffer(string: body))
    }

    private func check(pages: Bool) async throws {
        for route in Self.routes where route.isPage == pages {
            try await TestApp.run { services, client in
                let w = try await world(services, client, stage: route.stage, pages: pages)
                // Refused first: each must leave everything as it was.
                for who in Who.allCases where !route.allowed.contains(who) {
                    let before = try await fingerprint(w.r.f.sql)
                    let response = try await call(route, as: who, in: w)
                    let refused: Set<HTTPResponse.Status> = [.unauthorized, .forbidden, .notFound, .seeOther]
                    #expect(refused.contains(response.status), "\(route) as \(who): \(response.status) \(response.text.prefix(200))")
                    if response.status == .seeOther { #expect(response.headers[.location]?.hasPrefix("/login") == true, "\(route) as \(who)") }
                    #expect(try await fingerprint(w.r.f.sql) == before, "\(route) as \(who) changed something")
                }
                // Then one allowed role (the most specific one) gets through.
                let who = [Who.liaison, .head, .office, .otherLiaison, .inspector, .admin].first { route.allowed.contains($0) }!
                let response = try await call(route, as: who, in: w)
                #expect(response.status.code < 400, "\(route) as \(who): \(response.status) \(response.text.prefix(300))")
            }
        }
    }

    @Test func theAPI() async throws { try await check(pages: false) }

    @Test func thePages() async throws { try await check(pages: true) }
}
