import Foundation
import HTTPTypes
import HummingbirdTesting
import ReformCore
import Testing

@testable import App

/// Evaluation end to end: the weighted result with a missing score and a tie, the tiers, the reviewer who sees only the
/// round assigned to them, the import's dry run naming row and column with an all-or-nothing commit, conflicts, the filters
/// and the notice, public and printable.
struct EvaluationTests {
    struct Result: Decodable {
        var subjectId: Int
        var selfAssessment: Double?
        var office: Double?
        var reviewer: Double?
        var total: Double?
        var rank: Int?
        var tier: String
        var missing: Int
    }
    struct Results: Decodable {
        var items: [Result]
        var total: Int
    }
    struct Report: Decodable {
        struct Problem: Decodable {
            var row: Int
            var column: String
            var field: String
        }
        var dryRun: Bool
        var rows: Int
        var created: Int
        var problems: [Problem]
    }

    @Test func theTotalWeighsCriteriaThenSourcesLeavesMissingScoresOutAndTiesShareARank() async throws {
        try await TestApp.run { services, client in
            // given: subject 0 fully scored; 1 and 2 the same (a tie); 3 with only the office's first criterion
            let w = try await EvaluationFixture.make(services)
            try await w.score(0, .selfAssessment, ["90", "80"])
            try await w.score(0, .office, ["80", "70"])
            try await w.score(0, .reviewer, ["70", "60"])
            for s in [1, 2] {
                try await w.score(s, .office, ["60", "90"])
                try await w.score(s, .reviewer, ["75", "75"])
            }
            try await w.score(3, .office, ["50", ""])
            let office = try await client.as(.office, jurisdiction: w.shenzhen.id)
            // when
            let results = try await office.get("/api/v1/evaluation-rounds/\(w.round.id)/results").decode(Results.self)
            let bySubject = Dictionary(uniqueKeysWithValues: results.items.map { ($0.subjectId, $0) })
            let r0 = try #require(bySubject[w.subjects[0].id]), r1 = try #require(bySubject[w.subjects[1].id])
            let r2 = try #require(bySubject[w.subjects[2].id]), r3 = try #require(bySubject[w.subjects[3].id])
            // then: self 0.6·90+0.4·80 = 86, office 76, reviewers 66; total 0.2·86 + 0.3·76 + 0.5·66 = 73
            #expect(r0.selfAssessment == 86 && r0.office == 76 && r0.reviewer == 66 && r0.total == 73 && r0.missing == 0)
            // office 72, reviewers 75, no self-assessment: (0.3·72 + 0.5·75) / 0.8 = 73.875 → 73.88
            #expect(r1.selfAssessment == nil && r1.total == 73.88 && r1.missing == 2)
            #expect(r1.rank == 1 && r2.rank == 1 && r0.rank == 3)
            // only the office's first criterion: 50 (the blank one is left out, not counted as 0)
            #expect(r3.total == 50 && r3.rank == 4 && r3.missing == 5)
            #expect(results.items.map(\.rank) == [1, 1, 3, 4])
            // a tie at the best cut goes into the best tier; the next rank is excellent only if within 1 + 1
            #expect(r1.tier == "best" && r2.tier == "best" && r0.tier == "none" && r3.tier == "none")
        }
    }

    @Test func tiersFollowTheRanksAndThePlacesSetOnTheRound() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await EvaluationFixture.make(services)
            for (i, v) in ["95", "90", "85", "80"].enumerated() { try await w.score(i, .office, [v, v]) }
            let office = try await client.as(.office, jurisdiction: w.shenzhen.id)
            let round = try await EvaluationQueries.round(w.round.id, on: services.database.sql)!
            // when
            let before = try await office.get("/api/v1/evaluation-rounds/\(w.round.id)/results").decode(Results.self)
            _ = try await services.evaluation.updateRound(
                round.id,
                .init(jurisdictionId: nil, title: round.title, year: "2021", bestCount: "2", excellentCount: "1"), baseVersion: round.version,
                by: w.office)
            let after = try await office.get("/api/v1/evaluation-rounds/\(w.round.id)/results").decode(Results.self)
            let best = try await office.get("/api/v1/evaluation-rounds/\(w.round.id)/results?tier=best").decode(Results.self)
            let bad = try await office.get("/api/v1/evaluation-rounds/\(w.round.id)/results?tier=gold")
            // then
            #expect(before.items.map(\.tier) == ["best", "excellent", "none", "none"])
            #expect(after.items.map(\.tier) == ["best", "best", "excellent", "none"])
            #expect(best.total == 2)
            #expect(bad.status == .badRequest && bad.apiError?.parameter == "tier")
        }
    }

    @Test func weightsMustSumTo100AndAClosedRoundTakesNoScores() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await EvaluationFixture.make(services)
            let office = try await client.as(.office, jurisdiction: w.shenzhen.id)
            let v = w.round.version
            // when
            let criteria = try await office.sendJSON(
                "/api/v1/evaluation-rounds/\(w.round.id)/criteria", method: .put, #"{"version": \#(v), "criteria": [{"name": "创新性", "weight": 70}]}"#)
            let sources = try await office.sendJSON(
                "/api/v1/evaluation-rounds", method: .post,
                #"{"jurisdictionId": \#(w.shenzhen.id), "title": "评估", "year": 2021, "weightSelf": 50, "weightOffice": 50, "weightReviewer": 50}"#)
            try await w.score(0, .office, ["80", "80"])
            let dropScored = try await office.sendJSON(
                "/api/v1/evaluation-rounds/\(w.round.id)/criteria", method: .put,
                #"{"version": \#(v), "criteria": [{"id": \#(w.criteria[1].id), "name": "实效", "weight": 100}]}"#)
            let close = try await office.sendJSON(
                "/api/v1/evaluation-rounds/\(w.round.id)/state", method: .post, #"{"version": \#(v), "state": "closed"}"#)
            let subject = try await EvaluationQueries.subject(w.subjects[1].id, on: services.database.sql)!
            let late = try await office.sendJSON(
                "/api/v1/evaluation-subjects/\(subject.id)/scores", method: .post,
                #"{"version": \#(subject.version), "source": "office", "scores": [{"criterionId": \#(w.criteria[0].id), "score": 60}]}"#)
            // then
            #expect(criteria.status == .unprocessableContent && criteria.apiError?.fields?.first?.field == "criteriaWeights")
            #expect(sources.status == .unprocessableContent && sources.apiError?.fields?.first?.field == "sourceWeights")
            #expect(dropScored.status == .unprocessableContent && dropScored.apiError?.fields?.first?.field == "criteria")
            #expect(close.status == .ok)
            #expect(late.status == .unprocessableContent && late.apiError?.code == "evaluation_closed")
        }
    }

    @Test func aStaleScoreOrRoundEditIsAConflict() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await EvaluationFixture.make(services)
            let office = try await client.as(.office, jurisdiction: w.shenzhen.id)
            let s = w.subjects[0]
            let body = #"{"version": \#(s.version), "source": "office", "scores": [{"criterionId": \#(w.criteria[0].id), "score": 60}]}"#
            // when
            let first = try await office.sendJSON("/api/v1/evaluation-subjects/\(s.id)/scores", method: .post, body)
            let second = try await office.sendJSON("/api/v1/evaluation-subjects/\(s.id)/scores", method: .post, body)
            let round = try await office.sendJSON(
                "/api/v1/evaluation-rounds/\(w.round.id)", method: .put, #"{"version": \#(w.round.version - 1), "title": "改名", "year": 2021}"#)
            let page = try await office.postForm(
                "/evaluations/\(w.round.id)/subjects/\(s.id)/scores",
                [("version", String(s.version)), ("source", "office"), ("score_\(w.criteria[0].id)", "70")])
            // then
            #expect(first.status == .ok && second.status == .conflict && round.status == .conflict && page.status == .conflict)
        }
    }

    @Test func aReviewerSeesOnlyTheRoundAssignedToThemAndGivesOnlyReviewerScores() async throws {
        try await TestApp.run { services, client in
            // given: a second round the reviewer is not assigned to
            let w = try await EvaluationFixture.make(services)
            let other = try await services.evaluation.createRound(.init(jurisdictionId: w.shenzhen.id, title: "另一轮", year: "2022"), by: w.office)
            try await w.score(0, .office, ["80", "80"])
            let reviewer = SignedInClient(inner: client.inner, services: services, credential: .bearer(w.reviewerToken))
            let s = try await EvaluationQueries.subject(w.subjects[0].id, on: services.database.sql)!
            // when
            let list = try await reviewer.get("/api/v1/evaluation-rounds")
            let mine = try await reviewer.get("/evaluations/\(w.round.id)")
            let minePage = try await SignedInClient(inner: client.inner, services: services, credential: .bearer(w.reviewerToken)).get("/evaluations")
            let notMine = try await reviewer.get("/evaluations/\(other.id)")
            let results = try await reviewer.get("/api/v1/evaluation-rounds/\(w.round.id)/results")
            let export = try await reviewer.get("/evaluations/\(w.round.id)/export.csv")
            let ledger = try await reviewer.get("/ledger")
            let plans = try await reviewer.get("/api/v1/plans")
            let item = try await reviewer.get("/items/\(w.subjects[0].refId)")
            let home = try await reviewer.get("/")
            let asOffice = try await reviewer.sendJSON(
                "/api/v1/evaluation-subjects/\(s.id)/scores", method: .post,
                #"{"version": \#(s.version), "source": "office", "scores": [{"criterionId": \#(w.criteria[0].id), "score": 10}]}"#)
            let own = try await reviewer.sendJSON(
                "/api/v1/evaluation-subjects/\(s.id)/scores", method: .post,
                #"{"version": \#(s.version), "source": "reviewer", "scores": [{"criterionId": \#(w.criteria[0].id), "score": 88}], "comment": "好"}"#)
            let seen = try await reviewer.get("/api/v1/evaluation-subjects/\(s.id)").text
            // then
            #expect(list.status == .ok && list.text.contains(w.round.title) && !list.text.contains("另一轮"))
            #expect(mine.status == .ok && !mine.text.contains("<th scope=\"col\">综合得分") && notMine.status == .notFound)
            #expect(results.status == .forbidden && export.status == .forbidden)
            #expect(ledger.status == .forbidden && plans.status == .forbidden && item.status == .forbidden)
            #expect(home.status == .seeOther && home.headers[.location] == "/evaluations")
            #expect(minePage.status == .ok && !minePage.text.contains("href=\"/ledger\"") && !minePage.text.contains("href=\"/inbox\""))
            #expect(asOffice.status == .forbidden && own.status == .ok)
            #expect(seen.contains("\"reviewer\"") && !seen.contains("\"office\""))
        }
    }

    @Test func aDryRunNamesEachProblemByRowAndColumnAndACommitWritesAllOrNothing() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await EvaluationFixture.make(services)
            let office = try await client.as(.office, jurisdiction: w.shenzhen.id)
            let (a, b) = (w.subjects[0].id, w.subjects[1].id)
            let bad = "对象编号,来源,创新性,实效,评语\n\(a),改革办,80,90,好\n999,自评,70,70,\n\(b),专家,101,x,\n\(a),改革办,60,60,\n"
            let good = "对象编号,来源,创新性,实效\n\(a),改革办,80,90\n\(b),自评,70,\n"
            func body(_ text: String, dryRun: Bool) -> String {
                #"{"filename":"s.csv","dryRun":\#(dryRun),"content":"\#(Data(text.utf8).base64EncodedString())"}"#
            }
            let path = "/api/v1/evaluation-rounds/\(w.round.id)/import"
            // when
            let dry = try await office.sendJSON(path, method: .post, body(bad, dryRun: true))
            let refused = try await office.sendJSON(path, method: .post, body(bad, dryRun: false))
            let scoresAfterRefusal = try await EvaluationQueries.scores(of: w.round.id, on: services.database.sql).count
            let unknownHeader = try await office.sendJSON(path, method: .post, body("对象编号,来源,创新\n\(a),改革办,80\n", dryRun: true))
            let committed = try await office.sendJSON(path, method: .post, body(good, dryRun: false))
            let scores = try await EvaluationQueries.scores(of: w.round.id, on: services.database.sql)
            // then
            let report = try dry.decode(Report.self)
            #expect(dry.status == .unprocessableContent && report.rows == 4)
            #expect(
                Set(report.problems.map { "\($0.row)\($0.column):\($0.field)" }) == [
                    "3A:subjectId", "4B:source", "4C:score", "4D:score", "5A:subjectId"
                ])
            #expect(refused.status == .unprocessableContent && scoresAfterRefusal == 0)
            #expect(try unknownHeader.decode(Report.self).problems.map { "\($0.row)\($0.column)" } == ["1", "1C"])
            #expect(committed.status == .created && scores.count == 3)
            #expect(scores.contains { $0.subjectId == b && $0.source == "self" && $0.score == 70 })
        }
    }

    @Test func theNoticeIsPublicOnlyOnceClosedAndShowsTitlesJurisdictionsAndTiersOnly() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await EvaluationFixture.make(services)
            for (i, v) in ["95", "90", "85", "80"].enumerated() { try await w.score(i, .office, [v, v]) }
            let anonymous = client.anonymous
            let token = w.round.noticeToken
            // when
            let early = try await anonymous.get("/public/evaluations/\(token)")
            _ = try await services.evaluation.setState(w.round.id, state: "closed", baseVersion: w.round.version, by: w.office)
            let notice = try await anonymous.get("/public/evaluations/\(token)")
            let english = try await anonymous.get("/public/evaluations/\(token)?lang=en")
            let guessed = try await anonymous.get("/public/evaluations/\(String(repeating: "a", count: 43))")
            let office = try await client.as(.office, jurisdiction: w.shenzhen.id)
            let printable = try await office.get("/evaluations/\(w.round.id)/notice")
            // then
            #expect(early.status == .notFound && guessed.status == .notFound)
            #expect(notice.status == .ok && notice.text.contains("最佳案例") && notice.text.contains(w.subjects[0].title) && notice.text.contains("龙华区"))
            #expect(!notice.text.contains("95") && !notice.text.contains(w.subjects[2].title) && !notice.text.contains("/items/"))
            #expect(english.text.contains("Best case") && english.text.contains("<html lang=\"en\""))
            #expect(printable.status == .ok && printable.text.contains("data-print"))
        }
    }

    @Test func theRoundPageAndTheSubjectPageRenderInBothLanguagesAndTheExportHasTheRanking() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await EvaluationFixture.make(services)
            try await w.score(0, .office, ["90", "90"])
            let office = try await client.as(.office, jurisdiction: w.shenzhen.id)
            let liaison = try await client.as(.liaison, unit: w.unit.id)
            // when
            let zh = try await office.get("/evaluations/\(w.round.id)")
            let en = try await office.get("/evaluations/\(w.round.id)?lang=en")
            let item = try #require(w.subjects.first { $0.kind == "plan_item" })
            let subject = try await liaison.get("/evaluations/\(w.round.id)/subjects/\(item.id)")
            let hidden = try await liaison.get(
                "/evaluations/\(w.round.id)/subjects/\(try #require(w.subjects.first { $0.kind == "authorization" }).id)")
            let csv = try await office.get("/evaluations/\(w.round.id)/export.csv").text
            let wrongRound = try await office.get("/evaluations/\(w.round.id + 1)/subjects/\(w.subjects[0].id)")
            // then
            #expect(zh.status == .ok && zh.text.contains("评估结果与排名") && zh.text.contains("综合得分"))
            #expect(en.status == .ok && en.text.contains("Results and ranking"))
            #expect(hidden.status == .notFound)
            #expect(subject.status == .ok && subject.text.contains("自评") && subject.text.contains("name=\"source\" value=\"self\""))
            #expect(!subject.text.contains("value=\"office\""))
            #expect(csv.contains("排名") && csv.contains("推进商事登记确认制") && csv.contains("90"))
            #expect(wrongRound.status == .notFound)
        }
    }
}
