import Foundation
import HTTPTypes
import HummingbirdTesting
import ReformCore
import SQLKit
import Testing

@testable import App

/// Deleting an evaluation round: while it is open for scoring, with its criteria, subjects, scores, comments and reviewers,
/// by whoever sets it up, with the version read (409 when stale), audited; refused (409, naming why) once closed and while
/// an experience of the replication library cites its results.
struct EvaluationDeleteTests {
    @Test func anOpenRoundGoesWithEverythingInItButAClosedOrCitedOneStays() async throws {
        try await TestApp.run { services, client in
            // given: scores on the first subject
            let w = try await EvaluationFixture.make(services)
            try await w.score(0, .office, ["80", "90"])
            try await w.score(0, .reviewer, ["70", "60"])
            let office = try await client.as(.office, jurisdiction: w.shenzhen.id)
            let viewer = try await client.as(.viewer, jurisdiction: w.shenzhen.id)
            let other = try await client.as(.office, jurisdiction: w.guangzhou.id)
            let reviewer = SignedInClient(inner: client.inner, services: services, credential: .bearer(w.reviewerToken))
            let base = "/api/v1/evaluation-rounds/\(w.round.id)"
            func delete(_ c: SignedInClient, _ version: Int) async throws -> TestResponse {
                try await c.executeRequest(uri: base + "?version=\(version)", method: .delete, headers: [:], body: nil)
            }
            // when: refused while closed, then while cited, then deleted
            let closed = try await services.evaluation.setState(w.round.id, state: "closed", baseVersion: w.round.version, by: w.office)
            let whileClosed = try await delete(office, closed.version)
            let reopened = try await services.evaluation.setState(w.round.id, state: "scoring", baseVersion: closed.version, by: w.office)
            let experience = try await services.replication.createExperience(
                .init(
                    batch: "1", number: "1", title: "商事登记确认制", summary: "做法", jurisdictionId: w.shenzhen.id, publisher: "国家发展改革委",
                    publishedOn: "2022-01-26",
                    evaluationSubjectIds: [w.subjects[0].id]),
                by: w.office)
            let whileCited = try await delete(office, reopened.version)
            try await services.replication.deleteExperience(experience.id, baseVersion: experience.version, by: w.office)
            let byViewer = try await delete(viewer, reopened.version)
            let byReviewer = try await delete(reviewer, reopened.version)
            let byOther = try await delete(other, reopened.version)
            let stale = try await delete(office, w.round.version)
            let deleted = try await delete(office, reopened.version)
            // then
            #expect(whileClosed.status == .conflict && whileClosed.apiError?.code == "evaluation_round_closed")
            #expect(whileCited.status == .conflict && whileCited.apiError?.code == "evaluation_round_cited")
            #expect(byViewer.status == .forbidden && byReviewer.status == .forbidden && byOther.status == .notFound)
            #expect(stale.status == .conflict && stale.apiError?.code == "conflict")
            let gone = try await office.get(base)
            #expect(deleted.status == .ok && gone.status == .notFound)
            let f = Fixtures(services: services)
            for table in [
                "evaluation_rounds", "evaluation_criteria", "evaluation_subjects", "evaluation_scores", "evaluation_comments", "evaluation_reviewers"
            ] {
                #expect(try await f.count(table) == 0, "\(table) is empty")
            }
            #expect(try await f.count("plan_items") == 3, "the subjects' records stay")
            #expect(try await f.count("authorization_items") == 1)
            let changes = try await services.database.sql.scalar(
                String.self, column: "changes",
                "SELECT changes FROM audit_log WHERE entity_type = 'evaluation_round' AND action = 'delete' AND entity_id = \(bind: w.round.id)")
            #expect(changes?.contains("2021年度成效评估") == true)
        }
    }

    @Test func theRoundPageOffersADeleteOnlyWhileTheRoundIsOpen() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await EvaluationFixture.make(services)
            let office = try await client.session(as: .office, jurisdiction: w.shenzhen.id)
            let uri = "/evaluations/\(w.round.id)"
            // when
            let open = try await office.get(uri)
            let closed = try await services.evaluation.setState(w.round.id, state: "closed", baseVersion: w.round.version, by: w.office)
            let closedPage = try await office.get(uri)
            let refused = try await office.postForm(uri + "/delete", [("version", String(closed.version))])
            let reopened = try await services.evaluation.setState(w.round.id, state: "scoring", baseVersion: closed.version, by: w.office)
            let stale = try await office.postForm(uri + "/delete", [("version", String(w.round.version))])
            let deleted = try await office.postForm(uri + "/delete", [("version", String(reopened.version))])
            // then
            #expect(open.text.contains("action=\"\(uri)/delete\"") && open.text.contains("data-confirm=\"删除此评估轮次"))
            #expect(!closedPage.text.contains(uri + "/delete"))
            #expect(refused.status == .conflict && refused.text.contains("评估已关闭，结果已确定并公示"))
            #expect(stale.status == .conflict)
            #expect(deleted.status == .seeOther && deleted.headers[.location] == "/evaluations")
        }
    }
}
