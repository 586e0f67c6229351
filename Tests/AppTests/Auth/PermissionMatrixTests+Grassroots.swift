import Foundation
import HTTPTypes
import ReformCore

@testable import App

/// The grassroots projects' routes in the matrix. The call is 深圳市's, the projects 龙华区's: everyone who sees 龙华区 reads
/// them (广州市's office does not: 404); 深圳市's office and administrators declare, edit and review; everyone else 403.
extension PermissionMatrixTests {
    static let grassrootsEntries: [String: Entry] = {
        var e: [String: Entry] = [:]
        func add(
            _ key: String, _ expected: @escaping @Sendable (Who) -> Outcome,
            _ request: @escaping @Sendable (PermissionWorld, Who) async throws -> Request
        ) {
            e[key] = Entry(expected: expected, request: request)
        }
        let readers = only(longhuaReaders, hidden: [.otherOffice])
        let editors = only(planEditors, hidden: [.otherOffice])
        let apiReaders = only(longhuaReaders, hidden: [.otherOffice], api: true)
        let apiEditors = only(planEditors, hidden: [.otherOffice], api: true)
        @Sendable func csv(_ n: Int) -> String { Data("申报区,项目名称,牵头单位\n龙华区,导入的项目\(n),龙华区政府\n".utf8).base64EncodedString() }

        add("GET /grassroots", only(everyone)) { _, _ in Request(uri: "/grassroots") }
        add("GET /grassroots/export.xlsx", only(everyone)) { _, _ in Request(uri: "/grassroots/export.xlsx") }
        add("GET /grassroots/export.csv", only(everyone)) { _, _ in Request(uri: "/grassroots/export.csv") }
        add("POST /grassroots/calls", only(planEditors)) { w, _ in
            Request(
                uri: "/grassroots/calls", method: .post,
                form: [("jurisdictionId", String(w.shenzhen.id)), ("year", "2022"), ("title", "征集"), ("quotaPerDistrict", "2")])
        }
        add("GET /grassroots/calls/{id}/import", editors) { w, _ in Request(uri: "/grassroots/calls/\(try await w.freshGrassrootsCall().id)/import") }
        add("POST /grassroots/calls/{id}/import", editors) { w, _ in
            let c = try await w.freshGrassrootsCall()
            return Request(
                uri: "/grassroots/calls/\(c.id)/import", method: .post, form: [("filename", "d.csv"), ("content", csv(w.unique())), ("commit", "1")])
        }
        add("GET /grassroots/new", editors) { w, _ in Request(uri: "/grassroots/new?call=\(try await w.freshGrassrootsCall().id)") }
        add("POST /grassroots/projects", editors) { w, _ in
            let c = try await w.freshGrassrootsCall()
            return Request(
                uri: "/grassroots/projects", method: .post,
                form: [("callId", String(c.id)), ("jurisdictionId", String(w.longhua.id)), ("title", "项目"), ("leadUnit", "龙华区政府")])
        }
        add("GET /grassroots/projects/{id}", readers) { w, _ in Request(uri: "/grassroots/projects/\(try await w.freshGrassrootsProject().id)") }
        add("GET /grassroots/projects/{id}/edit", editors) { w, _ in
            Request(uri: "/grassroots/projects/\(try await w.freshGrassrootsProject().id)/edit")
        }
        add("POST /grassroots/projects/{id}", editors) { w, _ in
            let g = try await w.freshGrassrootsProject()
            return Request(
                uri: "/grassroots/projects/\(g.id)", method: .post,
                form: [("version", "1"), ("jurisdictionId", String(w.longhua.id)), ("title", "项目（改）"), ("leadUnit", "龙华区政府")])
        }
        add("POST /grassroots/projects/{id}/review", editors) { w, _ in
            let g = try await w.freshGrassrootsProject()
            return Request(uri: "/grassroots/projects/\(g.id)/review", method: .post, form: [("version", "1"), ("decision", "selected")])
        }

        add("GET /api/v1/grassroots-calls", only(everyone, api: true)) { _, _ in Request(uri: "/api/v1/grassroots-calls") }
        add("POST /api/v1/grassroots-calls", only(planEditors, api: true)) { w, _ in
            Request(
                uri: "/api/v1/grassroots-calls", method: .post,
                json: #"{"jurisdictionId":\#(w.shenzhen.id),"year":2022,"title":"征集","quotaPerDistrict":2}"#)
        }
        add("POST /api/v1/grassroots-calls/{id}/import", apiEditors) { w, _ in
            let c = try await w.freshGrassrootsCall()
            return Request(
                uri: "/api/v1/grassroots-calls/\(c.id)/import", method: .post, json: #"{"filename":"d.csv","dryRun":true,"content":"\#(csv(1))"}"#)
        }
        add("GET /api/v1/grassroots-projects", only(everyone, api: true)) { _, _ in Request(uri: "/api/v1/grassroots-projects") }
        add("POST /api/v1/grassroots-projects", apiEditors) { w, _ in
            let c = try await w.freshGrassrootsCall()
            return Request(
                uri: "/api/v1/grassroots-projects", method: .post,
                json: #"{"callId":\#(c.id),"jurisdictionId":\#(w.longhua.id),"title":"项目","leadUnit":"龙华区政府"}"#)
        }
        add("GET /api/v1/grassroots-export", only(everyone, api: true)) { _, _ in Request(uri: "/api/v1/grassroots-export?format=csv") }
        add("GET /api/v1/grassroots-projects/{id}", apiReaders) { w, _ in
            Request(uri: "/api/v1/grassroots-projects/\(try await w.freshGrassrootsProject().id)")
        }
        add("PUT /api/v1/grassroots-projects/{id}", apiEditors) { w, _ in
            let g = try await w.freshGrassrootsProject()
            return Request(
                uri: "/api/v1/grassroots-projects/\(g.id)", method: .put,
                json: #"{"version":1,"jurisdictionId":\#(w.longhua.id),"title":"改","leadUnit":"龙华区政府"}"#)
        }
        add("POST /api/v1/grassroots-projects/{id}/review", apiEditors) { w, _ in
            let g = try await w.freshGrassrootsProject()
            return Request(uri: "/api/v1/grassroots-projects/\(g.id)/review", method: .post, json: #"{"version":1,"decision":"selected"}"#)
        }
        add("POST /grassroots/projects/{id}/delete", editors) { w, _ in
            Request(uri: "/grassroots/projects/\(try await w.freshGrassrootsProject().id)/delete", method: .post, form: [("version", "1")])
        }
        add("DELETE /api/v1/grassroots-projects/{id}", apiEditors) { w, _ in
            Request(uri: "/api/v1/grassroots-projects/\(try await w.freshGrassrootsProject().id)?version=1", method: .delete)
        }
        return e
    }()
}

extension PermissionWorld {
    /// A call of 深圳市 with a quota of 99.
    func freshGrassrootsCall() async throws -> GrassrootsCallRecord {
        try await services.grassroots.createCall(
            .init(jurisdictionId: shenzhen.id, year: "2022", title: "征集\(unique())", quotaPerDistrict: "99", declareBy: ""),
            by: powerOffice)
    }

    func freshGrassrootsProject() async throws -> GrassrootsProjectRecord {
        let call = try await freshGrassrootsCall()
        return try await services.grassroots.declare(
            callId: call.id, .init(jurisdictionId: longhua.id, title: "项目", summary: "", leadUnit: "龙华区政府", expectedResult: "", contact: ""),
            by: powerOffice)
    }
}
