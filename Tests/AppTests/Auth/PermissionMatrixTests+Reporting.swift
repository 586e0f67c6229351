import Foundation
import ReformCore

@testable import App

/// The reporting loop's routes in the matrix: the office of 龙华区 (and above) assigns, sets schedules and indicators and
/// reviews; the liaison and head of 发改局 sign, name handlers and file; only the head approves; 广州市's office sees none of it.
/// 司法局 takes part in 发改局's items: its liaison sees them and their assignments, but not 发改局's reports or evidence
/// (`Access.canReadReport`), which answer 404 to it as to someone outside the jurisdiction.
extension PermissionMatrixTests {
    static let unitWorkers: Set<Who> = [.admin, .liaison, .unitHead]
    /// Who reads 发改局's reports: its own liaison and head, and those who oversee 龙华区.
    static let reportReaders: Set<Who> = [.admin, .office, .liaison, .unitHead, .inspector, .viewer]

    static let reportingEntries: [String: Entry] = {
        var e: [String: Entry] = [:]
        func add(
            _ key: String, _ expected: @escaping @Sendable (Who) -> Outcome,
            _ request: @escaping @Sendable (PermissionWorld, Who) async throws -> Request
        ) {
            e[key] = Entry(expected: expected, request: request)
        }
        let page = { (allowed: Set<Who>) in only(allowed, hidden: [.otherOffice]) }
        let api = { (allowed: Set<Who>) in only(allowed, hidden: [.otherOffice], api: true) }
        // A report of 发改局's: hidden from the other city's office and from the participating unit alike.
        let reportPage = { (allowed: Set<Who>) in only(allowed, hidden: [.otherOffice, .participant]) }
        let reportAPI = { (allowed: Set<Who>) in only(allowed, hidden: [.otherOffice, .participant], api: true) }
        let reportForm: @Sendable (PermissionWorld) -> [(String, String)] = { w in
            [
                ("unitId", String(w.bureau.id)), ("period", "2026-11"), ("status", "in_progress"), ("percent", "50"), ("narrative", "进展"),
                ("submit", "0")
            ]
        }
        let reportJSON: @Sendable (PermissionWorld) -> String = { w in
            #"{"unitId":\#(w.bureau.id),"period":"2026-11","status":"in_progress","percent":50,"narrative":"进展"}"#
        }

        // Pages
        add("GET /inbox", only(everyone)) { _, _ in Request(uri: "/inbox") }
        add("GET /digest", only(everyone)) { _, _ in Request(uri: "/digest") }
        add("POST /items/{id}/assignments", page(planEditors)) { w, _ in
            Request(uri: "/items/\(try await w.freshItem().id)/assignments", method: .post, form: [("note", "")])
        }
        add("POST /items/{id}/indicators", page(planEditors)) { w, _ in
            Request(uri: "/items/\(w.task.id)/indicators", method: .post, form: [("indicatorName", "指标\(w.unique())"), ("target", "1")])
        }
        add("POST /indicators/{id}", page(planEditors)) { w, _ in
            let i = try await w.freshIndicator()
            return Request(uri: "/indicators/\(i.id)", method: .post, form: [("indicatorName", "改名\(w.unique())"), ("version", String(i.version))])
        }
        add("POST /indicators/{id}/delete", page(planEditors)) { w, _ in
            let i = try await w.freshIndicator()
            return Request(uri: "/indicators/\(i.id)/delete", method: .post, form: [("version", String(i.version))])
        }
        add("POST /assignments/{id}/sign", page(unitWorkers)) { w, _ in
            let a = try await w.freshAssignment(signed: false)
            return Request(uri: "/assignments/\(a.id)/sign", method: .post, form: [("version", String(a.version))])
        }
        add("POST /assignments/{id}/handler", page(unitWorkers)) { w, _ in
            let a = try await w.freshAssignment(signed: true)
            return Request(uri: "/assignments/\(a.id)/handler", method: .post, form: [("version", String(a.version)), ("handlerName", "李四")])
        }
        add("POST /items/{id}/reports", page(unitWorkers)) { w, _ in
            let a = try await w.freshAssignment(signed: true)
            return Request(uri: "/items/\(a.itemId)/reports", method: .post, form: reportForm(w))
        }
        add("GET /reports/{id}", reportPage(reportReaders)) { w, _ in Request(uri: "/reports/\(try await w.freshReport(.draft).id)") }
        add("POST /reports/{id}", reportPage(unitWorkers)) { w, _ in
            let r = try await w.freshReport(.draft)
            return Request(uri: "/reports/\(r.id)", method: .post, form: reportForm(w) + [("version", String(r.version))])
        }
        add("POST /reports/{id}/review", reportPage([.admin, .unitHead])) { w, _ in
            let r = try await w.freshReport(.submitted)
            return Request(uri: "/reports/\(r.id)/review", method: .post, form: [("action", "approve"), ("version", String(r.version))])
        }
        add("GET /evidence/{id}", reportPage(reportReaders)) { w, _ in Request(uri: "/evidence/\(try await w.freshEvidence().id)") }
        add("GET /plans/{id}/reporting", page(longhuaReaders)) { w, _ in Request(uri: "/plans/\(w.plan.id)/reporting") }
        add("POST /plans/{id}/reporting", page(planEditors)) { w, _ in
            let plan = try await w.freshPlan()
            return Request(
                uri: "/plans/\(plan.id)/reporting", method: .post,
                form: [("version", "0"), ("scheduleKind", "monthly"), ("reportDay", "25"), ("signDays", "3")])
        }

        // API
        add("GET /api/v1/inbox", only(everyone, api: true)) { _, _ in Request(uri: "/api/v1/inbox") }
        add("GET /api/v1/items/{id}/assignments", api(longhuaReaders)) { w, _ in Request(uri: "/api/v1/items/\(w.task.id)/assignments") }
        add("POST /api/v1/items/{id}/assignments", api(planEditors)) { w, _ in
            Request(uri: "/api/v1/items/\(try await w.freshItem().id)/assignments", method: .post, json: "{}")
        }
        add("GET /api/v1/items/{id}/indicators", api(longhuaReaders)) { w, _ in Request(uri: "/api/v1/items/\(w.task.id)/indicators") }
        add("POST /api/v1/items/{id}/indicators", api(planEditors)) { w, _ in
            Request(uri: "/api/v1/items/\(w.task.id)/indicators", method: .post, json: #"{"name":"指标\#(w.unique())"}"#)
        }
        add("PATCH /api/v1/indicators/{id}", api(planEditors)) { w, _ in
            let i = try await w.freshIndicator()
            return Request(uri: "/api/v1/indicators/\(i.id)", method: .patch, json: #"{"target":"3","version":\#(i.version)}"#)
        }
        add("DELETE /api/v1/indicators/{id}", api(planEditors)) { w, _ in
            let i = try await w.freshIndicator()
            return Request(uri: "/api/v1/indicators/\(i.id)?version=\(i.version)", method: .delete)
        }
        add("POST /api/v1/assignments/{id}/sign", api(unitWorkers)) { w, _ in
            let a = try await w.freshAssignment(signed: false)
            return Request(uri: "/api/v1/assignments/\(a.id)/sign", method: .post, json: #"{"version":\#(a.version)}"#)
        }
        add("POST /api/v1/assignments/{id}/handler", api(unitWorkers)) { w, _ in
            let a = try await w.freshAssignment(signed: true)
            return Request(uri: "/api/v1/assignments/\(a.id)/handler", method: .post, json: #"{"version":\#(a.version),"handlerName":"李四"}"#)
        }
        add("GET /api/v1/items/{id}/reports", api(longhuaReaders)) { w, _ in Request(uri: "/api/v1/items/\(w.task.id)/reports") }
        add("POST /api/v1/items/{id}/reports", api(unitWorkers)) { w, _ in
            let a = try await w.freshAssignment(signed: true)
            return Request(uri: "/api/v1/items/\(a.itemId)/reports", method: .post, json: reportJSON(w))
        }
        add("GET /api/v1/reports/{id}", reportAPI(reportReaders)) { w, _ in Request(uri: "/api/v1/reports/\(try await w.freshReport(.draft).id)") }
        add("PATCH /api/v1/reports/{id}", reportAPI(unitWorkers)) { w, _ in
            let r = try await w.freshReport(.draft)
            return Request(uri: "/api/v1/reports/\(r.id)", method: .patch, json: #"{"version":\#(r.version),"percent":60}"#)
        }
        add("POST /api/v1/reports/{id}/review", reportAPI([.admin, .office])) { w, _ in
            let r = try await w.freshReport(.unitApproved)
            return Request(uri: "/api/v1/reports/\(r.id)/review", method: .post, json: #"{"version":\#(r.version),"action":"accept"}"#)
        }
        add("GET /api/v1/reports/{id}/evidence", reportAPI(reportReaders)) { w, _ in
            Request(uri: "/api/v1/reports/\(try await w.freshReport(.draft).id)/evidence")
        }
        add("POST /api/v1/reports/{id}/evidence", reportAPI(unitWorkers)) { w, _ in
            let r = try await w.freshReport(.draft)
            let boundary = "matrix-boundary"
            let body =
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4 \(w.unique())\r\n--\(boundary)--\r\n"
            return Request(
                uri: "/api/v1/reports/\(r.id)/evidence", method: .post, json: body,
                headers: [.contentType: "multipart/form-data; boundary=\(boundary)"])
        }
        add("GET /api/v1/evidence/{id}", reportAPI(reportReaders)) { w, _ in Request(uri: "/api/v1/evidence/\(try await w.freshEvidence().id)") }
        add("GET /api/v1/plans/{id}/reporting", api(longhuaReaders)) { w, _ in Request(uri: "/api/v1/plans/\(w.plan.id)/reporting") }
        add("PUT /api/v1/plans/{id}/reporting", api(planEditors)) { w, _ in
            Request(uri: "/api/v1/plans/\(try await w.freshPlan().id)/reporting", method: .put, json: #"{"version":0,"kind":"monthly","day":25}"#)
        }
        add("GET /api/v1/jurisdictions/{id}/ranking", api(longhuaReaders)) { w, _ in Request(uri: "/api/v1/jurisdictions/\(w.longhua.id)/ranking") }
        add("GET /api/v1/jurisdictions/{id}/digest", api(longhuaReaders)) { w, _ in Request(uri: "/api/v1/jurisdictions/\(w.longhua.id)/digest") }
        return e
    }()
}
