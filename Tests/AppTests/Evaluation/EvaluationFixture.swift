import Foundation
import ReformCore

@testable import App

/// 广东省 → 深圳市 → 龙华区, and 广州市; Shenzhen's office runs a round (weights 20/30/50, 1 best and 1 excellent case) with
/// two criteria (创新性 60, 实效 40) over one authorized item of 深圳市 and three of 龙华区's plan items (led by its 发改局),
/// in that order (subjects come in jurisdiction order); a reviewer (评审专家) assigned to it.
struct EvaluationFixture {
    let services: AppServices
    let shenzhen: JurisdictionRecord, longhua: JurisdictionRecord, guangzhou: JurisdictionRecord
    let unit: UnitRecord
    let round: EvaluationRoundRecord
    let criteria: [EvaluationCriterionRecord]
    let subjects: [EvaluationSubjectRecord]
    let reviewer: UserRecord, reviewerToken: String

    var office: Principal {
        Principal(
            userId: 0, username: "sz-office", displayName: "深圳市委改革办", role: .office, jurisdictionId: shenzhen.id, jurisdictionPath: shenzhen.path)
    }
    var reviewerPrincipal: Principal {
        Principal(
            userId: reviewer.id, username: reviewer.username, displayName: reviewer.displayName, role: .reviewer, jurisdictionId: shenzhen.id,
            jurisdictionPath: shenzhen.path)
    }

    static func make(_ services: AppServices) async throws -> EvaluationFixture {
        let f = Fixtures(services: services)
        let guangdong = try await f.jurisdiction("广东省", level: .province, code: "440000")
        let shenzhen = try await f.jurisdiction("深圳市", level: .city, code: "440300", parent: guangdong.id)
        let longhua = try await f.jurisdiction("龙华区", level: .district, code: "440309", parent: shenzhen.id)
        let guangzhou = try await f.jurisdiction("广州市", level: .city, code: "440100", parent: guangdong.id)
        let unit = try await f.unit("深圳市龙华区发展和改革局", in: longhua.id)
        let plan = try await f.plan(in: longhua.id)
        var items: [ItemRecord] = []
        for title in ["推进商事登记确认制", "推进一网通办", "推进城市更新"] { items.append(try await f.item(title, plan: plan.id, lead: unit.id)) }
        let office = Principal(
            userId: 0, username: "sz-office", displayName: "深圳市委改革办", role: .office, jurisdictionId: shenzhen.id, jurisdictionPath: shenzhen.path)
        let batch = try await services.authorizations.createBatch(
            .init(jurisdictionId: shenzhen.id, ordinal: "1", title: "首批授权事项清单", issuer: "", docNumber: "", issuedOn: "2020-10-11"), by: office)
        let auth = try await services.authorizations.createItem(
            batchId: batch.id, AuthorizationFixture.input(1, jurisdiction: shenzhen.id), by: office)
        let round = try await services.evaluation.createRound(
            .init(jurisdictionId: shenzhen.id, title: "2021年度成效评估", year: "2021", bestCount: "1", excellentCount: "1"), by: office)
        let criteria = try await services.evaluation.saveCriteria(
            round.id, [.init(name: "创新性", weight: "60"), .init(name: "实效", weight: "40")], baseVersion: round.version, by: office)
        _ = try await services.evaluation.addSubjects(round.id, kind: "plan_item", ids: items.map(\.id), by: office)
        _ = try await services.evaluation.addSubjects(round.id, kind: "authorization", ids: [auth.id], by: office)
        let made = try await TestAccounts(services: services).user(.reviewer, jurisdiction: shenzhen.id, username: "expert")
        _ = try await services.evaluation.assignReviewer(round.id, username: "expert", by: office)
        return EvaluationFixture(
            services: services, shenzhen: shenzhen, longhua: longhua, guangzhou: guangzhou, unit: unit,
            round: try await EvaluationQueries.round(round.id, on: services.database.sql)!, criteria: criteria,
            subjects: try await EvaluationQueries.subjects(of: round.id, on: services.database.sql), reviewer: made.user, reviewerToken: made.token)
    }

    /// Gives one source's scores (by criterion order) to a subject.
    func score(_ subject: Int, _ source: EvaluationSource, _ values: [String], by p: Principal? = nil) async throws {
        let s = try await EvaluationQueries.subject(subjects[subject].id, on: services.database.sql)!
        var scores: [Int: String] = [:]
        for (i, v) in values.enumerated() { scores[criteria[i].id] = v }
        _ = try await services.evaluation.saveScores(
            s.id, .init(source: source.rawValue, scores: scores, comment: ""), baseVersion: s.version,
            by: p ?? (source == .reviewer ? reviewerPrincipal : office))
    }
}
