import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import ReformCore
import SQLKit
import Testing

@testable import App

/// Objections during the shortlist's public notice (公示异议): anyone may lodge one on the public page (signed form token,
/// honeypot, hourly limit, sizes; the contact is optional and never shown); the office answers and decides each; the
/// award waits for the notice to end and for every objection to be decided, and an upheld one stops it.
@Suite struct IdeaObjectionTests {
    /// An idea of the fixture's call, scored and shortlisted today (notice until 2026-11-27).
    static func shortlisted(_ fx: IdeaFixture) async throws -> Int {
        let services = fx.services
        let a = try await fx.submit("政策免申即享")
        try await services.ideas.act(a.submissionId, .init(action: "approve"), by: fx.office)
        try await services.ideas.act(a.submissionId, .init(action: "triage"), by: fx.office)
        let made = try await TestAccounts(services: services).user(.viewer, jurisdiction: fx.longhua.id, username: "objection-expert")
        let expert = try #require(try await services.accounts.apiToken(made.token)).principal
        try await services.ideas.assignReviewer(callId: fx.call.id, username: "objection-expert", by: fx.office)
        try await services.ideas.score(a.submissionId, scores: ["可行性": "80"], by: expert)
        try await services.ideas.act(a.submissionId, .init(action: "shortlist"), by: fx.office)
        return a.submissionId
    }

    struct Form {
        let cookie: String
        let token: String

        static func open(_ client: SignedInClient, _ idea: Int) async throws -> (Form, TestResponse) {
            let page = try await client.get("/public/ideas/\(idea)/objection")
            let cookie = String((page.headers[.setCookie] ?? "").split(separator: ";").first ?? "")
            let text = page.text
            let pattern = try NSRegularExpression(pattern: #"name="_csrf" value="([^"]+)""#)
            let token =
                pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)).map { String(text[Range($0.range(at: 1), in: text)!]) }
                ?? ""
            return (Form(cookie: cookie, token: token), page)
        }

        func post(_ client: SignedInClient, _ idea: Int, _ fields: [(String, String)], withToken: Bool = true) async throws -> TestResponse {
            try await client.executeRequest(
                uri: "/public/ideas/\(idea)/objection", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded", .cookie: cookie],
                body: ByteBuffer(string: FormBody.encode((withToken ? [(IdeaFormToken.field, token)] : []) + fields)))
        }
    }

    /// The code of the refusal `body` meets (nil when it goes through).
    static func refusal(_ body: () async throws -> Void) async -> String? {
        do {
            try await body()
            return nil
        } catch AppError.unprocessable(let code, _) {
            return code
        } catch {
            return "\(error)"
        }
    }

    static func count(_ services: AppServices) async throws -> Int {
        try await services.database.sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM idea_objections") ?? 0
    }

    @Test func anyoneObjectsDuringTheNoticeAndNothingOfItIsShown() async throws {
        try await TestApp.run { services, client in
            // given
            let fx = try await IdeaFixture.make(services)
            let idea = try await Self.shortlisted(fx)
            let anonymous = client.anonymous
            #expect((try await anonymous.get("/public/ideas/\(idea)")).text.contains("/public/ideas/\(idea)/objection"))
            let (form, page) = try await Form.open(anonymous, idea)
            #expect(page.status == .ok && page.headers[.cacheControl] == "no-store" && !form.token.isEmpty)
            let typed = "  该建议与2019年已实施的\r\n政策重复 <b>核实</b>  "
            // when
            let r = try await form.post(anonymous, idea, [("objection", typed), ("contact", "13900000001")])
            // then
            #expect(r.status == .ok && r.headers[.cacheControl] == "no-store", "\(r.status)")
            let stored = try #require(try await IdeaQueries.objections(of: idea, on: services.database.sql).first)
            #expect(stored.body == typed && stored.contact == "13900000001" && stored.isOpen)
            for uri in ["/public/ideas/\(idea)", "/public/ideas/calls/\(fx.call.id)", "/public/ideas/\(idea)/objection", "/public/ideas"] {
                let text = try await anonymous.get(uri).text
                #expect(!text.contains("13900000001") && !text.contains("政策重复"), "\(uri) shows the objection")
            }
            // the office sees it, with the contact
            let office = try await client.session(as: .office, jurisdiction: fx.longhua.id, username: "objection-office")
            let officePage = try await office.get("/ideas/submissions/\(idea)")
            #expect(officePage.text.contains("政策重复") && officePage.text.contains("13900000001"))
            // abuse controls: token, honeypot, bad input
            #expect(try await form.post(anonymous, idea, [("objection", "无令牌")], withToken: false).status == .forbidden)
            #expect(try await form.post(anonymous, idea, [("objection", "机器人"), ("website", "http://spam.example")]).status == .ok)
            for fields in [
                [("objection", "")], [("objection", String(repeating: "长", count: 2001))], [("objection", "x"), ("contact", "not a contact")],
                [("objection", "x\u{0}")], [("objection", "x"), ("contact", String(repeating: "1", count: 101))]
            ] {
                let bad = try await form.post(anonymous, idea, fields)
                #expect([400, 422].contains(bad.status.code), "\(fields.map(\.0)): \(bad.status)")
            }
            #expect(try await Self.count(services) == 1)
            #expect(try await anonymous.get("/public/ideas/\(idea + 1000)/objection").status == .notFound)
            // an idea not on the shortlist takes none
            let published = try await fx.submit("仅公开的建议")
            try await services.ideas.act(published.submissionId, .init(action: "approve"), by: fx.office)
            #expect(try await anonymous.get("/public/ideas/\(published.submissionId)/objection").status == .notFound)
            // one address may not flood
            for i in 1..<IdeaService.objectionsPerHour {
                #expect(try await form.post(anonymous, idea, [("objection", "异议\(i)")]).status == .ok)
            }
            let flooded = try await form.post(anonymous, idea, [("objection", "再一条")])
            #expect(flooded.status == .tooManyRequests && flooded.headers[.retryAfter] == "3600")
            #expect(try await Self.count(services) == IdeaService.objectionsPerHour)
        }
    }

    @Test func theAwardWaitsForTheNoticeAndEveryObjection() async throws {
        try await TestApp.run { services, client in
            // given: an objection lodged during the notice
            let fx = try await IdeaFixture.make(services)
            let sql = services.database.sql
            let idea = try await Self.shortlisted(fx)
            let first = try await services.ideas.object(submissionId: idea, body: "异议一", contact: "", clientAddress: "10.2.0.1")
            let second = try await services.ideas.object(submissionId: idea, body: "异议二", contact: "", clientAddress: "10.2.0.2")
            // when / then: no award while the notice runs
            #expect(
                await Self.refusal { try await services.ideas.act(idea, .init(action: "award", tier: "一等奖"), by: fx.office) } == "idea_notice_running"
            )
            // the notice ends: no more objections, and none can be lodged (not even with a form opened before)
            let (form, _) = try await Form.open(client.anonymous, idea)
            try await sql.execute("UPDATE idea_submissions SET notice_until = '2026-11-19' WHERE id = \(bind: idea)")
            await #expect(throws: IdeaService.Refusal.closed) {
                _ = try await services.ideas.object(submissionId: idea, body: "迟到的异议", contact: "", clientAddress: "10.2.0.3")
            }
            let (_, page) = try await Form.open(client.anonymous, idea)
            #expect(page.text.contains("公示期已结束") && !page.text.contains(#"name="objection""#))
            #expect(try await form.post(client.anonymous, idea, [("objection", "迟到的异议")]).status == .unprocessableContent)
            // still no award while objections are undecided
            #expect(
                await Self.refusal { try await services.ideas.act(idea, .init(action: "award", tier: "一等奖"), by: fx.office) }
                    == "idea_objections_open")
            // the office decides them through the page (a decision needs an answer)
            let office = try await client.session(as: .office, jurisdiction: fx.longhua.id, username: "objection-decider")
            let noAnswer = try await office.postForm("/ideas/objections/\(first)", [("decision", "dismissed"), ("answer", "")])
            #expect(noAnswer.status == .unprocessableContent)
            let decided = try await office.postForm("/ideas/objections/\(first)", [("decision", "dismissed"), ("answer", "经核实，与已实施政策不同")])
            #expect(decided.status == .seeOther)
            let viewer = try await client.session(as: .viewer, jurisdiction: fx.longhua.id, username: "objection-viewer")
            #expect(try await viewer.postForm("/ideas/objections/\(second)", [("decision", "dismissed"), ("answer", "x")]).status == .forbidden)
            _ = try await services.ideas.decideObjection(second, decision: "upheld", answer: "异议成立", baseVersion: 1, by: fx.office)
            #expect(
                await Self.refusal { try await services.ideas.act(idea, .init(action: "award", tier: "一等奖"), by: fx.office) }
                    == "idea_objection_upheld")
            // a stale decision is a conflict; deciding again on the version read changes it
            await #expect(throws: AppError.self) {
                _ = try await services.ideas.decideObjection(second, decision: "dismissed", answer: "复核", baseVersion: 1, by: fx.office)
            }
            _ = try await services.ideas.decideObjection(second, decision: "dismissed", answer: "复核后不成立", baseVersion: 2, by: fx.office)
            // the API reads them with the idea and decides them alike
            let api = try await client.as(.office, jurisdiction: fx.longhua.id)
            let read = try await api.get("/api/v1/idea-submissions/\(idea)")
            #expect(read.text.contains("异议二") && read.text.contains("复核后不成立"))
            let viaAPI = try await api.sendJSON(
                "/api/v1/idea-objections/\(second)/decision", method: .post, #"{"version":1,"decision":"dismissed","answer":"x"}"#)
            #expect(viaAPI.status == .conflict)
            // then the award is possible
            try await services.ideas.act(idea, .init(action: "award", tier: "一等奖"), by: fx.office)
            #expect(try await IdeaQueries.submission(idea, on: sql)?.ideaState == .awarded)
            let officePage = try await office.get("/ideas/submissions/\(idea)")
            #expect(officePage.text.contains("经核实，与已实施政策不同") && officePage.text.contains("异议不成立"))
        }
    }
}
