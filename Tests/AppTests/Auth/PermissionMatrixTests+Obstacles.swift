import Foundation
import ReformCore

@testable import App

/// The obstacles' routes in the matrix. An obstacle raised by 发改局 (the liaison's and unit head's unit) on its task in
/// 龙华区: the offices of 深圳市 and above decide it; escalated from 龙华区 to 深圳市, 深圳市's office (the office here) answers
/// it or sends it on to 广东省; 发改局 and 司法局 (a participant) raise obstacles on the task; a unit reads only its own
/// (司法局 does not see 发改局's: 404); the inspector and viewer of the area read; 广州市's office sees nothing of it.
/// Consultations are 深圳市's office's: units do not see them, the viewer of 龙华区 neither.
extension PermissionMatrixTests {
    static let obstacleReaders: Set<Who> = [.admin, .office, .liaison, .unitHead, .inspector, .viewer]
    static let obstacleRaisers: Set<Who> = [.admin, .liaison, .unitHead, .participant]
    static let consultationReaders: Set<Who> = [.admin, .office, .inspector]

    static let obstacleEntries: [String: Entry] = {
        var e: [String: Entry] = [:]
        func add(
            _ key: String, _ expected: @escaping @Sendable (Who) -> Outcome,
            _ request: @escaping @Sendable (PermissionWorld, Who) async throws -> Request
        ) {
            e[key] = Entry(expected: expected, request: request)
        }
        let hiddenFromOthers: Set<Who> = [.otherOffice, .participant]
        let notConsultationReaders = everyone.subtracting(consultationReaders)
        for api in [false, true] {
            let prefix = api ? "/api/v1" : ""
            add("GET \(prefix)/obstacles", only(everyone, api: api)) { _, _ in Request(uri: "\(prefix)/obstacles?kind=blockage,difficulty") }
            add("GET \(prefix)/obstacles/{id}", only(obstacleReaders, hidden: hiddenFromOthers, api: api)) { w, _ in
                Request(uri: "\(prefix)/obstacles/\(try await w.freshEscalatedObstacle().obstacle.id)")
            }
            add("POST \(prefix)/items/{id}/obstacles", only(obstacleRaisers, hidden: [.otherOffice], api: api)) { w, _ in
                let b = obstacleBody(
                    api,
                    [("kind", "difficulty"), ("whatBlocks", "缺少专项资金"), ("whatIsAsked", "请协调财政支持")],
                    #"{"kind":"difficulty","whatBlocks":"缺少专项资金","whatIsAsked":"请协调财政支持"}"#)
                return Request(uri: "\(prefix)/items/\(w.task.id)/obstacles", method: .post, form: b.form, json: b.json)
            }
            add("POST \(prefix)/obstacles/{id}/steps", only(planEditors, hidden: hiddenFromOthers, api: api)) { w, _ in
                let o = try await w.freshObstacle()
                let b = obstacleBody(
                    api,
                    [("action", "decide"), ("decision", "solve_locally"), ("version", String(o.version))],
                    #"{"action":"decide","decision":"solve_locally","version":\#(o.version)}"#)
                return Request(uri: "\(prefix)/obstacles/\(o.id)/steps", method: .post, form: b.form, json: b.json)
            }
            add("POST \(prefix)/obstacles/{id}/escalations", only(planEditors, hidden: hiddenFromOthers, api: api)) { w, _ in
                let o = try await w.freshEscalatedObstacle().obstacle
                let b = obstacleBody(
                    api,
                    [("request", "涉及省级事权，提请省里协调"), ("version", String(o.version))],
                    #"{"request":"涉及省级事权，提请省里协调","version":\#(o.version)}"#)
                return Request(uri: "\(prefix)/obstacles/\(o.id)/escalations", method: .post, form: b.form, json: b.json)
            }
            add("POST \(prefix)/escalations/{id}/answer", only(planEditors, hidden: hiddenFromOthers, api: api)) { w, _ in
                let (o, hop) = try await w.freshEscalatedObstacle()
                let b = obstacleBody(
                    api,
                    [("answer", "已协调市政数局开放接口"), ("version", String(o.version))], #"{"answer":"已协调市政数局开放接口","version":\#(o.version)}"#)
                return Request(uri: "\(prefix)/escalations/\(hop.id)/answer", method: .post, form: b.form, json: b.json)
            }
            add("GET \(prefix)/consultations", only(everyone, api: api)) { _, _ in Request(uri: "\(prefix)/consultations") }
            add("POST \(prefix)/consultations", only([.admin, .office, .otherOffice], api: api)) { w, who in
                let form = try await w.consultationForm(for: who)
                let ids = form.filter { $0.0 == "obstacleIds" }.map(\.1).joined(separator: ",")
                let b = obstacleBody(
                    api, form, #"{"title":"会商\#(w.unique())","heldOn":"\#(TestClock.today.iso)","participants":"区发改局","obstacleIds":[\#(ids)]}"#)
                return Request(uri: "\(prefix)/consultations", method: .post, form: b.form, json: b.json)
            }
            add("GET \(prefix)/consultations/{id}", only(consultationReaders, hidden: notConsultationReaders, api: api)) { w, _ in
                Request(uri: "\(prefix)/consultations/\(try await w.freshConsultation().id)")
            }
            add("POST \(prefix)/consultations/{id}/decisions", only(planEditors, hidden: notConsultationReaders, api: api)) { w, _ in
                let c = try await w.freshConsultation()
                let b = obstacleBody(
                    api,
                    [("text", "会议议定：由区发改局牵头"), ("outcome", "note"), ("version", String(c.version))],
                    #"{"text":"会议议定：由区发改局牵头","outcome":"note","version":\#(c.version)}"#)
                return Request(uri: "\(prefix)/consultations/\(c.id)/decisions", method: .post, form: b.form, json: b.json)
            }
        }
        return e
    }()

    /// The same request as a form (pages) or as JSON (the API).
    static func obstacleBody(_ api: Bool, _ form: [(String, String)], _ json: String) -> (form: [(String, String)]?, json: String?) {
        api ? (nil, json) : (form, nil)
    }
}
