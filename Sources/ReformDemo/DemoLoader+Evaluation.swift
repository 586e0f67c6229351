import App
import Foundation
import ReformCore
import SQLKit

extension DemoLoader {
    /// One evaluation round (成效评估, seed 004's year-end evaluation and Zhejiang 2020's best and excellent cases): Shenzhen's
    /// office evaluates six of its pilot plan's items and eight of the first batch's authorized items on four weighted
    /// criteria, with scores from self-assessment, the office and two outside reviewers (accounts `reviewer` and `reviewer2`,
    /// the demo's password), then closes the round: 3 best and 5 excellent cases and a public notice. The scores are the
    /// demo's (generated, marked 演示); one cell is left blank to show an incomplete result.
    func loadEvaluation() async throws {
        let sql = services.database.sql
        guard let sz = try await sql.scalar(Int.self, column: "id", "SELECT id FROM jurisdictions WHERE division_code = '440300'"),
            let path = try await sql.scalar(String.self, column: "path", "SELECT path FROM jurisdictions WHERE id = \(bind: sz)")
        else { return }
        let office = Principal(
            userId: 0, username: "demo-office", displayName: "深圳市委改革办（演示）", role: .office, jurisdictionId: sz, jurisdictionPath: path)
        let hash = services.hasher.hash(DemoDataset.userPassword)
        var reviewers: [Principal] = []
        for (username, name) in [("reviewer", "评审专家张教授（演示）"), ("reviewer2", "评审专家李研究员（演示）")] {
            let user = try await services.users.create(
                .init(username: username, displayName: name, role: Role.reviewer.rawValue, jurisdictionId: sz), passwordHash: hash, actor: Self.actor)
            reviewers.append(
                Principal(userId: user.id, username: username, displayName: name, role: .reviewer, jurisdictionId: sz, jurisdictionPath: path))
        }
        let round = try await services.evaluation.createRound(
            .init(
                jurisdictionId: sz, title: "深圳市综合改革试点2021年度成效评估（演示）", year: "2021",
                description: "对首批授权事项和试点实施方案任务的落地成效进行评估，评选最佳案例和优秀案例（演示数据）", weightSelf: "20", weightOffice: "30",
                weightReviewer: "50", bestCount: "3", excellentCount: "5"),
            by: office, isDemo: true)
        let criteria = try await services.evaluation.saveCriteria(
            round.id,
            [
                .init(name: "改革创新性", weight: "30"), .init(name: "实施成效", weight: "40"), .init(name: "可复制推广性", weight: "20"),
                .init(name: "群众和企业满意度", weight: "10")
            ], baseVersion: round.version, by: office)
        let items = try await sql.all(
            IdRow.self, "SELECT id FROM plan_items WHERE jurisdiction_path = \(bind: path) AND depth = 1 ORDER BY plan_id, sort_key, id LIMIT 6")
        let authorizations = try await sql.all(
            IdRow.self, "SELECT id FROM authorization_items WHERE jurisdiction_path = \(bind: path) AND status = 'landed' ORDER BY number LIMIT 8")
        _ = try await services.evaluation.addSubjects(round.id, kind: "plan_item", ids: items.map(\.id), by: office)
        _ = try await services.evaluation.addSubjects(round.id, kind: "authorization", ids: authorizations.map(\.id), by: office)
        let ids = try await sql.all(IdRow.self, "SELECT id FROM evaluation_subjects WHERE round_id = \(bind: round.id) ORDER BY id").map(\.id)
        for reviewer in reviewers { _ = try await services.evaluation.assignReviewer(round.id, username: reviewer.username, by: office) }
        for (i, subjectId) in ids.enumerated() {
            // Subjects 2 and 3 get the same scores: a tie the ranking shows.
            let k = i == 3 ? 2 : i
            func score(_ c: Int, _ source: Int) -> String { String(60 + (k * 37 + c * 11 + source * 7) % 39) }
            func scores(_ source: Int) -> [Int: String] {
                var s: [Int: String] = [:]
                for (c, criterion) in criteria.enumerated() { s[criterion.id] = score(c, source) }
                return s
            }
            var version = 1
            version = try await services.evaluation.saveScores(
                subjectId, .init(source: "self", scores: scores(2).mapValues { String(min(100, Int($0)! + 6)) }, comment: ""), baseVersion: version,
                by: office
            ).version
            version = try await services.evaluation.saveScores(
                subjectId, .init(source: "office", scores: scores(1), comment: i % 4 == 0 ? "落地成效明显，建议总结推广（演示）" : ""), baseVersion: version,
                by: office
            ).version
            for (r, reviewer) in reviewers.enumerated() {
                version = try await services.evaluation.saveScores(
                    subjectId,
                    .init(source: "reviewer", scores: scores(3 + r), comment: i % 5 == r ? "制度创新突出，可在更大范围复制（演示）" : ""),
                    baseVersion: version, by: reviewer
                ).version
            }
            // The last subject's office score for satisfaction is cleared: its result counts one missing score.
            if i == ids.count - 1 {
                _ = try await services.evaluation.saveScores(
                    subjectId, .init(source: "office", scores: [criteria[3].id: ""], comment: ""), baseVersion: version, by: office)
            }
        }
        // The criteria were saved once since the round was created.
        _ = try await services.evaluation.setState(round.id, state: "closed", baseVersion: round.version + 1, by: office)
    }

    struct IdRow: Decodable {
        var id: Int
    }
}
