import Foundation
import ReformCore

@testable import App

/// The ranking's routes in the matrix: whoever sees 龙华区 reads its ranking, exports and print page (广州市's office does
/// not see it: 404); only the offices above it and the admin read and save its weights. Each save takes a year of its
/// own, so every role saves version 1 of a fresh set.
extension PermissionMatrixTests {
    static let rankingEntries: [String: Entry] = {
        var e: [String: Entry] = [:]
        func add(
            _ key: String, _ expected: @escaping @Sendable (Who) -> Outcome,
            _ request: @escaping @Sendable (PermissionWorld, Who) async throws -> Request
        ) {
            e[key] = Entry(expected: expected, request: request)
        }
        let page = { (allowed: Set<Who>) in only(allowed, hidden: [.otherOffice]) }
        let api = { (allowed: Set<Who>) in only(allowed, hidden: [.otherOffice], api: true) }
        let weights = RankingComponent.allCases.map { ($0.rawValue, "2") }
        let weightsJSON =
            #"{"onTimeRate":40,"overdueItems":2,"reviewReturns":1,"findings":2,"rectificationsOnTime":1,"rectificationsOverdue":2,"mattersOverdue":3,"commendations":5,"accountability":5}"#
        @Sendable func year(_ w: PermissionWorld) -> Int { 2030 + w.unique() % 60 }

        add("GET /jurisdictions/{id}/ranking", page(longhuaReaders)) { w, _ in
            Request(uri: "/jurisdictions/\(w.longhua.id)/ranking?asOf=\(TestClock.today.adding(days: -1).iso)&plan=\(w.plan.id)")
        }
        add("GET /jurisdictions/{id}/ranking/print", page(longhuaReaders)) { w, _ in Request(uri: "/jurisdictions/\(w.longhua.id)/ranking/print") }
        add("GET /jurisdictions/{id}/ranking/export.xlsx", page(longhuaReaders)) { w, _ in
            Request(uri: "/jurisdictions/\(w.longhua.id)/ranking/export.xlsx")
        }
        add("GET /jurisdictions/{id}/ranking/export.csv", page(longhuaReaders)) { w, _ in
            Request(uri: "/jurisdictions/\(w.longhua.id)/ranking/export.csv?asOf=\(TestClock.today.iso)")
        }
        add("GET /jurisdictions/{id}/ranking/weights", page(planEditors)) { w, _ in
            Request(uri: "/jurisdictions/\(w.longhua.id)/ranking/weights?plan=\(w.plan.id)")
        }
        add("POST /jurisdictions/{id}/ranking/weights", page(planEditors)) { w, _ in
            Request(
                uri: "/jurisdictions/\(w.longhua.id)/ranking/weights", method: .post,
                form: [("year", String(year(w))), ("version", "0")] + weights)
        }
        add("GET /api/v1/jurisdictions/{id}/ranking/weights", api(planEditors)) { w, _ in
            Request(uri: "/api/v1/jurisdictions/\(w.longhua.id)/ranking/weights?year=2026")
        }
        add("PUT /api/v1/jurisdictions/{id}/ranking/weights", api(planEditors)) { w, _ in
            Request(
                uri: "/api/v1/jurisdictions/\(w.longhua.id)/ranking/weights", method: .put,
                json: #"{"year":\#(year(w)),"version":0,"weights":\#(weightsJSON)}"#)
        }
        return e
    }()
}
