import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ReformCore
import SQLKit
import Testing

@testable import App

/// Golden ideas end to end: the public form (signed token, honeypot, rate limit, duplicate check, bad input), the receipt
/// and private link, moderation before anything is public, and the review chain to adoption shown on the public pages.
@Suite struct IdeaTests {
    static func count(_ services: AppServices) async throws -> Int {
        try await services.database.sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM idea_submissions") ?? 0
    }

    @Test func aSubmissionGetsAReceiptAndAPrivateLinkAndIsKeptAsTyped() async throws {
        try await TestApp.run { services, client in
            // given
            let fx = try await IdeaFixture.make(services)
            let anonymous = client.anonymous
            let form = try await IdeaFormSession.open(anonymous, callId: fx.call.id)
            let typed = "  在社区中心试行\r\n周末半天政务服务 <b>加粗</b> & “引号”  "
            // when
            let r = try await form.post(anonymous, callId: fx.call.id, IdeaFormSession.fields(idea: typed))
            // then
            #expect(r.status == .ok)
            #expect(r.headers[.cacheControl] == "no-store" && r.headers[.referrerPolicy] == "no-referrer")
            let stored = try #require(try await IdeaQueries.submissions(callId: fx.call.id, state: nil, on: services.database.sql).first)
            #expect(stored.idea == typed)
            #expect(stored.ideaState == .submitted)
            #expect(r.text.contains(stored.receiptCode) && stored.receiptCode.hasPrefix("JD-"))
            #expect(!r.text.contains("<b>加粗</b>"), "the text is escaped on the page")
            let link = try #require(
                r.text.range(of: #"/public/ideas/receipt/[A-Za-z0-9_-]{43}"#, options: .regularExpression).map { String(r.text[$0]) })
            // the private link works for anyone holding it, and only it
            let followed = try await anonymous.get(link)
            #expect(followed.status == .ok && followed.text.contains(stored.receiptCode))
            #expect(try await anonymous.get("/public/ideas/receipt/" + String(repeating: "A", count: 43)).status == .notFound)
            #expect(try await anonymous.get("/public/ideas/receipt/short").status == .notFound)
            // nothing is public before moderation
            #expect(try await anonymous.get("/public/ideas/\(stored.id)").status == .notFound)
            #expect(!(try await anonymous.get("/public/ideas/calls/\(fx.call.id)")).text.contains("周末半天"))
            // when the office approves it
            try await services.ideas.act(stored.id, .init(action: "approve", answer: "感谢建议"), by: fx.office)
            // then it is public, without its contact
            let page = try await anonymous.get("/public/ideas/\(stored.id)")
            #expect(page.status == .ok && page.text.contains("感谢建议"))
            #expect(!page.text.contains("13800000000") && !page.text.contains(stored.receiptCode))
            #expect((try await anonymous.get("/public/ideas/calls/\(fx.call.id)")).text.contains("社区周末办"))
            #expect((try await anonymous.get(link)).text.contains("/public/ideas/\(stored.id)"))
        }
    }

    @Test func theFormNeedsItsSignedTokenAndItsCookie() async throws {
        try await TestApp.run { services, client in
            // given
            let fx = try await IdeaFixture.make(services)
            let anonymous = client.anonymous
            let form = try await IdeaFormSession.open(anonymous, callId: fx.call.id)
            #expect(!form.token.isEmpty && form.cookie.hasPrefix(IdeaFormToken.cookieName + "="))
            // when / then
            #expect(try await form.post(anonymous, callId: fx.call.id, IdeaFormSession.fields(), withToken: false).status == .forbidden)
            #expect(try await form.post(anonymous, callId: fx.call.id, IdeaFormSession.fields(), withCookie: false).status == .forbidden)
            let other = IdeaFormSession(cookie: IdeaFormToken.cookieName + "=" + SecretToken.generate(), token: form.token)
            #expect(try await other.post(anonymous, callId: fx.call.id, IdeaFormSession.fields()).status == .forbidden)
            #expect(try await Self.count(services) == 0)
            // a signed-in office user's session plays no part: the same token works, their session token is not asked for
            let office = try await client.session(as: .office, jurisdiction: fx.longhua.id, username: "idea-session-user")
            let theirs = try await IdeaFormSession.open(office, callId: fx.call.id)
            #expect(try await theirs.post(office, callId: fx.call.id, IdeaFormSession.fields()).status == .ok)
        }
    }

    @Test func theHoneypotKeepsNothing() async throws {
        try await TestApp.run { services, client in
            // given
            let fx = try await IdeaFixture.make(services)
            let form = try await IdeaFormSession.open(client.anonymous, callId: fx.call.id)
            // when
            let r = try await form.post(client.anonymous, callId: fx.call.id, IdeaFormSession.fields() + [("website", "http://spam.example")])
            // then
            #expect(r.status == .ok)
            #expect(!r.text.contains("JD-"))
            #expect(try await Self.count(services) == 0)
        }
    }

    @Test func oneAddressMayNotFlood() async throws {
        try await TestApp.run { services, client in
            // given
            let fx = try await IdeaFixture.make(services)
            let form = try await IdeaFormSession.open(client.anonymous, callId: fx.call.id)
            for i in 0..<IdeaService.perHour {
                let r = try await form.post(client.anonymous, callId: fx.call.id, IdeaFormSession.fields(title: "建议\(i)", idea: "内容\(i)"))
                #expect(r.status == .ok)
            }
            // when
            let r = try await form.post(client.anonymous, callId: fx.call.id, IdeaFormSession.fields(title: "再一条", idea: "再一条内容"))
            // then
            #expect(r.status == .tooManyRequests)
            #expect(r.headers[.retryAfter] == "3600")
            #expect(try await Self.count(services) == IdeaService.perHour)
            // another address may still submit
            _ = try await fx.submit("另一处的建议", address: "10.9.9.9")
            #expect(try await Self.count(services) == IdeaService.perHour + 1)
        }
    }

    @Test func theSameTextTwiceIsOneIdea() async throws {
        try await TestApp.run { services, client in
            // given
            let fx = try await IdeaFixture.make(services)
            let form = try await IdeaFormSession.open(client.anonymous, callId: fx.call.id)
            _ = try await form.post(client.anonymous, callId: fx.call.id, IdeaFormSession.fields(title: "社区周末办", idea: "周末 半天\n服务"))
            // when: the same words, spaced differently
            let r = try await form.post(client.anonymous, callId: fx.call.id, IdeaFormSession.fields(title: "社区周末办 ", idea: "周末  半天 服务"))
            // then
            #expect(r.status == .unprocessableContent)
            #expect(r.text.contains("同样的内容已经提交过"))
            #expect(try await Self.count(services) == 1)
        }
    }

    @Test func badInputIsNeverAServerError() async throws {
        try await TestApp.run { services, client in
            // given
            let fx = try await IdeaFixture.make(services)
            let anonymous = client.anonymous
            let form = try await IdeaFormSession.open(anonymous, callId: fx.call.id)
            let cases: [[(String, String)]] = [
                [],
                [("title", "")],
                [("title", String(repeating: "长", count: 101)), ("idea", "x"), ("problem", "y"), ("category", "营商环境")],
                [("title", "t"), ("idea", String(repeating: "字", count: 5001)), ("problem", "y"), ("category", "营商环境")],
                [("title", "t"), ("idea", "x"), ("problem", "y"), ("category", "不存在的类别")],
                [("title", "t"), ("idea", "x"), ("problem", "y"), ("category", "营商环境"), ("named", "1"), ("name", "")],
                [("title", "t"), ("idea", "x"), ("problem", "y"), ("category", "营商环境"), ("contact", "not a contact")],
                [("title", "t\u{0}"), ("idea", "x"), ("problem", "y"), ("category", "营商环境")]
            ]
            for fields in cases {
                // when
                let r = try await form.post(anonymous, callId: fx.call.id, fields)
                // then
                #expect([400, 422].contains(r.status.code), "\(fields.map(\.0)): \(r.status)")
            }
            var headers: HTTPFields = [.contentType: "multipart/form-data; boundary=xyz", .cookie: form.cookie]
            let broken = try await anonymous.executeRequest(
                uri: "/public/ideas/calls/\(fx.call.id)/submit", method: .post, headers: headers, body: ByteBuffer(string: "--xyz\r\ngarbage"))
            #expect(broken.status.code < 500, "\(broken.status)")
            headers[.contentType] = "application/x-www-form-urlencoded"
            #expect(
                try await anonymous.executeRequest(uri: "/public/ideas/calls/abc/submit", method: .post, headers: headers, body: nil).status.code
                    < 500)
            #expect(try await anonymous.get("/public/ideas/calls/999999").status == .notFound)
            #expect(try await anonymous.get("/public/ideas/999999999999999999999").status.code < 500)
            #expect(try await Self.count(services) == 0)
        }
    }

    @Test func anAttachmentIsCheckedAsEvidenceIs() async throws {
        try await TestApp.run { services, client in
            // given
            let fx = try await IdeaFixture.make(services)
            // when / then: a file whose bytes are not what its name says is refused; a PDF is kept
            await #expect(throws: AppError.self) {
                _ = try await services.ideas.submit(
                    callId: fx.call.id, IdeaFixture.input(), files: [("a.pdf", Data("not a pdf".utf8))], clientAddress: "10.0.0.2")
            }
            let receipt = try await services.ideas.submit(
                callId: fx.call.id, IdeaFixture.input(), files: [("方案.pdf", Data("%PDF-1.4 idea".utf8))], clientAddress: "10.0.0.2")
            #expect(try await IdeaQueries.attachments(of: receipt.submissionId, on: services.database.sql).map(\.originalName) == ["方案.pdf"])
            await #expect(throws: AppError.self) {
                _ = try await services.ideas.submit(
                    callId: fx.call.id, IdeaFixture.input("四个附件"),
                    files: (0..<4).map { ("f\($0).pdf", Data("%PDF-1.4 \($0)".utf8)) }, clientAddress: "10.0.0.3")
            }
        }
    }

    @Test func moderationHidesAndMergesWithAReason() async throws {
        try await TestApp.run { services, client in
            // given
            let fx = try await IdeaFixture.make(services)
            let a = try await fx.submit("建议甲")
            let b = try await fx.submit("建议乙")
            try await services.ideas.act(b.submissionId, .init(action: "approve"), by: fx.office)
            // when
            await #expect(throws: AppError.self) { try await services.ideas.act(a.submissionId, .init(action: "hide"), by: fx.office) }
            try await services.ideas.act(a.submissionId, .init(action: "merge", reason: "与建议乙相同", target: b.submissionId), by: fx.office)
            // then
            let receipt = try await client.anonymous.get("/public/ideas/receipt/\(a.token)")
            #expect(receipt.text.contains("已合并") && receipt.text.contains("与建议乙相同"))
            #expect(try await client.anonymous.get("/public/ideas/\(a.submissionId)").status == .notFound)
            #expect(!(try await client.anonymous.get("/public/ideas/calls/\(fx.call.id)")).text.contains("与建议乙相同"))
            // a liaison may not moderate
            let liaison = Principal(
                userId: 0, username: "l", displayName: "联络员", role: .liaison, jurisdictionId: fx.longhua.id, jurisdictionPath: fx.longhua.path)
            await #expect(throws: AppError.self) { try await services.ideas.act(b.submissionId, .init(action: "triage"), by: liaison) }
        }
    }

    @Test func reviewShortlistNoticeAwardAndAdoption() async throws {
        try await TestApp.run { services, client in
            // given
            let fx = try await IdeaFixture.make(services)
            let sql = services.database.sql
            let a = try await fx.submit("政策免申即享")
            try await services.ideas.act(a.submissionId, .init(action: "approve"), by: fx.office)
            try await services.ideas.act(a.submissionId, .init(action: "triage"), by: fx.office)
            let reviewerUser = try await TestAccounts(services: services).user(.viewer, jurisdiction: fx.longhua.id, username: "expert-1")
            let reviewer = try await #require(services.accounts.apiToken(reviewerUser.token)).principal
            // a reviewer not assigned to the call may not score
            await #expect(throws: AppError.self) { try await services.ideas.score(a.submissionId, scores: ["创新性": "80"], by: reviewer) }
            try await services.ideas.assignReviewer(callId: fx.call.id, username: "expert-1", by: fx.office)
            // when
            try await services.ideas.score(a.submissionId, scores: ["创新性": "100", "可行性": "50"], by: reviewer)
            await #expect(throws: AppError.self) { try await services.ideas.score(a.submissionId, scores: ["可行性": "101"], by: reviewer) }
            let scores = try await IdeaQueries.scores(of: a.submissionId, on: sql)
            #expect(IdeaQueries.meanScore(scores, fx.call.criterionList) == 65)
            try await services.ideas.act(a.submissionId, .init(action: "shortlist"), by: fx.office)
            // then: on public notice, no award while it runs
            let notice = try await client.anonymous.get("/public/ideas/calls/\(fx.call.id)")
            #expect(notice.text.contains("入围名单公示") && notice.text.contains("2026年11月27日"))
            await #expect(throws: AppError.self) {
                try await services.ideas.act(a.submissionId, .init(action: "award", tier: "一等奖"), by: fx.office)
            }
            // when the notice has ended (time moved on)
            try await sql.execute("UPDATE idea_submissions SET notice_until = '2026-11-19' WHERE id = \(bind: a.submissionId)")
            await #expect(throws: AppError.self) { try await services.ideas.act(a.submissionId, .init(action: "award", tier: "特等奖"), by: fx.office) }
            try await services.ideas.act(a.submissionId, .init(action: "award", answer: "评为一等奖", tier: "一等奖"), by: fx.office)
            _ = try await services.publication.setSettings(planId: fx.plan.id, .init(isPublished: true, namesLevel: "none"), by: fx.office)
            try await services.ideas.act(
                a.submissionId, .init(action: "adopt", planItemIds: [fx.field.id], adoption: "已纳入改革任务"), by: fx.office)
            // then the idea's page shows its answer and what came of it, and the task shows the idea
            let page = try await client.anonymous.get("/public/ideas/\(a.submissionId)")
            #expect(page.text.contains("已采纳") && page.text.contains("评为一等奖") && page.text.contains("已纳入改革任务"))
            #expect(page.text.contains("/public/items/\(fx.field.id)"))
            let item = try await client.anonymous.get("/public/items/\(fx.field.id)")
            #expect(item.text.contains("/public/ideas/\(a.submissionId)"))
        }
    }

    @Test func aClosedCallTakesNothing() async throws {
        try await TestApp.run { services, client in
            // given
            let fx = try await IdeaFixture.make(services)
            try await services.database.sql.execute("UPDATE idea_calls SET closes_on = '2026-11-19' WHERE id = \(bind: fx.call.id)")
            // when / then
            await #expect(throws: IdeaService.Refusal.closed) { _ = try await fx.submit("迟到的建议") }
        }
    }
}
