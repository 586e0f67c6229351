import Foundation
import ReformCore
import SQLKit

/// Consultations (会商): a meeting of the office on one or more obstacles (each goes to 会商中), its minutes, and its
/// decisions; a decision may answer one of its obstacles, raise a supervision matter on the obstacle's item, or become a new
/// item beside it.
package struct ConsultationService: Sendable {
    let database: DatabaseService
    let clock: AppClock
    let matters: MatterService

    package struct Draft: Sendable {
        var title: String
        var heldOn: String
        var participants: String
        var minutes: String
        var obstacleIds: [Int]
    }

    /// What a decision becomes.
    package enum Outcome: String, CaseIterable, Sendable {
        /// 答复: the decision answers the obstacle.
        case answer
        /// 督办: a matter is raised on the obstacle's item (meeting decision as its source).
        case matter
        /// 立项: a new item beside the obstacle's item (same plan and parent), led by the obstacle's unit, with the decision as
        /// its title and the deadline given; the item ledger then follows it like any other.
        case item
        /// 记录: recorded only.
        case note
    }

    static func canHold(_ p: Principal) -> Bool { p.role == .admin || p.role == .office }

    package func create(_ d: Draft, by p: Principal, isDemo: Bool = false, at: String? = nil) async throws -> ConsultationRecord {
        try await database.transaction { sql in
            try Access.require(Self.canHold(p), "consultation")
            var issues = [
                ObstacleService.check(d.title, "title", max: ObstacleService.shortTextMaxLength, required: true),
                ObstacleService.check(d.participants, "participants", max: ObstacleService.textMaxLength, required: true),
                ObstacleService.check(d.minutes, "minutes", max: 20_000, required: false)
            ].compactMap { $0 }
            let held = LocalDate(iso: ObstacleService.trim(d.heldOn))
            if held == nil {
                issues.append(ValidationIssue(field: "heldOn", code: ObstacleService.trim(d.heldOn).isEmpty ? .required : .invalidDate))
            }
            let wanted = d.obstacleIds
            let found = try await ObstacleQueries.byIDs(Array(Set(wanted)), on: sql).filter {
                Access.obstacleActors($0, pending: nil, p).contains(.office)
            }
            if wanted.isEmpty {
                issues.append(ValidationIssue(field: "obstacleIds", code: .required))
            } else if Set(wanted).count != wanted.count {
                issues.append(ValidationIssue(field: "obstacleIds", code: .duplicate))
            } else if found.count != wanted.count {
                issues.append(ValidationIssue(field: "obstacleIds", code: .notFound))
            } else if found.contains(where: { $0.obstacleState == .escalated || !ObstacleService.openStates.contains($0.obstacleState) }) {
                issues.append(ValidationIssue(field: "obstacleIds", code: .invalidChoice))
            }
            if !issues.isEmpty { throw AppError.validation(issues) }
            let now = at ?? clock.timestamp
            let jurisdictionId = p.role == .admin ? found[0].jurisdictionId : p.jurisdictionId
            let path = p.role == .admin ? found[0].jurisdictionPath : p.jurisdictionPath
            let title = ObstacleService.trim(d.title), participants = ObstacleService.trim(d.participants)
            let minutes = ObstacleService.trim(d.minutes)
            let id = try await sql.insertReturningID(
                """
                INSERT INTO consultations (jurisdiction_id, jurisdiction_path, title, held_on, participants, minutes, created_by, is_demo, version,
                  created_at, updated_at)
                VALUES (\(bind: jurisdictionId), \(bind: path), \(bind: title), \(bind: held!.iso), \(bind: participants), \(bind: minutes),
                  \(bind: p.actorName), \(bind: isDemo), 1, \(bind: now), \(bind: now))
                """)
            for o in found {
                try await sql.execute("INSERT INTO consultation_obstacles (consultation_id, obstacle_id) VALUES (\(bind: id), \(bind: o.id))")
                if o.obstacleState == .inConsultation {
                    try await sql.execute("UPDATE obstacles SET consultation_id = \(bind: id) WHERE id = \(bind: o.id)")
                } else {
                    _ = try await ObstacleService.act(
                        o.id, .decide, decision: ObstacleDecision.consult.rawValue, departmentUnitId: nil, comment: "", baseVersion: o.version,
                        by: p, now: now, clock: clock, consultationId: id, on: sql)
                }
            }
            try await Audit.record(
                entity: "consultation", id: id, action: "create", actor: p.actorName, version: 1,
                changes: Audit.diff(
                    [:],
                    [
                        "title": title, "heldOn": held!.iso, "participants": participants, "minutes": minutes,
                        "obstacleIds": found.map { String($0.id) }.joined(separator: ",")
                    ]),
                scopePath: path, at: now, on: sql)
            return try await ObstacleQueries.consultation(id, on: sql)
        }
    }

    /// Records a decision (议定事项). `answer` answers the named obstacle of this consultation; `matter` raises a matter on
    /// its item with the decision as the required result (the matter's own form rules apply: deadline, leader).
    package func recordDecision(
        _ consultationId: Int, text: String, obstacleId: Int?, outcome rawOutcome: String, deadline: String = "", responsibleLeader: String = "",
        baseVersion: Int, by p: Principal, at: String? = nil
    ) async throws -> ConsultationDecisionRecord {
        let c = try await ObstacleQueries.consultation(consultationId, on: database.sql)
        try Access.require(Self.canHold(p) && p.sees(jurisdictionPath: c.jurisdictionPath), "consultation")
        if baseVersion != c.version { throw Self.stale(c) }
        var issues: [ValidationIssue] = []
        if let issue = ObstacleService.check(text, "text", max: ObstacleService.textMaxLength, required: true) { issues.append(issue) }
        let outcome = Outcome(rawValue: ObstacleService.trim(rawOutcome))
        if outcome == nil { issues.append(ValidationIssue(field: "outcome", code: rawOutcome.isEmpty ? .required : .invalidChoice)) }
        let members = try await ObstacleQueries.obstacleIds(ofConsultation: consultationId, on: database.sql)
        var obstacle: ObstacleRecord?
        if let obstacleId {
            if members.contains(obstacleId) {
                obstacle = try await ObstacleQueries.find(obstacleId, on: database.sql)
            } else {
                issues.append(ValidationIssue(field: "obstacleId", code: .notFound))
            }
        } else if outcome == .answer || outcome == .matter || outcome == .item {
            issues.append(ValidationIssue(field: "obstacleId", code: .required))
        }
        if !issues.isEmpty { throw AppError.validation(issues) }
        let decisionText = ObstacleService.trim(text)
        let now = at ?? clock.timestamp
        let (clock, matters, chosen) = (self.clock, self.matters, obstacle)
        return try await database.transaction { sql in
            let n = try await sql.updateReturningCount(
                """
                UPDATE consultations SET version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: consultationId) AND version = \(bind: c.version)
                """)
            guard n == 1 else { throw Self.stale(c) }
            // A matter or item is made in this transaction: if anything below fails, nothing is left behind.
            var linkedMatter: Int?
            if outcome == .matter, let o = chosen {
                let draft = MatterDraft(
                    subject: String(("会商议定：" + decisionText).prefix(MatterDraft.subjectMaxLength)), level: MatterLevel.key.rawValue,
                    source: MatterSourceKind.meetingDecision.rawValue, instructionText: "", instructedBy: "", instructedOn: "",
                    meetingReference: String("\(c.title)（\(c.heldOn)）".prefix(MatterDraft.subjectMaxLength)), findingId: nil,
                    leadUnitId: o.unitId, coUnitIds: [], responsibleLeader: responsibleLeader, deadline: deadline, requiredResult: decisionText,
                    itemIds: [o.itemId])
                linkedMatter = try await matters.insert(draft, by: p, at: now, on: sql).id
            }
            if outcome == .item, let o = chosen {
                let item = try await ItemQueries.require(o.itemId, on: sql)
                let draft = PlanItemDraft(
                    title: String(decisionText.prefix(PlanItemDraft.titleMaxLength)),
                    content: String(("会商议定（\(c.title)，\(c.heldOn)）：" + decisionText).prefix(PlanItemDraft.contentMaxLength)),
                    leadUnitID: o.unitId, responsibleLeader: responsibleLeader, deadline: deadline)
                linkedMatter = try await ItemService.insert(
                    planId: item.planId, parentId: item.parentId, draft, actor: p.actorName, at: now, on: sql
                ).id
            }
            if outcome == .answer, let o = chosen {
                guard o.obstacleState == .inConsultation else { throw ObstacleService.stale(o) }
                _ = try await ObstacleService.act(
                    o.id, .answer, decision: nil, departmentUnitId: nil, comment: decisionText, baseVersion: o.version, by: p, now: now,
                    clock: clock, on: sql)
            }
            let id = try await sql.insertReturningID(
                """
                INSERT INTO consultation_decisions (consultation_id, obstacle_id, text, outcome, outcome_id, recorded_by, recorded_at)
                VALUES (\(bind: consultationId), \(bind: chosen?.id), \(bind: decisionText), \(bind: outcome!.rawValue), \(bind: linkedMatter),
                  \(bind: p.actorName), \(bind: now))
                """)
            var changes: [Audit.Change] = [
                .init(field: "decision", before: nil, after: decisionText), .init(field: "outcome", before: nil, after: outcome!.rawValue)
            ]
            if let obstacle = chosen { changes.append(.init(field: "obstacleId", before: nil, after: String(obstacle.id))) }
            if let outcomeId = linkedMatter {
                changes.append(.init(field: outcome == .item ? "itemId" : "matterId", before: nil, after: String(outcomeId)))
            }
            try await Audit.record(
                entity: "consultation", id: consultationId, action: "decision", actor: p.actorName, version: c.version + 1, changes: changes,
                scopePath: c.jurisdictionPath, at: now, on: sql)
            return try await sql.first(
                ConsultationDecisionRecord.self,
                """
                SELECT id, consultation_id, obstacle_id, text, outcome, outcome_id, recorded_by, recorded_at FROM consultation_decisions
                WHERE id = \(bind: id)
                """)!
        }
    }

    static func stale(_ c: ConsultationRecord) -> AppError {
        AppError.conflict(entity: "consultation", id: c.id, currentVersion: c.version, changes: [])
    }
}

extension AppServices {
    package var consultations: ConsultationService { ConsultationService(database: database, clock: clock, matters: matters) }
}
