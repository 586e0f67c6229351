import Foundation
import ReformCore

@testable import App

/// The inspection routes in the matrix: the office (深圳市, above 龙华区) and the inspector on the team set up and record;
/// 发改局's liaison and head sign and report on its rectification; every reader of 龙华区 reads the inspection, but a
/// finding or rectification of 发改局's is hidden from another unit (司法局) as from 广州市's office.
extension PermissionMatrixTests {
    static let inspectionEntries: [String: Entry] = {
        var e: [String: Entry] = [:]
        func add(
            _ key: String, _ expected: @escaping @Sendable (Who) -> Outcome,
            _ request: @escaping @Sendable (PermissionWorld, Who) async throws -> Request
        ) {
            e[key] = Entry(expected: expected, request: request)
        }
        let recorders: Set<Who> = [.admin, .office, .inspector]
        let bureauReaders: Set<Who> = [.admin, .office, .liaison, .unitHead, .inspector, .viewer]
        let bureauOnly = { (allowed: Set<Who>) in only(allowed, hidden: [.otherOffice, .participant]) }

        add("GET /inspections", only(everyone)) { _, _ in Request(uri: "/inspections") }
        add("GET /inspections/new", only([.admin, .office, .inspector, .otherOffice])) { _, _ in Request(uri: "/inspections/new") }
        add("POST /inspections", only(recorders)) { w, _ in
            Request(
                uri: "/inspections", method: .post,
                form: [
                    ("kind", "special"), ("title", "专项督查\(w.unique())"), ("jurisdictionId", String(w.longhua.id)), ("scopeKind", "subtree"),
                    ("memberIds", String(w.users[.inspector]!.id)), ("startsOn", "2026-11-01"), ("endsOn", "2026-11-30")
                ])
        }
        add("GET /inspections/{id}", only(longhuaReaders, hidden: [.otherOffice])) { w, _ in
            Request(uri: "/inspections/\(try await w.freshInspection().id)")
        }
        add("POST /inspections/{id}/findings", only(recorders, hidden: [.otherOffice])) { w, _ in
            Request(uri: "/inspections/\(try await w.freshInspection().id)/findings", method: .post, form: w.findingForm())
        }
        add("GET /findings/{id}", bureauOnly(bureauReaders)) { w, _ in Request(uri: "/findings/\(try await w.freshFinding().id)") }
        add("GET /finding-evidence/{id}", bureauOnly(bureauReaders)) { w, _ in
            let f = try await w.freshFinding(evidence: true)
            let file = try await InspectionQueries.findingEvidence(ofFinding: f.id, on: w.sql)[0]
            return Request(uri: "/finding-evidence/\(file.id)")
        }
        add("GET /rectifications", only(everyone)) { _, _ in Request(uri: "/rectifications?state=assigned") }
        add("GET /rectifications/export.xlsx", only(everyone)) { _, _ in Request(uri: "/rectifications/export.xlsx") }
        add("GET /rectifications/export.csv", only(everyone)) { _, _ in Request(uri: "/rectifications/export.csv?light=red") }
        add("GET /rectifications/{id}", bureauOnly(bureauReaders)) { w, _ in
            Request(uri: "/rectifications/\(try await w.freshRectification(signed: false).id)")
        }
        // Signing is the lead unit's: the office and the team read it but may not sign for the unit.
        add("POST /rectifications/{id}/steps", bureauOnly([.liaison, .unitHead])) { w, _ in
            let r = try await w.freshRectification(signed: false)
            return Request(uri: "/rectifications/\(r.id)/steps", method: .post, form: [("action", "sign"), ("version", String(r.version))])
        }
        add("POST /rectifications/{id}/reports", bureauOnly([.liaison, .unitHead])) { w, _ in
            let r = try await w.freshRectification(signed: true)
            return Request(
                uri: "/rectifications/\(r.id)/reports", method: .post,
                form: [("narrative", "进展"), ("percent", "30"), ("version", String(r.version))])
        }
        add("GET /rectification-evidence/{id}", bureauOnly(bureauReaders)) { w, _ in
            Request(uri: "/rectification-evidence/\(try await w.freshRectificationEvidence())")
        }

        // The same through /api/v1.
        let api = { (allowed: Set<Who>, hidden: Set<Who>) in only(allowed, hidden: hidden, api: true) }
        let bureauHidden: Set<Who> = [.otherOffice, .participant]
        add("GET /api/v1/inspections", api(everyone, [])) { _, _ in Request(uri: "/api/v1/inspections") }
        add("POST /api/v1/inspections", api(recorders, [])) { w, _ in
            Request(
                uri: "/api/v1/inspections", method: .post,
                json: #"{"kind":"survey","title":"专项调研\#(w.unique())","jurisdictionId":\#(w.longhua.id),"scopeKind":"subtree","#
                    + #""memberIds":[\#(w.users[.inspector]!.id)],"startsOn":"2026-11-01","endsOn":"2026-11-30"}"#)
        }
        add("GET /api/v1/inspections/{id}", api(longhuaReaders, [.otherOffice])) { w, _ in
            Request(uri: "/api/v1/inspections/\(try await w.freshInspection().id)")
        }
        add("POST /api/v1/inspections/{id}/findings", api(recorders, [.otherOffice])) { w, _ in
            Request(
                uri: "/api/v1/inspections/\(try await w.freshInspection().id)/findings", method: .post,
                json: #"{"nature":"problem","unitId":\#(w.bureau.id),"category":"other","severity":"minor","description":"问题","#
                    + #""rectification":{"deadline":"2026-12-31","evidenceRequired":"报告"}}"#)
        }
        add("GET /api/v1/findings/{id}", api(bureauReaders, bureauHidden)) { w, _ in Request(uri: "/api/v1/findings/\(try await w.freshFinding().id)")
        }
        add("GET /api/v1/rectifications", api(everyone, [])) { _, _ in Request(uri: "/api/v1/rectifications?light=green") }
        add("GET /api/v1/rectifications/{id}", api(bureauReaders, bureauHidden)) { w, _ in
            Request(uri: "/api/v1/rectifications/\(try await w.freshRectification(signed: false).id)")
        }
        add("POST /api/v1/rectifications/{id}/steps", api([.liaison, .unitHead], bureauHidden)) { w, _ in
            let r = try await w.freshRectification(signed: false)
            return Request(uri: "/api/v1/rectifications/\(r.id)/steps", method: .post, json: #"{"action":"sign","version":\#(r.version)}"#)
        }
        add("POST /api/v1/rectifications/{id}/reports", api([.liaison, .unitHead], bureauHidden)) { w, _ in
            let r = try await w.freshRectification(signed: true)
            return Request(
                uri: "/api/v1/rectifications/\(r.id)/reports", method: .post, json: #"{"narrative":"进展","percent":40,"version":\#(r.version)}"#)
        }
        return e
    }()
}
