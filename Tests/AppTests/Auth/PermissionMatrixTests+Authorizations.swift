import Foundation
import HTTPTypes
import ReformCore

@testable import App

/// The register's and the calendar's routes in the matrix. The register's batches and items are 龙华区's: everyone who sees
/// 龙华区 reads them (广州市's office does not: 404); its office and administrators add, import, edit and record landing;
/// everyone else is refused (403). Everyone reads the calendar; only administrators change it.
extension PermissionMatrixTests {
    static let authorizationEntries: [String: Entry] = {
        var e: [String: Entry] = [:]
        func add(
            _ key: String, _ expected: @escaping @Sendable (Who) -> Outcome,
            _ request: @escaping @Sendable (PermissionWorld, Who) async throws -> Request
        ) {
            e[key] = Entry(expected: expected, request: request)
        }
        let admins: Set<Who> = [.admin]
        let readers = only(longhuaReaders, hidden: [.otherOffice])
        let editors = only(planEditors, hidden: [.otherOffice])
        let apiReaders = only(longhuaReaders, hidden: [.otherOffice], api: true)
        let apiEditors = only(planEditors, hidden: [.otherOffice], api: true)
        @Sendable func csv(_ number: Int) -> String {
            Data("序号,领域,授权事项,备案或报批\n\(number),营商环境,导入的授权事项,备案\n".utf8).base64EncodedString()
        }

        add("GET /calendar", only(everyone)) { _, _ in Request(uri: "/calendar?year=2026") }
        add("POST /calendar/days", only(admins)) { w, _ in
            Request(uri: "/calendar/days", method: .post, form: [("day", w.freshCalendarDay()), ("kind", "holiday"), ("note", "测试")])
        }
        add("POST /calendar/days/{day}/delete", only(admins)) { w, _ in
            Request(uri: "/calendar/days/\(try await w.freshCalendarEntry())/delete", method: .post, form: [("version", "1")])
        }
        add("GET /api/v1/calendar", only(everyone, api: true)) { _, _ in Request(uri: "/api/v1/calendar?year=2026") }
        add("PUT /api/v1/calendar/{day}", only(admins, api: true)) { w, _ in
            Request(uri: "/api/v1/calendar/\(w.freshCalendarDay())", method: .put, json: #"{"kind":"holiday","note":"测试"}"#)
        }
        add("DELETE /api/v1/calendar/{day}", only(admins, api: true)) { w, _ in
            Request(uri: "/api/v1/calendar/\(try await w.freshCalendarEntry())", method: .delete, headers: [.ifMatch: "\"1\""])
        }
        add("GET /api/v1/working-days", only(everyone, api: true)) { _, _ in Request(uri: "/api/v1/working-days?from=2026-02-12&days=30") }

        add("GET /authorizations", only(everyone)) { _, _ in Request(uri: "/authorizations") }
        add("GET /authorizations/export.xlsx", only(everyone)) { _, _ in Request(uri: "/authorizations/export.xlsx") }
        add("GET /authorizations/export.csv", only(everyone)) { _, _ in Request(uri: "/authorizations/export.csv") }
        add("POST /authorizations/batches", only(planEditors)) { w, _ in
            Request(
                uri: "/authorizations/batches", method: .post,
                form: [("jurisdictionId", String(w.longhua.id)), ("ordinal", String(w.unique() % 900 + 1)), ("title", "授权清单")])
        }
        add("GET /authorizations/batches/{id}/import", editors) { w, _ in
            Request(uri: "/authorizations/batches/\(try await w.freshAuthorizationBatch().id)/import")
        }
        add("POST /authorizations/batches/{id}/import", editors) { w, _ in
            let b = try await w.freshAuthorizationBatch()
            return Request(
                uri: "/authorizations/batches/\(b.id)/import", method: .post,
                form: [("filename", "list.csv"), ("content", csv(w.unique())), ("commit", "1")])
        }
        add("GET /authorizations/new", editors) { w, _ in Request(uri: "/authorizations/new?batch=\(try await w.freshAuthorizationBatch().id)") }
        add("POST /authorizations/items", editors) { w, _ in
            let b = try await w.freshAuthorizationBatch()
            return Request(
                uri: "/authorizations/items", method: .post,
                form: [
                    ("batchId", String(b.id)), ("number", "1"), ("area", "营商环境"), ("content", "授权事项"), ("approvalMode", "filing"),
                    ("jurisdictionId", String(w.longhua.id))
                ])
        }
        add("GET /authorizations/items/{id}", readers) { w, _ in Request(uri: "/authorizations/items/\(try await w.freshAuthorization().id)") }
        add("GET /authorizations/items/{id}/edit", editors) { w, _ in
            Request(uri: "/authorizations/items/\(try await w.freshAuthorization().id)/edit")
        }
        add("POST /authorizations/items/{id}", editors) { w, _ in
            let i = try await w.freshAuthorization()
            return Request(
                uri: "/authorizations/items/\(i.id)", method: .post,
                form: [
                    ("version", "1"), ("number", "1"), ("area", "营商环境"), ("content", "授权事项（改）"), ("approvalMode", "filing"),
                    ("jurisdictionId", String(w.longhua.id))
                ])
        }
        add("POST /authorizations/items/{id}/status", editors) { w, _ in
            let i = try await w.freshAuthorization()
            return Request(uri: "/authorizations/items/\(i.id)/status", method: .post, form: [("version", "1"), ("landingStatus", "progressing")])
        }
        add("POST /authorizations/items/{id}/evidence", editors) { w, _ in
            let i = try await w.freshAuthorization()
            let boundary = "matrix-boundary"
            let body =
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4 \(w.unique())\r\n--\(boundary)--\r\n"
            return Request(
                uri: "/authorizations/items/\(i.id)/evidence", method: .post, json: body,
                headers: [.contentType: "multipart/form-data; boundary=\(boundary)"])
        }
        add("GET /authorization-evidence/{id}", readers) { w, _ in
            Request(uri: "/authorization-evidence/\(try await w.freshAuthorizationEvidence())")
        }

        add("GET /api/v1/authorization-batches", only(everyone, api: true)) { _, _ in Request(uri: "/api/v1/authorization-batches") }
        add("POST /api/v1/authorization-batches", only(planEditors, api: true)) { w, _ in
            Request(
                uri: "/api/v1/authorization-batches", method: .post,
                json: #"{"jurisdictionId":\#(w.longhua.id),"ordinal":\#(w.unique() % 900 + 1),"title":"授权清单"}"#)
        }
        add("POST /api/v1/authorization-batches/{id}/import", apiEditors) { w, _ in
            let b = try await w.freshAuthorizationBatch()
            return Request(
                uri: "/api/v1/authorization-batches/\(b.id)/import", method: .post,
                json: #"{"filename":"list.csv","dryRun":true,"content":"\#(csv(1))"}"#)
        }
        add("GET /api/v1/authorizations", only(everyone, api: true)) { _, _ in Request(uri: "/api/v1/authorizations") }
        add("POST /api/v1/authorizations", apiEditors) { w, _ in
            let b = try await w.freshAuthorizationBatch()
            return Request(
                uri: "/api/v1/authorizations", method: .post,
                json: #"{"batchId":\#(b.id),"number":1,"area":"营商环境","content":"授权事项","approvalMode":"filing","jurisdictionId":\#(w.longhua.id)}"#)
        }
        add("GET /api/v1/authorization-export", only(everyone, api: true)) { _, _ in Request(uri: "/api/v1/authorization-export?format=csv") }
        add("GET /api/v1/authorizations/{id}", apiReaders) { w, _ in Request(uri: "/api/v1/authorizations/\(try await w.freshAuthorization().id)") }
        add("PUT /api/v1/authorizations/{id}", apiEditors) { w, _ in
            let i = try await w.freshAuthorization()
            return Request(
                uri: "/api/v1/authorizations/\(i.id)", method: .put,
                json: #"{"version":1,"number":1,"area":"营商环境","content":"改","approvalMode":"filing","jurisdictionId":\#(w.longhua.id)}"#)
        }
        add("POST /api/v1/authorizations/{id}/status", apiEditors) { w, _ in
            let i = try await w.freshAuthorization()
            return Request(uri: "/api/v1/authorizations/\(i.id)/status", method: .post, json: #"{"version":1,"landingStatus":"progressing"}"#)
        }
        add("GET /api/v1/authorization-counts", only(everyone, api: true)) { _, _ in Request(uri: "/api/v1/authorization-counts") }
        add("POST /authorizations/items/{id}/delete", editors) { w, _ in
            Request(uri: "/authorizations/items/\(try await w.freshAuthorization().id)/delete", method: .post, form: [("version", "1")])
        }
        add("DELETE /api/v1/authorizations/{id}", apiEditors) { w, _ in
            Request(uri: "/api/v1/authorizations/\(try await w.freshAuthorization().id)?version=1", method: .delete)
        }
        return e
    }()
}
