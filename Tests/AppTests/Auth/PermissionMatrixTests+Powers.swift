import Foundation
import HTTPTypes
import ReformCore

@testable import App

/// The delegated powers' routes in the matrix. The decisions are 深圳市's and the powers 龙华区's: everyone who sees 龙华区
/// reads them (广州市's office does not: 404); 深圳市's office and administrators add, import, edit, hand over, evaluate,
/// renew and withdraw; everyone else is refused (403).
extension PermissionMatrixTests {
    static let powerEntries: [String: Entry] = {
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
        @Sendable func csv(_ number: Int) -> String {
            Data("序号,职权事项,职权类别,调整方式,承接地区\n\(number),导入的职权事项,许可,委托,龙华区\n".utf8).base64EncodedString()
        }
        @Sendable func multipart(_ name: String, _ w: PermissionWorld) -> (String, HTTPFields) {
            let boundary = "matrix-boundary"
            let body =
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4 \(w.unique())\r\n--\(boundary)--\r\n"
            return (body, [.contentType: "multipart/form-data; boundary=\(boundary)"])
        }

        add("GET /powers", only(everyone)) { _, _ in Request(uri: "/powers") }
        add("GET /powers/export.xlsx", only(everyone)) { _, _ in Request(uri: "/powers/export.xlsx") }
        add("GET /powers/export.csv", only(everyone)) { _, _ in Request(uri: "/powers/export.csv") }
        add("POST /powers/decisions", only(planEditors)) { w, _ in
            Request(
                uri: "/powers/decisions", method: .post,
                form: [("jurisdictionId", String(w.shenzhen.id)), ("title", "调整决定"), ("decidedOn", "2026-01-05")])
        }
        add("GET /powers/decisions/{id}/import", editors) { w, _ in
            Request(uri: "/powers/decisions/\(try await w.freshPowerDecision().id)/import")
        }
        add("POST /powers/decisions/{id}/import", editors) { w, _ in
            let d = try await w.freshPowerDecision()
            return Request(
                uri: "/powers/decisions/\(d.id)/import", method: .post,
                form: [("filename", "list.csv"), ("content", csv(w.unique())), ("commit", "1")])
        }
        add("GET /powers/new", editors) { w, _ in Request(uri: "/powers/new?decision=\(try await w.freshPowerDecision().id)") }
        add("POST /powers/items", editors) { w, _ in
            let d = try await w.freshPowerDecision()
            return Request(
                uri: "/powers/items", method: .post,
                form: [
                    ("decisionId", String(d.id)), ("number", "1"), ("name", "职权事项"), ("powerType", "licensing"), ("method", "entrust"),
                    ("jurisdictionId", String(w.longhua.id))
                ])
        }
        add("GET /powers/items/{id}", readers) { w, _ in Request(uri: "/powers/items/\(try await w.freshPower().id)") }
        add("GET /powers/items/{id}/edit", editors) { w, _ in Request(uri: "/powers/items/\(try await w.freshPower().id)/edit") }
        add("POST /powers/items/{id}", editors) { w, _ in
            let p = try await w.freshPower()
            return Request(
                uri: "/powers/items/\(p.id)", method: .post,
                form: [
                    ("version", "1"), ("number", "1"), ("name", "职权事项（改）"), ("powerType", "licensing"), ("method", "entrust"),
                    ("jurisdictionId", String(w.longhua.id))
                ])
        }
        add("POST /powers/items/{id}/handover", editors) { w, _ in
            let p = try await w.freshPower()
            return Request(uri: "/powers/items/\(p.id)/handover", method: .post, form: [("version", "1"), ("handedOverOn", "2026-01-20")])
        }
        add("POST /powers/items/{id}/evaluations", editors) { w, _ in
            let p = try await w.freshPower(handedOver: true)
            return Request(
                uri: "/powers/items/\(p.id)/evaluations", method: .post, form: [("evaluatedOn", "2026-10-01"), ("conclusion", "good")])
        }
        add("POST /powers/items/{id}/renewal", editors) { w, _ in
            let p = try await w.freshPower(evaluated: true)
            return Request(uri: "/powers/items/\(p.id)/renewal", method: .post, form: [("version", String(p.version))])
        }
        add("POST /powers/items/{id}/withdrawal", editors) { w, _ in
            let p = try await w.freshPower()
            return Request(uri: "/powers/items/\(p.id)/withdrawal", method: .post, form: [("version", "1")])
        }
        add("POST /powers/items/{id}/agreements", editors) { w, _ in
            let p = try await w.freshPower()
            let (body, headers) = multipart("agreement", w)
            return Request(uri: "/powers/items/\(p.id)/agreements", method: .post, json: body, headers: headers)
        }
        add("GET /power-files/{id}", readers) { w, _ in Request(uri: "/power-files/\(try await w.freshPowerFile())") }

        add("GET /api/v1/power-decisions", only(everyone, api: true)) { _, _ in Request(uri: "/api/v1/power-decisions") }
        add("POST /api/v1/power-decisions", only(planEditors, api: true)) { w, _ in
            Request(
                uri: "/api/v1/power-decisions", method: .post,
                json: #"{"jurisdictionId":\#(w.shenzhen.id),"title":"调整决定","decidedOn":"2026-01-05"}"#)
        }
        add("POST /api/v1/power-decisions/{id}/import", apiEditors) { w, _ in
            let d = try await w.freshPowerDecision()
            return Request(
                uri: "/api/v1/power-decisions/\(d.id)/import", method: .post, json: #"{"filename":"list.csv","dryRun":true,"content":"\#(csv(1))"}"#)
        }
        add("GET /api/v1/powers", only(everyone, api: true)) { _, _ in Request(uri: "/api/v1/powers") }
        add("POST /api/v1/powers", apiEditors) { w, _ in
            let d = try await w.freshPowerDecision()
            return Request(
                uri: "/api/v1/powers", method: .post,
                json:
                    #"{"decisionId":\#(d.id),"number":1,"name":"职权事项","powerType":"licensing","method":"entrust","jurisdictionId":\#(w.longhua.id)}"#)
        }
        add("GET /api/v1/power-export", only(everyone, api: true)) { _, _ in Request(uri: "/api/v1/power-export?format=csv") }
        add("GET /api/v1/power-counts", only(everyone, api: true)) { _, _ in Request(uri: "/api/v1/power-counts") }
        add("GET /api/v1/powers/{id}", apiReaders) { w, _ in Request(uri: "/api/v1/powers/\(try await w.freshPower().id)") }
        add("PUT /api/v1/powers/{id}", apiEditors) { w, _ in
            let p = try await w.freshPower()
            return Request(
                uri: "/api/v1/powers/\(p.id)", method: .put,
                json: #"{"version":1,"number":1,"name":"改名","powerType":"licensing","method":"entrust","jurisdictionId":\#(w.longhua.id)}"#)
        }
        add("POST /api/v1/powers/{id}/handover", apiEditors) { w, _ in
            let p = try await w.freshPower()
            return Request(uri: "/api/v1/powers/\(p.id)/handover", method: .post, json: #"{"version":1,"handedOverOn":"2026-01-20"}"#)
        }
        add("POST /api/v1/powers/{id}/evaluations", apiEditors) { w, _ in
            let p = try await w.freshPower(handedOver: true)
            return Request(uri: "/api/v1/powers/\(p.id)/evaluations", method: .post, json: #"{"evaluatedOn":"2026-10-01","conclusion":"good"}"#)
        }
        add("POST /api/v1/powers/{id}/renewal", apiEditors) { w, _ in
            let p = try await w.freshPower(evaluated: true)
            return Request(uri: "/api/v1/powers/\(p.id)/renewal", method: .post, json: #"{"version":\#(p.version)}"#)
        }
        add("POST /api/v1/powers/{id}/withdrawal", apiEditors) { w, _ in
            let p = try await w.freshPower()
            return Request(uri: "/api/v1/powers/\(p.id)/withdrawal", method: .post, json: #"{"version":1}"#)
        }
        add("POST /powers/decisions/{id}/delete", editors) { w, _ in
            Request(uri: "/powers/decisions/\(try await w.freshPowerDecision().id)/delete", method: .post, form: [])
        }
        add("POST /powers/items/{id}/delete", editors) { w, _ in
            Request(uri: "/powers/items/\(try await w.freshPower().id)/delete", method: .post, form: [("version", "1")])
        }
        add("DELETE /api/v1/power-decisions/{id}", apiEditors) { w, _ in
            Request(uri: "/api/v1/power-decisions/\(try await w.freshPowerDecision().id)", method: .delete)
        }
        add("DELETE /api/v1/powers/{id}", apiEditors) { w, _ in
            Request(uri: "/api/v1/powers/\(try await w.freshPower().id)?version=1", method: .delete)
        }
        add("POST /api/v1/powers/{id}/agreements", apiEditors) { w, _ in
            let p = try await w.freshPower()
            let (body, headers) = multipart("agreement", w)
            return Request(uri: "/api/v1/powers/\(p.id)/agreements", method: .post, json: body, headers: headers)
        }
        add("GET /api/v1/powers/{id}/files", apiReaders) { w, _ in Request(uri: "/api/v1/powers/\(try await w.freshPower().id)/files") }
        return e
    }()
}
