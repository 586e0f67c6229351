import Foundation
import ReformCore

@testable import App

/// The notices' and unit records' routes in the matrix. Notices of 龙华区 addressed to 发改局: the offices of 深圳市 and
/// above draft and issue them; 发改局's liaison and head sign for them; the inspector and viewer read issued ones; 司法局
/// (not addressed) and 广州市's office do not see them (404); a draft is the office's alone.
extension PermissionMatrixTests {
    static let noticeReaders: Set<Who> = [.admin, .office, .liaison, .unitHead, .inspector, .viewer]
    static let draftHidden: Set<Who> = [.liaison, .unitHead, .inspector, .viewer, .participant, .otherOffice]

    static let noticeEntries: [String: Entry] = {
        var e: [String: Entry] = [:]
        func add(
            _ key: String, _ expected: @escaping @Sendable (Who) -> Outcome,
            _ request: @escaping @Sendable (PermissionWorld, Who) async throws -> Request
        ) {
            e[key] = Entry(expected: expected, request: request)
        }
        let issued = only(noticeReaders, hidden: [.otherOffice, .participant])
        let issuedAPI = only(noticeReaders, hidden: [.otherOffice, .participant], api: true)
        let receipt = only([.liaison, .unitHead], hidden: [.otherOffice, .participant])
        @Sendable func noticeForm(_ w: PermissionWorld, _ who: Who) async throws -> [(String, String)] {
            let (source, unit) = try await w.noticeSource(for: who)
            return [
                ("kind", "reminder"), ("source", source), ("title", "催办单\(w.unique())"), ("body", "请抓紧推进。"), ("issuer", "改革办"),
                ("signature", "改革办"), ("recipientIds", String(unit))
            ]
        }

        add("GET /notices", only(everyone)) { _, _ in Request(uri: "/notices") }
        add("GET /notices/unsigned", only(everyone)) { _, _ in Request(uri: "/notices/unsigned") }
        add("GET /notices/new", only(planEditors, hidden: [.otherOffice])) { w, _ in
            Request(uri: "/notices/new?source=matter:\(try await w.freshMatter().id)&kind=reminder")
        }
        add("POST /notices", only(raisers)) { w, who in Request(uri: "/notices", method: .post, form: try await noticeForm(w, who)) }
        add("GET /notices/{id}", issued) { w, _ in Request(uri: "/notices/\(try await w.freshIssuedNotice().id)") }
        add("GET /notices/{id}/print", issued) { w, _ in Request(uri: "/notices/\(try await w.freshIssuedNotice().id)/print") }
        add("POST /notices/{id}/issue", only(planEditors, hidden: draftHidden)) { w, _ in
            let d = try await w.freshNoticeDraft()
            return Request(uri: "/notices/\(d.id)/issue", method: .post, form: [("version", String(d.version))])
        }
        add("GET /notices/{id}/edit", only(planEditors, hidden: draftHidden)) { w, _ in
            Request(uri: "/notices/\(try await w.freshNoticeDraft().id)/edit")
        }
        add("POST /notices/{id}", only(planEditors, hidden: draftHidden)) { w, _ in
            let d = try await w.freshNoticeDraft()
            return Request(
                uri: "/notices/\(d.id)", method: .post,
                form: [
                    ("version", String(d.version)), ("title", "改过的催办单"), ("body", "请抓紧推进。"), ("issuer", "改革办"), ("signature", "改革办"),
                    ("recipientIds", String(w.bureau.id))
                ])
        }
        add("POST /notices/{id}/delete", only(planEditors, hidden: draftHidden)) { w, _ in
            let d = try await w.freshNoticeDraft()
            return Request(uri: "/notices/\(d.id)/delete", method: .post, form: [("version", String(d.version))])
        }
        add("POST /notices/{id}/receipt", receipt) { w, _ in
            Request(uri: "/notices/\(try await w.freshIssuedNotice().id)/receipt", method: .post, form: [])
        }
        add("GET /settings/notice-templates", only(raisers)) { _, _ in Request(uri: "/settings/notice-templates") }
        add("POST /settings/notice-templates", only(raisers)) { w, who in
            let j = try await w.freshSequenceJurisdiction(for: who)
            return Request(
                uri: "/settings/notice-templates", method: .post,
                form: [("jurisdictionId", String(j)), ("kind", "reminder"), ("title", "催办单：{subject}"), ("body", "请抓紧办理。"), ("version", "0")])
        }
        add("POST /settings/notice-templates/revert", only(raisers)) { w, who in
            let j = try await w.freshTemplateJurisdiction(for: who)
            return Request(
                uri: "/settings/notice-templates/revert", method: .post, form: [("jurisdictionId", String(j)), ("kind", "reminder"), ("version", "1")]
            )
        }
        add("GET /settings/notice-sequences", only(raisers)) { _, _ in Request(uri: "/settings/notice-sequences") }
        add("POST /settings/notice-sequences", only(raisers)) { w, who in
            let j = try await w.freshSequenceJurisdiction(for: who)
            return Request(
                uri: "/settings/notice-sequences", method: .post,
                form: [("jurisdictionId", String(j)), ("name", "督办文书"), ("prefix", "督办"), ("suffix", "number"), ("kinds", "reminder")])
        }

        // The API
        add("GET /api/v1/notices", only(everyone, api: true)) { _, _ in Request(uri: "/api/v1/notices?unsigned=true") }
        add("GET /api/v1/notices/{id}", issuedAPI) { w, _ in Request(uri: "/api/v1/notices/\(try await w.freshIssuedNotice().id)") }
        add("POST /api/v1/notices", only(raisers, api: true)) { w, who in
            let (source, unit) = try await w.noticeSource(for: who)
            return Request(
                uri: "/api/v1/notices", method: .post,
                json:
                    #"{"kind":"reminder","source":"\#(source)","title":"催办单","body":"请抓紧推进。","issuer":"改革办","signature":"改革办","recipientIds":[\#(unit)]}"#
            )
        }
        add("POST /api/v1/notices/{id}/issue", only(planEditors, hidden: draftHidden, api: true)) { w, _ in
            let d = try await w.freshNoticeDraft()
            return Request(uri: "/api/v1/notices/\(d.id)/issue", method: .post, json: #"{"version":\#(d.version)}"#)
        }
        add("PATCH /api/v1/notices/{id}", only(planEditors, hidden: draftHidden, api: true)) { w, _ in
            let d = try await w.freshNoticeDraft()
            return Request(uri: "/api/v1/notices/\(d.id)", method: .patch, json: #"{"version":\#(d.version),"title":"改过的催办单"}"#)
        }
        add("DELETE /api/v1/notices/{id}", only(planEditors, hidden: draftHidden, api: true)) { w, _ in
            let d = try await w.freshNoticeDraft()
            return Request(uri: "/api/v1/notices/\(d.id)?version=\(d.version)", method: .delete)
        }
        add("POST /api/v1/notices/{id}/receipt", only([.liaison, .unitHead], hidden: [.otherOffice, .participant], api: true)) { w, _ in
            Request(uri: "/api/v1/notices/\(try await w.freshIssuedNotice().id)/receipt", method: .post)
        }
        add("GET /api/v1/notice-templates", only(raisers, api: true)) { _, _ in Request(uri: "/api/v1/notice-templates") }
        add("PUT /api/v1/notice-templates/{jurisdictionId}/{kind}", only(raisers, api: true)) { w, who in
            let j = try await w.freshSequenceJurisdiction(for: who)
            return Request(
                uri: "/api/v1/notice-templates/\(j)/reminder", method: .put, json: #"{"title":"催办单：{subject}","body":"请抓紧办理。","version":0}"#)
        }
        add("DELETE /api/v1/notice-templates/{jurisdictionId}/{kind}", only(raisers, api: true)) { w, who in
            let j = try await w.freshTemplateJurisdiction(for: who)
            return Request(uri: "/api/v1/notice-templates/\(j)/reminder?version=1", method: .delete)
        }
        add("GET /api/v1/notice-sequences", only(raisers, api: true)) { _, _ in Request(uri: "/api/v1/notice-sequences") }
        add("POST /api/v1/notice-sequences", only(raisers, api: true)) { w, who in
            let j = try await w.freshSequenceJurisdiction(for: who)
            return Request(
                uri: "/api/v1/notice-sequences", method: .post, json: #"{"jurisdictionId":\#(j),"name":"通报","prefix":"督办","kinds":["commendation"]}"#)
        }

        // Unit records: whoever reads 发改局 reads its records; the office of 龙华区 (and above) records them.
        add("GET /units/{id}/records", only(longhuaReaders, hidden: [.otherOffice])) { w, _ in Request(uri: "/units/\(w.bureau.id)/records") }
        add("POST /units/{id}/records", only(planEditors, hidden: [.otherOffice])) { w, _ in
            let m = try await w.freshMatter()
            return Request(
                uri: "/units/\(w.bureau.id)/records", method: .post,
                form: [("kind", "commendation"), ("sourceType", "matter"), ("sourceId", String(m.id))])
        }
        add("GET /api/v1/units/{id}/records", only(longhuaReaders, hidden: [.otherOffice], api: true)) { w, _ in
            Request(uri: "/api/v1/units/\(w.bureau.id)/records")
        }
        add("POST /api/v1/units/{id}/records", only(planEditors, hidden: [.otherOffice], api: true)) { w, _ in
            let m = try await w.freshMatter()
            return Request(
                uri: "/api/v1/units/\(w.bureau.id)/records", method: .post,
                json: #"{"kind":"accountability","grounds":"逾期未办结","sourceType":"matter","sourceId":\#(m.id)}"#)
        }
        return e
    }()
}
