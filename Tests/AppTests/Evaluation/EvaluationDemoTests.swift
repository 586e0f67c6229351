import Foundation
import ReformCore
import ReformDemo
import SQLKit
import Testing

@testable import App

/// The demo's evaluation round (six plan items and eight authorized items of Shenzhen, four criteria, scores from all three
/// sources, two reviewers, closed with 3 best and 5 excellent cases) and its replication library (48 experiences in three
/// batches of 18, 16 and 14, adopted across the demo's jurisdictions).
struct EvaluationDemoTests {
    @Test func theDemoHasOneClosedRoundAndFortyEightExperiencesInThreeBatches() async throws {
        try await TestDatabase.withServices { services in
            // given
            try await TestDemo.load(services)
            let sql = services.database.sql
            func count(_ query: SQLQueryString) async throws -> Int { try await sql.scalar(Int.self, column: "n", query) ?? -1 }
            // when
            let round = try #require(
                try await sql.first(
                    EvaluationRoundRecord.self,
                    "SELECT \(EvaluationQueries.roundColumns) \(EvaluationQueries.roundFrom) WHERE r.is_demo = \(bind: true)"))
            let results = try await EvaluationQueries.results(round, on: sql)
            let kinds = Dictionary(grouping: results, by: \.subject.kind).mapValues(\.count)
            let sources = try await sql.all(
                SourceRow.self,
                "SELECT DISTINCT c.source FROM evaluation_scores c JOIN evaluation_subjects s ON s.id = c.subject_id WHERE s.round_id = \(bind: round.id)"
            )
            let reviewers = try await EvaluationQueries.reviewers(of: round.id, on: sql)
            let batches = try await ReplicationQueries.batches(on: sql)
            let adoptions = try await count("SELECT COUNT(*) AS n FROM experience_adoptions")
            let adopters = try await count("SELECT COUNT(DISTINCT jurisdiction_id) AS n FROM experience_adoptions")
            let demo = try await count("SELECT COUNT(*) AS n FROM experiences WHERE is_demo = \(bind: true) AND title LIKE '%（演示）'")
            // then
            #expect(round.state == "closed" && round.bestCount == 3 && round.excellentCount == 5)
            #expect(try await EvaluationQueries.criteria(of: round.id, on: sql).map(\.weight) == [30, 40, 20, 10])
            #expect(kinds["plan_item"] == 6 && kinds["authorization"] == 8)
            #expect(Set(sources.map(\.source)) == ["self", "office", "reviewer"])
            #expect(reviewers.map(\.username) == ["reviewer", "reviewer2"])
            #expect(results.filter { $0.tier == .best }.count >= 3 && results.filter { $0.tier == .excellent }.count >= 1)
            #expect(results.allSatisfy { $0.result.rank != nil } && results.filter { $0.result.missing > 0 }.count == 1)
            #expect(batches.map(\.batch) == [1, 2, 3] && batches.map(\.n) == [18, 16, 14])
            #expect(demo == 48 && adoptions > 40 && adopters >= 10)
        }
    }

    struct SourceRow: Decodable {
        var source: String
    }
}
