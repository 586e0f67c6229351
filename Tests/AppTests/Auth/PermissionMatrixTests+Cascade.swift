import Foundation
import ReformCore

@testable import App

/// The cascade's routes in the matrix. The province sends its items to 深圳市 (the office's level): 深圳市's office signs for
/// and places them (the inspector there reads them), only the province (here an admin) withdraws them; 龙华区's viewer,
/// 广州市's office and the units do not see 深圳市's receipts (404). 深圳市's office sends its own items on to 龙华区.
extension PermissionMatrixTests {
    static let cascadeEntries: [String: Entry] = {
        var e: [String: Entry] = [:]
        func add(
            _ key: String, _ expected: @escaping @Sendable (Who) -> Outcome,
            _ request: @escaping @Sendable (PermissionWorld, Who) async throws -> Request
        ) {
            e[key] = Entry(expected: expected, request: request)
        }
        let shenzhenReaders: Set<Who> = [.admin, .office, .inspector]
        let notShenzhenReaders = everyone.subtracting(shenzhenReaders)
        for api in [false, true] {
            let prefix = api ? "/api/v1" : ""
            add("GET \(prefix)/cascade/receipts/{id}", only(shenzhenReaders, hidden: notShenzhenReaders, api: api)) { w, _ in
                Request(uri: "\(prefix)/cascade/receipts/\(try await w.freshReceipt().id)")
            }
            add("POST \(prefix)/cascade/receipts/{id}/sign", only(planEditors, hidden: notShenzhenReaders, api: api)) { w, _ in
                let r = try await w.freshReceipt()
                let b = obstacleBody(api, [("version", String(r.version))], #"{"version":\#(r.version)}"#)
                return Request(uri: "\(prefix)/cascade/receipts/\(r.id)/sign", method: .post, form: b.form, json: b.json)
            }
            add("POST \(prefix)/cascade/receipts/{id}/place", only(planEditors, hidden: notShenzhenReaders, api: api)) { w, _ in
                let r = try await w.freshReceipt()
                let unit = try await w.shenzhenUnit()
                let deadline = TestClock.today.adding(days: 70).iso
                let b = obstacleBody(
                    api, [("version", String(r.version)), ("leadUnitId", String(unit.id)), ("deadline", deadline)],
                    #"{"version":\#(r.version),"leadUnitId":\#(unit.id),"deadline":"\#(deadline)"}"#)
                return Request(uri: "\(prefix)/cascade/receipts/\(r.id)/place", method: .post, form: b.form, json: b.json)
            }
            add("POST \(prefix)/cascade/receipts/{id}/cancel", only([.admin], hidden: notShenzhenReaders, api: api)) { w, _ in
                let r = try await w.freshReceipt()
                let b = obstacleBody(api, [("version", String(r.version)), ("reason", "另行部署")], #"{"version":\#(r.version),"reason":"另行部署"}"#)
                return Request(uri: "\(prefix)/cascade/receipts/\(r.id)/cancel", method: .post, form: b.form, json: b.json)
            }
            add("POST \(prefix)/cascade/receipts/{id}/extensions", only(planEditors, hidden: notShenzhenReaders, api: api)) { w, _ in
                let r = try await w.freshReceipt()
                let deadline = TestClock.today.adding(days: 85).iso
                let b = obstacleBody(
                    api, [("version", String(r.version)), ("deadline", deadline), ("reason", "需配套立法")],
                    #"{"version":\#(r.version),"deadline":"\#(deadline)","reason":"需配套立法"}"#)
                return Request(uri: "\(prefix)/cascade/receipts/\(r.id)/extensions", method: .post, form: b.form, json: b.json)
            }
            add("POST \(prefix)/cascade/extensions/{id}/decide", only([.admin], hidden: notShenzhenReaders, api: api)) { w, _ in
                let e = try await w.freshExtension()
                let b = obstacleBody(
                    api, [("version", String(e.version)), ("decision", "accept"), ("comment", "同意")],
                    #"{"version":\#(e.version),"decision":"accept","comment":"同意"}"#)
                return Request(uri: "\(prefix)/cascade/extensions/\(e.id)/decide", method: .post, form: b.form, json: b.json)
            }
            add("POST \(prefix)/items/{id}/cascade", only(planEditors, hidden: notShenzhenReaders, api: api)) { w, _ in
                let item = try await w.freshShenzhenItem()
                let deadline = TestClock.today.adding(days: 30).iso
                let b = obstacleBody(
                    api, [("targetJurisdictionIds", String(w.longhua.id)), ("instruction", "抓好落实"), ("deadline", deadline)],
                    #"{"targetJurisdictionIds":[\#(w.longhua.id)],"instruction":"抓好落实","deadline":"\#(deadline)"}"#)
                return Request(uri: "\(prefix)/items/\(item.id)/cascade", method: .post, form: b.form, json: b.json)
            }
        }
        add("GET /cascade", only(everyone)) { _, _ in Request(uri: "/cascade") }
        add("GET /cascade/matrix", only(shenzhenReaders, hidden: notShenzhenReaders)) { w, _ in
            Request(uri: "/cascade/matrix?jurisdiction=\(w.shenzhen.id)")
        }
        add("GET /api/v1/cascade/matrix", only(shenzhenReaders, hidden: notShenzhenReaders, api: true)) { w, _ in
            Request(uri: "/api/v1/cascade/matrix?jurisdiction=\(w.shenzhen.id)")
        }
        add("GET /api/v1/cascade/receipts/{id}/extensions", only(shenzhenReaders, hidden: notShenzhenReaders, api: true)) { w, _ in
            Request(uri: "/api/v1/cascade/receipts/\(try await w.freshExtension().receiptId)/extensions")
        }
        add("GET /api/v1/cascade/receipts", only(everyone, api: true)) { _, _ in Request(uri: "/api/v1/cascade/receipts?role=sent") }
        add("GET /api/v1/items/{id}/copies", only(longhuaReaders, hidden: [.otherOffice], api: true)) { w, _ in
            Request(uri: "/api/v1/items/\(w.task.id)/copies")
        }
        add("POST /api/v1/plans/{id}/cascade", only(planEditors, hidden: notShenzhenReaders, api: true)) { w, _ in
            let item = try await w.freshShenzhenItem()
            return Request(
                uri: "/api/v1/plans/\(item.planId)/cascade", method: .post,
                json: #"{"instruction":"抓好落实","deadline":"\#(TestClock.today.adding(days: 30).iso)"}"#)
        }
        return e
    }()
}
