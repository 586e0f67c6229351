import Foundation
import HTTPTypes
import ReformCore

@testable import App

/// Golden ideas in the matrix. A call of 龙华区: read by whoever sees 龙华区 (广州市's office: 404), kept by its office and
/// administrators (others 403); scored only by the reviewers assigned to it (the matrix's viewer, and its reviewer account,
/// which reads the call and the ideas under review and nothing else: the gate's 403 elsewhere; to anyone else the idea
/// under review does not exist). The public side answers everyone alike.
extension PermissionMatrixTests {
    static let ideaEntries: [String: Entry] = {
        var e: [String: Entry] = [:]
        func add(
            _ key: String, _ expected: @escaping @Sendable (Who) -> Outcome,
            _ request: @escaping @Sendable (PermissionWorld, Who) async throws -> Request
        ) {
            e[key] = Entry(expected: expected, request: request)
        }
        let readers = only(longhuaReaders, hidden: [.otherOffice])
        let editors = only(planEditors, hidden: [.otherOffice])
        let withReviewer = only(longhuaReaders.union([.reviewer]), hidden: [.otherOffice])
        let scorers = only([.viewer, .reviewer], hidden: everyone.subtracting([.viewer]))

        add("GET /ideas", only(everyone.union([.reviewer]))) { _, _ in Request(uri: "/ideas") }
        add("GET /ideas/new", only(importers)) { _, _ in Request(uri: "/ideas/new") }
        add("POST /ideas/calls", editors) { w, _ in
            Request(
                uri: "/ideas/calls", method: .post,
                form: [
                    ("jurisdictionId", String(w.longhua.id)), ("topic", "征集\(w.unique())"), ("opensOn", "2026-11-01"), ("closesOn", "2026-12-31"),
                    ("categories", "营商环境"), ("rewardTiers", "一等奖|1000元|1")
                ])
        }
        add("GET /ideas/calls/{id}", withReviewer) { w, _ in Request(uri: "/ideas/calls/\(try await w.ideaCall().id)") }
        add("POST /ideas/calls/{id}/reviewers", editors) { w, _ in
            Request(uri: "/ideas/calls/\(try await w.ideaCall().id)/reviewers", method: .post, form: [("username", w.users[.liaison]!.username)])
        }
        add("GET /ideas/submissions/{id}", only(longhuaReaders, hidden: [.otherOffice, .reviewer])) { w, _ in
            Request(uri: "/ideas/submissions/\(try await w.freshIdea().submissionId)")
        }
        add("POST /ideas/submissions/{id}/act", editors) { w, _ in
            Request(uri: "/ideas/submissions/\(try await w.freshIdea().submissionId)/act", method: .post, form: [("action", "approve")])
        }
        add("POST /ideas/submissions/{id}/scores", scorers) { w, _ in
            let idea = try await w.ideaUnderReview()
            return Request(uri: "/ideas/submissions/\(idea)/scores", method: .post, form: [("score_可行性", "80")])
        }
        add("GET /idea-attachments/{id}", readers) { w, _ in Request(uri: "/idea-attachments/\(try await w.freshIdeaAttachment())") }

        add("GET /public/ideas", publicRoute) { _, _ in Request(uri: "/public/ideas") }
        add("GET /public/ideas/calls/{id}", publicRoute) { w, _ in Request(uri: "/public/ideas/calls/\(try await w.ideaCall().id)") }
        add("GET /public/ideas/calls/{id}/submit", publicRoute) { w, _ in Request(uri: "/public/ideas/calls/\(try await w.ideaCall().id)/submit") }
        // The honeypot answer: reachable by everyone, signed in or not, and nothing is kept.
        add("POST /public/ideas/calls/{id}/submit", publicRoute) { w, _ in
            let call = try await w.ideaCall()
            let nonce = SecretToken.generate()
            let key = try await IdeaFormToken.key(on: w.sql, now: w.services.clock.timestamp)
            let token = IdeaFormToken.sign(callId: call.id, issuedAt: Int(w.services.clock.now.timeIntervalSince1970), nonce: nonce, key: key)
            return Request(
                uri: "/public/ideas/calls/\(call.id)/submit", method: .post,
                form: [(IdeaFormToken.field, token), ("title", "t"), ("idea", "i"), ("problem", "p"), ("website", "http://robot.example")],
                headers: [.cookie: IdeaFormToken.cookieName + "=" + nonce])
        }
        add("GET /public/ideas/{id}", publicRoute) { w, _ in
            let idea = try await w.freshIdea()
            try await w.services.ideas.act(idea.submissionId, .init(action: "approve"), by: w.publicationOffice)
            return Request(uri: "/public/ideas/\(idea.submissionId)")
        }
        add("GET /public/ideas/receipt/{token}", publicRoute) { w, _ in Request(uri: "/public/ideas/receipt/\(try await w.freshIdea().token)") }

        // The office API.
        let apiReaders = only(longhuaReaders, hidden: [.otherOffice], api: true)
        let apiEditors = only(planEditors, hidden: [.otherOffice], api: true)
        add("GET /api/v1/idea-calls", only(everyone.union([.reviewer]), api: true)) { _, _ in Request(uri: "/api/v1/idea-calls") }
        add("POST /api/v1/idea-calls", apiEditors) { w, _ in
            Request(
                uri: "/api/v1/idea-calls", method: .post,
                json:
                    #"{"jurisdictionId":\#(w.longhua.id),"topic":"征集\#(w.unique())","opensOn":"2026-11-01","closesOn":"2026-12-31","categories":["营商环境"]}"#
            )
        }
        add("GET /api/v1/idea-calls/{id}", only(longhuaReaders.union([.reviewer]), hidden: [.otherOffice], api: true)) { w, _ in
            Request(uri: "/api/v1/idea-calls/\(try await w.ideaCall().id)")
        }
        add("PUT /api/v1/idea-calls/{id}", only(planEditors, hidden: [.otherOffice, .reviewer], api: true)) { w, _ in
            let call = try await w.ideaCall()
            let version = try await IdeaQueries.call(call.id, on: w.sql)!.version
            return Request(uri: "/api/v1/idea-calls/\(call.id)", method: .put, json: #"{"version":\#(version),"topic":"征集\#(w.unique())"}"#)
        }
        add("GET /api/v1/idea-calls/{id}/submissions", only(longhuaReaders.union([.reviewer]), hidden: [.otherOffice], api: true)) { w, _ in
            Request(uri: "/api/v1/idea-calls/\(try await w.ideaCall().id)/submissions")
        }
        add("GET /api/v1/idea-calls/{id}/reviewers", apiReaders) { w, _ in Request(uri: "/api/v1/idea-calls/\(try await w.ideaCall().id)/reviewers") }
        add("POST /api/v1/idea-calls/{id}/reviewers", apiEditors) { w, _ in
            Request(
                uri: "/api/v1/idea-calls/\(try await w.ideaCall().id)/reviewers", method: .post,
                json: #"{"username":"\#(w.users[.liaison]!.username)"}"#)
        }
        add("GET /api/v1/idea-submissions/{id}", only(longhuaReaders, hidden: [.otherOffice, .reviewer], api: true)) { w, _ in
            Request(uri: "/api/v1/idea-submissions/\(try await w.freshIdea().submissionId)")
        }
        add("POST /api/v1/idea-submissions/{id}/actions", apiEditors) { w, _ in
            Request(
                uri: "/api/v1/idea-submissions/\(try await w.freshIdea().submissionId)/actions", method: .post,
                json: #"{"version":1,"action":"approve"}"#)
        }
        add("PUT /api/v1/idea-submissions/{id}/scores", only([.viewer, .reviewer], hidden: everyone.subtracting([.viewer]), api: true)) { w, _ in
            Request(uri: "/api/v1/idea-submissions/\(try await w.ideaUnderReview())/scores", method: .put, json: #"{"scores":{"可行性":80}}"#)
        }

        // Editing a call (the page).
        add("GET /ideas/calls/{id}/edit", editors) { w, _ in Request(uri: "/ideas/calls/\(try await w.ideaCall().id)/edit") }
        add("POST /ideas/calls/{id}", only(planEditors, hidden: [.otherOffice, .reviewer])) { w, _ in
            let call = try await IdeaQueries.call(try await w.ideaCall().id, on: w.sql)!
            return Request(
                uri: "/ideas/calls/\(call.id)", method: .post,
                form: [
                    ("version", String(call.version)), ("topic", "征集\(w.unique())"), ("opensOn", "2026-11-01"), ("closesOn", "2026-12-31"),
                    ("categories", "营商环境"), ("rewardTiers", "一等奖|1000元|1"), ("criteria", "可行性|100")
                ])
        }

        // Objections during the shortlist's public notice: lodged by anyone, decided by the call's office.
        add("GET /public/ideas/{id}/objection", publicRoute) { w, _ in Request(uri: "/public/ideas/\(try await w.shortlistedIdea())/objection") }
        add("POST /public/ideas/{id}/objection", publicRoute) { w, _ in
            let idea = try await w.shortlistedIdea()
            let call = try await w.ideaCall()
            let nonce = SecretToken.generate()
            let key = try await IdeaFormToken.key(on: w.sql, now: w.services.clock.timestamp)
            let token = IdeaFormToken.sign(callId: call.id, issuedAt: Int(w.services.clock.now.timeIntervalSince1970), nonce: nonce, key: key)
            return Request(
                uri: "/public/ideas/\(idea)/objection", method: .post,
                form: [(IdeaFormToken.field, token), ("objection", "异议"), ("website", "http://robot.example")],
                headers: [.cookie: IdeaFormToken.cookieName + "=" + nonce])
        }
        add("POST /ideas/objections/{id}", editors) { w, _ in
            Request(
                uri: "/ideas/objections/\(try await w.freshObjection())", method: .post, form: [("decision", "dismissed"), ("answer", "经核实，异议不成立")])
        }
        add("POST /api/v1/idea-objections/{id}/decision", apiEditors) { w, _ in
            Request(
                uri: "/api/v1/idea-objections/\(try await w.freshObjection())/decision", method: .post,
                json: #"{"version":1,"decision":"dismissed","answer":"经核实，异议不成立"}"#)
        }
        return e
    }()
}

extension PermissionWorld {
    /// 龙华区's call (made once per world), with the matrix's viewer and its reviewer account assigned as reviewers.
    func ideaCall() async throws -> IdeaCallRecord {
        if let existing = try await IdeaQueries.calls(scope: longhua.path, on: sql).first { return existing }
        let call = try await services.ideas.createCall(
            .init(
                jurisdictionId: longhua.id, topic: "龙华区金点子征集", rules: "", contact: "", opensOn: "2026-11-01", closesOn: "2026-12-31",
                categories: "营商环境", rewardTiers: "一等奖|1000元|1", criteria: "可行性|100"),
            by: publicationOffice)
        try await services.ideas.assignReviewer(callId: call.id, username: users[.viewer]!.username, by: publicationOffice)
        try await services.ideas.assignReviewer(callId: call.id, username: users[.reviewer]!.username, by: publicationOffice)
        return call
    }

    func freshIdea() async throws -> IdeaService.Receipt {
        let call = try await ideaCall()
        let n = unique()
        return try await services.ideas.submit(
            callId: call.id, .init(title: "金点子\(n)", idea: "内容\(n)", problem: "问题", category: "营商环境", anonymous: true, name: "", contact: ""),
            files: [], clientAddress: "matrix-\(n)")
    }

    func ideaUnderReview() async throws -> Int {
        let idea = try await freshIdea()
        try await services.ideas.act(idea.submissionId, .init(action: "approve"), by: publicationOffice)
        try await services.ideas.act(idea.submissionId, .init(action: "triage"), by: publicationOffice)
        return idea.submissionId
    }

    func freshIdeaAttachment() async throws -> Int {
        let call = try await ideaCall()
        let n = unique()
        let receipt = try await services.ideas.submit(
            callId: call.id, .init(title: "附件\(n)", idea: "内容\(n)", problem: "问题", category: "营商环境", anonymous: true, name: "", contact: ""),
            files: [("a.pdf", Data("%PDF-1.4 \(n)".utf8))], clientAddress: "matrix-\(n)")
        return try await IdeaQueries.attachments(of: receipt.submissionId, on: sql).first!.id
    }

    /// An idea of the call shortlisted today, its public notice running.
    func shortlistedIdea() async throws -> Int {
        let idea = try await ideaUnderReview()
        try await sql.execute(
            """
            INSERT INTO idea_scores (submission_id, user_id, criterion, score, scored_at)
            VALUES (\(bind: idea), \(bind: users[.viewer]!.id), '可行性', 80, \(bind: services.clock.timestamp))
            """)
        try await services.ideas.act(idea, .init(action: "shortlist"), by: publicationOffice)
        return idea
    }

    func freshObjection() async throws -> Int {
        try await services.ideas.object(
            submissionId: try await shortlistedIdea(), body: "异议\(unique())", contact: "", clientAddress: "matrix-\(unique())")
    }
}
