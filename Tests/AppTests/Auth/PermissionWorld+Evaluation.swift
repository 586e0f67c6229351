import Foundation
import ReformCore
import SQLKit
import Testing

@testable import App

/// Fresh evaluation rounds and experiences for the matrix: a round kept by 龙华区 over its task (led by 发改局, the liaison's
/// unit), with two criteria and the matrix's reviewer assigned; an experience first done in 龙华区.
extension PermissionWorld {
    var evaluationOffice: Principal {
        Principal(userId: 0, username: "e-setup", displayName: "龙华区委改革办", role: .office, jurisdictionId: longhua.id, jurisdictionPath: longhua.path)
    }

    /// A round, its criteria (ids) and its one subject (the task).
    func freshRound(closed: Bool = false) async throws -> (round: EvaluationRoundRecord, criteria: [Int], subject: EvaluationSubjectRecord) {
        let office = evaluationOffice
        let round = try await services.evaluation.createRound(.init(jurisdictionId: longhua.id, title: "评估\(unique())", year: "2026"), by: office)
        let criteria = try await services.evaluation.saveCriteria(
            round.id, [.init(name: "创新性", weight: "60"), .init(name: "实效", weight: "40")], baseVersion: round.version, by: office)
        _ = try await services.evaluation.addSubjects(round.id, kind: "plan_item", ids: [task.id], by: office)
        _ = try await services.evaluation.assignReviewer(round.id, username: users[.reviewer]!.username, by: office)
        var current = try #require(try await EvaluationQueries.round(round.id, on: sql))
        if closed { current = try await services.evaluation.setState(round.id, state: "closed", baseVersion: current.version, by: office) }
        let subject = try #require(try await EvaluationQueries.subjects(of: round.id, on: sql).first)
        return (current, criteria.map(\.id), subject)
    }

    /// The source each role would score from (a role that may give none tries the office's).
    func scoreSource(for who: Who) -> String {
        switch who {
        case .liaison, .unitHead, .participant: "self"
        case .reviewer: "reviewer"
        default: "office"
        }
    }

    func freshExperience() async throws -> ExperienceRecord {
        let n = unique()
        return try await services.replication.createExperience(
            .init(
                batch: String(n % 900 + 1), number: String(n), title: "经验\(n)", summary: "", jurisdictionId: longhua.id, publisher: "国家发展改革委",
                publishedOn: "2022-01-26"),
            by: evaluationOffice)
    }

    /// Where each role would record an adoption: its own city (广州市 for 广州市's office), 深圳市 otherwise.
    func adopter(for who: Who) -> Int { who == .otherOffice ? guangzhou.id : shenzhen.id }

    /// 深圳市's recorded adoption of a fresh experience; its id.
    func freshAdoption() async throws -> Int {
        let x = try await freshExperience()
        let admin = Principal(userId: 0, username: "a-setup", displayName: "管理员", role: .admin, jurisdictionId: province.id, jurisdictionPath: "/")
        return try await services.replication.recordAdoption(
            x.id, .init(jurisdictionId: shenzhen.id, adoptedOn: "2023-03-01", method: "印发方案", result: ""), by: admin
        ).id
    }
}
