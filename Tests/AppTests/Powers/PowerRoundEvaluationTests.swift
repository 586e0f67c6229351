import Foundation
import HTTPTypes
import HummingbirdTesting
import ReformCore
import SQLKit
import Testing

@testable import App

/// Delegated powers in evaluation rounds: a round evaluates powers (titled with their receiving city, linked to their
/// page), a power a round evaluates is not deleted, and a finished round with a result for an entrusted power counts as
/// the effect evaluation its renewal needs, once.
struct PowerRoundEvaluationTests {
    struct Power: Decodable {
        struct Term: Decodable {
            var termStart: String
            var termEnd: String
            var evaluationId: Int?
        }
        struct Evaluation: Decodable {
            var id: Int
            var evaluatedOn: String
            var conclusion: String
            var summary: String
        }
        var version: Int
        var termEnd: String?
        var renewals: Int
        var terms: [Term]?
        var evaluations: [Evaluation]?
    }

    @Test func aFinishedRoundOverAPowerCountsOnceAsTheEffectEvaluationItsRenewalNeeds() async throws {
        try await TestApp.run { services, client in
            // given: the entrusted power handed over; a province round over it, the devolved one and nothing scored yet
            let w = try await PowerFixture.make(services)
            let handed = try await services.powers.recordHandover(
                w.entrusted.id, handedOverOn: "2026-01-10", termStart: "", note: "", baseVersion: 1, by: w.office)
            let round = try await services.evaluation.createRound(
                .init(jurisdictionId: w.guangdong.id, title: "委托事项实施效果评估", year: "2026", bestCount: "1", excellentCount: "0"), by: w.office)
            let criteria = try await services.evaluation.saveCriteria(
                round.id, [.init(name: "实施成效", weight: "100")], baseVersion: round.version, by: w.office)
            let added = try await services.evaluation.addSubjects(round.id, kind: "power", ids: [w.entrusted.id, w.devolved.id], by: w.office)
            let subjects = try await EvaluationQueries.subjects(of: round.id, on: services.database.sql)
            let office = try await client.as(.office, jurisdiction: w.shenzhen.id)
            let base = "/api/v1/powers/\(w.entrusted.id)"
            // when: closed without scores it is no evaluation; scored and closed again it is one
            var current = try #require(try await EvaluationQueries.round(round.id, on: services.database.sql))
            current = try await services.evaluation.setState(round.id, state: "closed", baseVersion: current.version, by: w.office)
            let unscored = try await office.sendJSON(base + "/renewal", method: .post, #"{"version":\#(handed.version)}"#)
            current = try await services.evaluation.setState(round.id, state: "scoring", baseVersion: current.version, by: w.office)
            let subject = try #require(subjects.first { $0.refId == w.entrusted.id })
            _ = try await services.evaluation.saveScores(
                subject.id, .init(source: "office", scores: [criteria[0].id: "86"], comment: ""), baseVersion: subject.version, by: w.office)
            current = try await services.evaluation.setState(round.id, state: "closed", baseVersion: current.version, by: w.office)
            let renewed = try await office.sendJSON(base + "/renewal", method: .post, #"{"version":\#(handed.version)}"#)
            let again = try await office.sendJSON(base + "/renewal", method: .post, #"{"version":\#(handed.version + 1)}"#)
            let deleteEvaluated = try await office.executeRequest(
                uri: base + "?version=\(handed.version + 1)", method: .delete, headers: [:], body: nil)
            // then
            #expect(added == 2 && subjects.map(\.title).sorted() == ["职权事项1（深圳市）", "职权事项2（广州市）"])
            #expect(unscored.status == .unprocessableContent && unscored.apiError?.code == "power_renewal_needs_evaluation")
            #expect(renewed.status == .ok)
            let p = try renewed.decode(Power.self)
            #expect(p.renewals == 1 && p.termEnd == "2028-01-09")
            let evaluation = try #require(p.evaluations?.first)
            #expect(evaluation.conclusion == "good" && evaluation.evaluatedOn == "2026-11-20")
            #expect(evaluation.summary.contains("委托事项实施效果评估") && evaluation.summary.contains("86"))
            #expect(p.terms?.last?.evaluationId == evaluation.id)
            #expect(again.status == .unprocessableContent && again.apiError?.code == "power_renewal_needs_evaluation", "a round counts once")
            #expect(deleteEvaluated.status == .conflict && deleteEvaluated.apiError?.code == "power_evaluated")
        }
    }

    @Test func aRoundOverPowersAndGrassrootsProjectsShowsTheirTitlesAndLinks() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await GrassrootsTests.World.make(services)
            let project = try await w.declare(services, "电子商务领域知识产权保护", in: w.yuexiu)
            let round = try await services.evaluation.createRound(
                .init(jurisdictionId: w.guangzhou.id, title: "基层改革创新项目成效评估", year: "2022"), by: w.office)
            let office = try await client.as(.office, jurisdiction: w.guangzhou.id)
            let district = try await client.as(.office, jurisdiction: w.yuexiu.id)
            let pages = try await client.session(as: .office, jurisdiction: w.guangzhou.id)
            // when
            let added = try await office.sendJSON(
                "/api/v1/evaluation-rounds/\(round.id)/subjects", method: .post, #"{"kind":"grassroots_project","refIds":[\#(project.id)]}"#)
            let wrongKind = try await office.sendJSON(
                "/api/v1/evaluation-rounds/\(round.id)/subjects", method: .post, #"{"kind":"power","refIds":[\#(project.id)]}"#)
            let subject = try #require(try await EvaluationQueries.subjects(of: round.id, on: services.database.sql).first)
            let roundPage = try await pages.get("/evaluations/\(round.id)")
            let filtered = try await pages.get("/evaluations/\(round.id)?kind=grassroots_project&lang=en")
            let subjectPage = try await pages.get("/evaluations/\(round.id)/subjects/\(subject.id)")
            let deleteEvaluated = try await district.executeRequest(
                uri: "/api/v1/grassroots-projects/\(project.id)?version=\(project.version)", method: .delete, headers: [:], body: nil)
            // then
            #expect(added.status == .ok || added.status == .created)
            #expect(wrongKind.status == .unprocessableContent, "no power of that id")
            #expect(subject.kind == "grassroots_project" && subject.title == "电子商务领域知识产权保护" && subject.jurisdictionId == w.yuexiu.id)
            #expect(roundPage.text.contains("基层改革创新项目") && roundPage.text.contains("调整的职权事项"), "the picker offers both kinds")
            #expect(filtered.status == .ok && filtered.text.contains("Grassroots project"))
            #expect(subjectPage.text.contains("href=\"/grassroots/projects/\(project.id)\""))
            #expect(deleteEvaluated.status == .conflict && deleteEvaluated.apiError?.code == "grassroots_project_evaluated")
        }
    }
}
