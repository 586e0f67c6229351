import Foundation
import ReformCore
import SQLKit

@testable import App

/// Fresh obstacles for the matrix: raised by 发改局 (the liaison's unit) on its task in 龙华区; escalated by 龙华区's office
/// to 深圳市 (the office's level) where that is the point; consultations held by 深圳市's office.
extension PermissionWorld {
    var longhuaOffice: Principal {
        Principal(userId: 0, username: "o-setup", displayName: "龙华改革办", role: .office, jurisdictionId: longhua.id, jurisdictionPath: longhua.path)
    }
    var shenzhenOffice: Principal {
        Principal(userId: 0, username: "o-setup", displayName: "深圳改革办", role: .office, jurisdictionId: shenzhen.id, jurisdictionPath: shenzhen.path)
    }
    var obstacleRaiser: Principal {
        Principal(
            userId: 0, username: "o-setup", displayName: "矩阵", role: .liaison, jurisdictionId: longhua.id, jurisdictionPath: longhua.path,
            unitId: bureau.id)
    }
    var guangzhouOffice: Principal {
        Principal(userId: 0, username: "o-setup", displayName: "广州改革办", role: .office, jurisdictionId: guangzhou.id, jurisdictionPath: guangzhou.path)
    }

    /// A new obstacle on the task, raised and waiting for a decision.
    func freshObstacle() async throws -> ObstacleRecord {
        try await services.obstacles.raise(
            itemId: task.id, .init(kind: "blockage", whatBlocks: "堵点\(unique())", whatIsAsked: "请协调", askedOf: ""), by: obstacleRaiser)
    }

    /// A new obstacle escalated from 龙华区 to 深圳市, waiting there.
    func freshEscalatedObstacle() async throws -> (obstacle: ObstacleRecord, hop: EscalationRecord) {
        let o = try await freshObstacle()
        let up = try await services.obstacles.escalate(o.id, request: "提请市里协调", baseVersion: o.version, by: longhuaOffice)
        let hop = try await ObstacleQueries.escalations(of: [o.id], on: sql).last!
        return (up, hop)
    }

    /// A raised obstacle on 广州市's item, for 广州市's office to hold its own consultation on.
    func freshGuangzhouObstacle() async throws -> ObstacleRecord {
        let itemId = try await sql.scalar(
            Int.self, column: "id", "SELECT id FROM plan_items WHERE plan_id = \(bind: gzPlan.id) ORDER BY id LIMIT 1")!
        let admin = Principal(userId: 0, username: "o-setup", displayName: "矩阵", role: .admin, jurisdictionId: province.id, jurisdictionPath: "/")
        return try await services.obstacles.raise(
            itemId: itemId, .init(kind: "difficulty", whatBlocks: "难点\(unique())", whatIsAsked: "请协调", askedOf: ""), by: admin)
    }

    /// The consultation form's fields: on a fresh obstacle of 龙华区 (or, for 广州市's office, of its own).
    func consultationForm(for who: Who) async throws -> [(String, String)] {
        let o = who == .otherOffice ? try await freshGuangzhouObstacle() : try await freshObstacle()
        return [("title", "会商\(unique())"), ("heldOn", TestClock.today.iso), ("participants", "区发改局"), ("obstacleIds", String(o.id))]
    }

    /// A consultation held by 深圳市's office on a fresh obstacle of 龙华区.
    func freshConsultation() async throws -> ConsultationRecord {
        let o = try await freshObstacle()
        return try await services.consultations.create(
            .init(title: "会商\(unique())", heldOn: TestClock.today.iso, participants: "区发改局", minutes: "", obstacleIds: [o.id]),
            by: shenzhenOffice)
    }
}
