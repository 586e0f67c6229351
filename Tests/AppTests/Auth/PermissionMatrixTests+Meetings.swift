import Foundation
import ReformCore

@testable import App

/// The meetings' routes in the matrix. Meetings are 龙华区's: everyone who sees 龙华区 reads them (广州市's office does not:
/// 404); its office's level (深圳市's office) and administrators record and edit them and turn decisions into items,
/// matters and cascades; everyone else is refused (403).
extension PermissionMatrixTests {
    static let meetingEntries: [String: Entry] = {
        var e: [String: Entry] = [:]
        func add(
            _ key: String, _ expected: @escaping @Sendable (Who) -> Outcome,
            _ request: @escaping @Sendable (PermissionWorld, Who) async throws -> Request
        ) {
            e[key] = Entry(expected: expected, request: request)
        }
        let deadline = TestClock.today.adding(days: 30).iso
        for api in [false, true] {
            let prefix = api ? "/api/v1" : ""
            let readers = only(longhuaReaders, hidden: [.otherOffice], api: api)
            let editors = only(planEditors, hidden: [.otherOffice], api: api)
            add("GET \(prefix)/meetings/{id}", readers) { w, _ in Request(uri: "\(prefix)/meetings/\(try await w.freshMeeting().meeting.id)") }
            add("POST \(prefix)/meetings/{id}/agenda/{agendaId}/items", editors) { w, _ in
                let (m, d) = try await w.freshMeeting()
                let b = obstacleBody(
                    api, [("planId", String(w.plan.id)), ("leadUnitId", String(w.bureau.id)), ("deadline", deadline)],
                    #"{"planId":\#(w.plan.id),"leadUnitId":\#(w.bureau.id),"deadline":"\#(deadline)"}"#)
                return Request(uri: "\(prefix)/meetings/\(m.id)/agenda/\(d)/items", method: .post, form: b.form, json: b.json)
            }
            add("POST \(prefix)/meetings/{id}/agenda/{agendaId}/matters", editors) { w, _ in
                let (m, d) = try await w.freshMeeting()
                let b = obstacleBody(
                    api, [("leadUnitId", String(w.bureau.id)), ("deadline", deadline)],
                    #"{"leadUnitId":\#(w.bureau.id),"deadline":"\#(deadline)"}"#)
                return Request(uri: "\(prefix)/meetings/\(m.id)/agenda/\(d)/matters", method: .post, form: b.form, json: b.json)
            }
            add("POST \(prefix)/meetings/{id}/agenda/{agendaId}/cascade", editors) { w, _ in
                let r = try await w.freshMeetingWithItem()
                let b = obstacleBody(
                    api,
                    [("itemId", String(r.item.id)), ("targetJurisdictionIds", String(r.street.id)), ("instruction", "抓好落实"), ("deadline", deadline)],
                    #"{"itemId":\#(r.item.id),"targetJurisdictionIds":[\#(r.street.id)],"instruction":"抓好落实","deadline":"\#(deadline)"}"#)
                return Request(uri: "\(prefix)/meetings/\(r.meeting.id)/agenda/\(r.decision)/cascade", method: .post, form: b.form, json: b.json)
            }
        }
        let longhua = only(longhuaReaders, hidden: [.otherOffice])
        let editors = only(planEditors, hidden: [.otherOffice])
        add("GET /meetings", only(everyone)) { _, _ in Request(uri: "/meetings") }
        add("POST /meetings/bodies", only(planEditors)) { w, _ in
            Request(
                uri: "/meetings/bodies", method: .post,
                form: [("jurisdictionId", String(w.longhua.id)), ("kind", "special_group"), ("name", "改革专项小组\(w.unique())")])
        }
        add("GET /meetings/new", only([.admin, .office, .otherOffice])) { _, _ in Request(uri: "/meetings/new") }
        add("POST /meetings", only(planEditors)) { w, _ in
            let body = try await w.freshMeetingBody()
            return Request(
                uri: "/meetings", method: .post,
                form: [
                    ("bodyId", String(body.id)), ("ordinal", "第二次"), ("heldOn", "2026-11-10"), ("chair", "区长"), ("agendaId", ""),
                    ("agendaKind", "decision"), ("agendaTitle", "抓好落实"), ("agendaOutcome", ""), ("agendaPlanId", ""), ("agendaLinks", "")
                ])
        }
        add("GET /meetings/report", longhua) { w, _ in Request(uri: "/meetings/report?jurisdiction=\(w.longhua.id)&year=2026") }
        add("GET /meetings/report.docx", longhua) { w, _ in Request(uri: "/meetings/report.docx?jurisdiction=\(w.longhua.id)&year=2026&quarter=4") }
        add("GET /meetings/{id}/edit", editors) { w, _ in Request(uri: "/meetings/\(try await w.freshMeeting().meeting.id)/edit") }
        add("GET /meetings/{id}/minutes", longhua) { w, _ in Request(uri: "/meetings/\(try await w.freshMeeting().meeting.id)/minutes") }
        add("POST /meetings/{id}", editors) { w, _ in
            let (m, _) = try await w.freshMeeting()
            return Request(
                uri: "/meetings/\(m.id)", method: .post,
                form: [
                    ("version", String(m.version)), ("bodyId", String(m.bodyId)), ("ordinal", "1"), ("heldOn", m.heldOn), ("chair", "区委书记（改）")
                ])
        }
        add("GET /api/v1/meeting-bodies", only(everyone, api: true)) { _, _ in Request(uri: "/api/v1/meeting-bodies") }
        add("POST /api/v1/meeting-bodies", only(planEditors, api: true)) { w, _ in
            Request(
                uri: "/api/v1/meeting-bodies", method: .post,
                json: #"{"jurisdictionId":\#(w.longhua.id),"kind":"special_group","name":"专项小组\#(w.unique())"}"#)
        }
        add("GET /api/v1/meetings", only(everyone, api: true)) { _, _ in Request(uri: "/api/v1/meetings") }
        add("POST /api/v1/meetings", only(planEditors, api: true)) { w, _ in
            let body = try await w.freshMeetingBody()
            return Request(
                uri: "/api/v1/meetings", method: .post, json: #"{"bodyId":\#(body.id),"ordinal":3,"heldOn":"2026-11-12","chair":"区长"}"#)
        }
        add("PUT /api/v1/meetings/{id}", only(planEditors, hidden: [.otherOffice], api: true)) { w, _ in
            let (m, _) = try await w.freshMeeting()
            return Request(
                uri: "/api/v1/meetings/\(m.id)", method: .put,
                json: #"{"version":\#(m.version),"bodyId":\#(m.bodyId),"ordinal":1,"heldOn":"\#(m.heldOn)","chair":"区委书记（改）"}"#)
        }
        add("GET /api/v1/commission-report", only(longhuaReaders, hidden: [.otherOffice], api: true)) { w, _ in
            Request(uri: "/api/v1/commission-report?jurisdiction=\(w.longhua.id)&year=2026")
        }
        return e
    }()
}
