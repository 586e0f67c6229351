import Foundation
import ReformCore

@testable import App

/// The year-end check's routes in the matrix. The check is 龙华区's: its readers read it (a unit only when it leads one of
/// its measures, and then only its rows); 深圳市's office (above) and the administrator open, review and lock it; 发改局's
/// liaison and unit head answer 发改局's row, 司法局's liaison (the participant) sees the check through its own row but not
/// 发改局's row (404); the inspector and viewer may not answer (403); 广州市's office does not see it (404).
extension PermissionMatrixTests {
    static let yearEndEntries: [String: Entry] = {
        var e: [String: Entry] = [:]
        func add(
            _ key: String, _ expected: @escaping @Sendable (Who) -> Outcome,
            _ request: @escaping @Sendable (PermissionWorld, Who) async throws -> Request
        ) {
            e[key] = Entry(expected: expected, request: request)
        }
        let answerers: Set<Who> = [.admin, .office, .liaison, .unitHead]
        for api in [false, true] {
            let prefix = api ? "/api/v1" : ""
            add("GET \(prefix)/plans/{id}/yearend", only(longhuaReaders, hidden: [.otherOffice], api: api)) { w, _ in
                Request(uri: "\(prefix)/plans/\(try await w.freshYearEnd().check.planId)/yearend")
            }
            add("POST \(prefix)/plans/{id}/yearend", only(planEditors, hidden: [.otherOffice], api: api)) { w, _ in
                let plan = try await w.freshYearEndPlan()
                let b = obstacleBody(api, [("year", "2020")], #"{"year":2020}"#)
                return Request(uri: "\(prefix)/plans/\(plan.id)/yearend", method: .post, form: b.form, json: b.json)
            }
            add("GET \(prefix)/yearend/{id}", only(longhuaReaders, hidden: [.otherOffice], api: api)) { w, _ in
                Request(uri: "\(prefix)/yearend/\(try await w.freshYearEnd().check.id)")
            }
            add("POST \(prefix)/yearend/{id}/answers", only(answerers, hidden: [.otherOffice, .participant], api: api)) { w, _ in
                let (check, row) = try await w.freshYearEnd()
                let b = obstacleBody(
                    api, [("row", String(row.id)), ("v\(row.id)", String(row.version)), ("outcome", "done")],
                    #"{"answers":[{"rowId":\#(row.id),"version":\#(row.version),"outcome":"done"}]}"#)
                return Request(uri: "\(prefix)/yearend/\(check.id)/answers", method: .post, form: b.form, json: b.json)
            }
            add("POST \(prefix)/yearend/{id}/reviews", only(planEditors, hidden: [.otherOffice], api: api)) { w, _ in
                let (check, row) = try await w.freshYearEnd(answered: true)
                let b = obstacleBody(
                    api, [("row", String(row.id)), ("v\(row.id)", String(row.version)), ("action", "confirm")],
                    #"{"rows":[{"rowId":\#(row.id),"version":\#(row.version)}],"action":"confirm"}"#)
                return Request(uri: "\(prefix)/yearend/\(check.id)/reviews", method: .post, form: b.form, json: b.json)
            }
            add("POST \(prefix)/yearend/{id}/lock", only(planEditors, hidden: [.otherOffice], api: api)) { w, _ in
                let (check, _) = try await w.freshYearEnd(confirmed: true)
                let b = obstacleBody(api, [("version", String(check.version))], #"{"version":\#(check.version)}"#)
                return Request(uri: "\(prefix)/yearend/\(check.id)/lock", method: .post, form: b.form, json: b.json)
            }
        }
        add("GET /yearend/{id}/print", only(longhuaReaders, hidden: [.otherOffice])) { w, _ in
            Request(uri: "/yearend/\(try await w.freshYearEnd().check.id)/print")
        }
        return e
    }()
}
