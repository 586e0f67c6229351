import Foundation
import ReformCore

@testable import App

/// The matters' routes in the matrix. A matter on 发改局's task in 龙华区: the offices of 深圳市 and above raise and run it;
/// 发改局 (lead unit: the liaison and its head) signs, handles, reports back and asks for more time; 司法局 (co-unit, the
/// participant) reads it and handles; the inspector and viewer of the area read it; 广州市's office does not see it (404).
extension PermissionMatrixTests {
    static let raisers: Set<Who> = [.admin, .office, .otherOffice]
    static let leadUnit: Set<Who> = [.admin, .liaison, .unitHead]

    static let matterEntries: [String: Entry] = {
        var e: [String: Entry] = [:]
        func add(
            _ key: String, _ expected: @escaping @Sendable (Who) -> Outcome,
            _ request: @escaping @Sendable (PermissionWorld, Who) async throws -> Request
        ) {
            e[key] = Entry(expected: expected, request: request)
        }
        let page = { (allowed: Set<Who>) in only(allowed, hidden: [.otherOffice]) }

        add("GET /matters", only(everyone)) { _, _ in Request(uri: "/matters?level=key") }
        add("GET /matters/export.xlsx", only(everyone)) { _, _ in Request(uri: "/matters/export.xlsx") }
        add("GET /matters/export.csv", only(everyone)) { _, _ in Request(uri: "/matters/export.csv?state=registered") }
        add("GET /matters/new", only(raisers)) { w, who in
            Request(uri: who == .otherOffice ? "/matters/new" : "/matters/new?item=\(w.task.id)&source=item_late")
        }
        add("POST /matters", only(raisers)) { w, who in Request(uri: "/matters", method: .post, form: w.matterForm(for: who)) }
        add("GET /matters/{id}", page(longhuaReaders)) { w, _ in Request(uri: "/matters/\(try await w.freshMatter().id)") }
        add("POST /matters/{id}/steps", page(leadUnit)) { w, _ in
            let m = try await w.freshMatter(.notified)
            return Request(uri: "/matters/\(m.id)/steps", method: .post, form: [("action", "sign"), ("version", String(m.version))])
        }
        add("POST /matters/{id}/extensions", page(leadUnit)) { w, _ in
            let m = try await w.freshMatter(.signed)
            return Request(
                uri: "/matters/\(m.id)/extensions", method: .post,
                form: [
                    ("requestedDeadline", TestClock.today.adding(days: 45).iso), ("reason", "需协调市级部门"), ("version", String(m.version))
                ])
        }
        add("POST /matters/{id}/extensions/decision", page(planEditors)) { w, _ in
            let m = try await w.freshMatterWithPendingExtension()
            return Request(
                uri: "/matters/\(m.id)/extensions/decision", method: .post,
                form: [("decision", "approve"), ("decisionComment", "同意"), ("version", String(m.version))])
        }
        // The API
        let api = { (allowed: Set<Who>) in only(allowed, hidden: [.otherOffice], api: true) }
        add("GET /api/v1/matters", only(everyone, api: true)) { _, _ in Request(uri: "/api/v1/matters?light=green,yellow") }
        add("GET /api/v1/matters/{id}", api(longhuaReaders)) { w, _ in Request(uri: "/api/v1/matters/\(try await w.freshMatter().id)") }
        add("POST /api/v1/matters", only(raisers, api: true)) { w, who in
            Request(uri: "/api/v1/matters", method: .post, json: w.matterJSON(for: who))
        }
        add("POST /api/v1/matters/{id}/steps", api(leadUnit)) { w, _ in
            let m = try await w.freshMatter(.notified)
            return Request(uri: "/api/v1/matters/\(m.id)/steps", method: .post, json: #"{"action":"sign","version":\#(m.version)}"#)
        }
        add("POST /api/v1/matters/{id}/extensions", api(leadUnit)) { w, _ in
            let m = try await w.freshMatter(.signed)
            return Request(
                uri: "/api/v1/matters/\(m.id)/extensions", method: .post,
                json: #"{"requestedDeadline":"\#(TestClock.today.adding(days: 45).iso)","reason":"需协调","version":\#(m.version)}"#)
        }
        add("POST /api/v1/matters/{id}/extensions/decision", api(planEditors)) { w, _ in
            let m = try await w.freshMatterWithPendingExtension()
            return Request(
                uri: "/api/v1/matters/\(m.id)/extensions/decision", method: .post,
                json: #"{"decision":"refuse","comment":"理由不充分","version":\#(m.version)}"#)
        }

        // 研判: the office of 龙华区 (and above) judges; whoever reads the item reads its judgements.
        add("POST /items/{id}/judgements", page(planEditors)) { w, _ in
            Request(uri: "/items/\(w.task.id)/judgements", method: .post, form: [("period", "2026-11"), ("rating", "amber_red"), ("reason", "进度滞后")])
        }
        add("GET /api/v1/items/{id}/judgements", api(longhuaReaders)) { w, _ in Request(uri: "/api/v1/items/\(w.task.id)/judgements") }
        add("POST /api/v1/items/{id}/judgements", api(planEditors)) { w, _ in
            Request(uri: "/api/v1/items/\(w.task.id)/judgements", method: .post, json: #"{"period":"2026-11","rating":"red","reason":"难以按期完成"}"#)
        }
        return e
    }()
}
