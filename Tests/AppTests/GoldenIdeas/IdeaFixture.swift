import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import ReformCore

@testable import App

/// 龙华区 with a plan of two fields and an open call whose categories are those fields; its office; a reviewer account.
struct IdeaFixture {
    let services: AppServices
    let longhua: JurisdictionRecord
    let plan: PlanRecord
    let field: ItemRecord
    let call: IdeaCallRecord
    let office: Principal

    static func make(_ services: AppServices, noticeDays: String = "7") async throws -> IdeaFixture {
        let f = Fixtures(services: services)
        let shenzhen = try await f.jurisdiction("深圳市", level: .city, code: "440300")
        let longhua = try await f.jurisdiction("龙华区", level: .district, code: "440309", parent: shenzhen.id)
        let unit = try await f.unit("深圳市龙华区发展和改革局", in: longhua.id)
        let plan = try await f.plan(in: longhua.id)
        let field = try await f.item("营商环境", plan: plan.id, lead: unit.id)
        _ = try await f.item("社会治理", plan: plan.id, lead: unit.id)
        let office = Principal(
            userId: 0, username: "idea-office", displayName: "龙华区委改革办", role: .office, jurisdictionId: longhua.id, jurisdictionPath: longhua.path)
        let call = try await services.ideas.createCall(
            .init(
                jurisdictionId: longhua.id, planId: plan.id, topic: "龙华区改革金点子征集", rules: "规则", contact: "0755-0000000",
                opensOn: "2026-11-01", closesOn: "2026-12-31", categories: "", rewardTiers: "一等奖|10000元|1\n二等奖|5000元|3",
                criteria: "创新性|30\n可行性|70", noticeDays: noticeDays),
            by: office)
        return IdeaFixture(services: services, longhua: longhua, plan: plan, field: field, call: call, office: office)
    }

    static func input(_ title: String = "企业开办一网通办", idea: String = "把刻章、发票、社保并入一个入口。") -> IdeaService.SubmissionInput {
        .init(title: title, idea: idea, problem: "企业开办要跑多个系统", category: "营商环境", anonymous: true, name: "", contact: "")
    }

    /// A submission through the service, as from its own address.
    func submit(_ title: String, address: String = "10.0.0.1") async throws -> IdeaService.Receipt {
        try await services.ideas.submit(callId: call.id, Self.input(title, idea: "内容：" + title), files: [], clientAddress: address)
    }
}

/// The public form as a browser uses it: its page sets the nonce cookie and carries the signed token.
struct IdeaFormSession {
    let cookie: String
    let token: String

    static func open(_ client: SignedInClient, callId: Int) async throws -> IdeaFormSession {
        let page = try await client.get("/public/ideas/calls/\(callId)/submit")
        let setCookie = page.headers[.setCookie] ?? ""
        let cookie = String(setCookie.split(separator: ";").first ?? "")
        let pattern = try NSRegularExpression(pattern: #"name="_csrf" value="([^"]+)""#)
        let text = page.text
        let token =
            pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)).map { String(text[Range($0.range(at: 1), in: text)!]) } ?? ""
        return IdeaFormSession(cookie: cookie, token: token)
    }

    func post(_ client: SignedInClient, callId: Int, _ fields: [(String, String)], withToken: Bool = true, withCookie: Bool = true) async throws
        -> TestResponse
    {
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        if withCookie { headers[.cookie] = cookie }
        let all = (withToken ? [(IdeaFormToken.field, token)] : []) + fields
        return try await client.executeRequest(
            uri: "/public/ideas/calls/\(callId)/submit", method: .post, headers: headers, body: ByteBuffer(string: FormBody.encode(all)))
    }

    static func fields(title: String = "社区周末办", idea: String = "在社区中心试行周末半天政务服务。") -> [(String, String)] {
        [("title", title), ("idea", idea), ("problem", "上班族难以请假办事"), ("category", "社会治理"), ("named", "0"), ("contact", "13800000000")]
    }
}
