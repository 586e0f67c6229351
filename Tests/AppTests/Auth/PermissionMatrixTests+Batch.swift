import Foundation
import ReformCore

@testable import App

/// Batch work in the matrix, with the same roles as the single steps: the office of 龙华区 (and above) assigns a whole
/// plan and amends several deadlines; the liaison and head of 发改局 sign several of its assignments at once; 司法局
/// (taking part) is refused (403) and 广州市's office sees none of it (404).
extension PermissionMatrixTests {
    static let batchEntries: [String: Entry] = {
        var e: [String: Entry] = [:]
        func add(
            _ key: String, _ expected: @escaping @Sendable (Who) -> Outcome,
            _ request: @escaping @Sendable (PermissionWorld, Who) async throws -> Request
        ) {
            e[key] = Entry(expected: expected, request: request)
        }
        let page = { (allowed: Set<Who>) in only(allowed, hidden: [.otherOffice]) }
        let api = { (allowed: Set<Who>) in only(allowed, hidden: [.otherOffice], api: true) }

        add("GET /plans/{id}/assign", page(planEditors)) { w, _ in Request(uri: "/plans/\(w.plan.id)/assign") }
        add("POST /plans/{id}/assign", page(planEditors)) { w, _ in
            Request(uri: "/plans/\(try await w.freshPlan().id)/assign", method: .post, form: [("reach", "lead")])
        }
        // Signing is refused by role before the body (which names the assignments) is read: 403 for an office anywhere.
        add("POST /assignments/sign", only(unitWorkers)) { w, _ in
            let a = try await w.freshAssignment(signed: false)
            return Request(uri: "/assignments/sign", method: .post, form: [("sign", "\(a.id).\(a.version)")])
        }
        add("POST /api/v1/plans/{id}/assignments", api(planEditors)) { w, _ in
            Request(uri: "/api/v1/plans/\(try await w.freshPlan().id)/assignments", method: .post, json: #"{"reach":"lead"}"#)
        }
        add("POST /api/v1/assignments/sign", only(unitWorkers, api: true)) { w, _ in
            let a = try await w.freshAssignment(signed: false)
            return Request(uri: "/api/v1/assignments/sign", method: .post, json: #"{"assignments":[{"id":\#(a.id),"version":\#(a.version)}]}"#)
        }
        add("GET /plans/{id}/amend", page(planEditors)) { w, _ in Request(uri: "/plans/\(w.plan.id)/amend") }
        add("POST /plans/{id}/amend", page(planEditors)) { w, _ in
            let i = try await w.freshItem(deadline: true)
            return Request(
                uri: "/plans/\(w.plan.id)/amend", method: .post,
                form: [("item", "\(i.id).\(i.version)"), ("newDeadline", TestClock.today.adding(days: 60).iso), ("reason", "因故顺延")])
        }
        add("POST /api/v1/amendments", api(planEditors)) { w, _ in
            let i = try await w.freshItem(deadline: true)
            return Request(
                uri: "/api/v1/amendments", method: .post,
                json: #"{"items":[{"id":\#(i.id),"version":\#(i.version)}],"newDeadline":"\#(TestClock.today.adding(days: 60).iso)","reason":"因故顺延"}"#
            )
        }
        return e
    }()
}
