import Foundation
import ReformCore
import SQLKit
import Testing

@testable import App

/// An obstacle through `ObstacleService`: raised, decided, escalated one level at a time up the tree, answered there, the
/// answer back on the item, accepted; refusals that write nothing; each level's queue.
struct ObstacleFlowTests {
    @Test func raiseDecideEscalateTwiceAnswerAndClose() async throws {
        try await TestDatabase.withServices { services in
            // given
            let w = try await ObstacleFixture.make(services)
            let sql = services.database.sql
            let raised = try await w.raise()
            // when
            let inHand = try await services.obstacles.act(
                raised.id, .decide, decision: "solve_locally", comment: "先由区里协调", baseVersion: raised.version, by: w.longhuaOffice)
            let up1 = try await services.obstacles.escalate(
                inHand.id, request: "区级无权限，提请市里协调", baseVersion: inHand.version, by: w.longhuaOffice)
            let up2 = try await services.obstacles.escalate(
                up1.id, request: "涉及省级系统，提请省里协调", toJurisdictionId: w.province.id, baseVersion: up1.version, by: w.shenzhenOffice)
            let hops = try await ObstacleQueries.escalations(of: [raised.id], on: sql)
            let answered = try await services.obstacles.answerEscalation(
                hops[1].id, answer: "省政数局将于月底前开放接口", baseVersion: up2.version, by: w.provinceOffice)
            let closed = try await services.obstacles.act(answered.id, .close, comment: "", baseVersion: answered.version, by: w.lead)
            // then
            #expect(raised.obstacleState == .raised && raised.unitId == w.bureau.id && raised.jurisdictionId == w.longhua.id)
            #expect(inHand.obstacleState == .inHand)
            #expect(up1.obstacleState == .escalated && up1.decision == "escalate")
            #expect(hops.map(\.toJurisdictionId) == [w.shenzhen.id, w.province.id])
            #expect(hops.map(\.fromJurisdictionId) == [w.longhua.id, w.shenzhen.id])
            #expect(hops.map(\.seq) == [1, 2])
            #expect(hops[0].respondBy == TestClock.today.adding(days: Escalation.defaultResponseDays).iso)
            let final = try await ObstacleQueries.escalations(of: [raised.id], on: sql)
            #expect(final.map(\.state) == ["passed_up", "answered"])
            #expect(answered.obstacleState == .answered && answered.answer == "省政数局将于月底前开放接口")
            #expect(answered.answeredOn == TestClock.today.iso)
            #expect(closed.obstacleState == .closed && closed.version == raised.version + 5)
            let steps = try await ObstacleQueries.steps(of: raised.id, on: sql)
            #expect(steps.map(\.action) == ["raise", "decide", "escalate", "escalate", "answer", "close"])
            #expect(steps.map(\.actor) == ["lead_unit", "office", "office", "higher_level", "higher_level", "lead_unit"])
            let audit = try await sql.scalar(
                Int.self, column: "n", "SELECT COUNT(*) AS n FROM audit_log WHERE entity_type = 'obstacle' AND entity_id = \(bind: raised.id)")
            #expect(audit == 6)
        }
    }

    @Test func escalationGoesOneLevelAtATimeAndOnlyTheHolderActs() async throws {
        try await TestDatabase.withServices { services in
            // given
            let w = try await ObstacleFixture.make(services)
            let raised = try await w.raise()
            // when: 龙华区 skips 深圳市
            let skip = await Self.error {
                try await services.obstacles.escalate(
                    raised.id, request: "直接报省", toJurisdictionId: w.province.id, baseVersion: raised.version, by: w.longhuaOffice)
            }
            let escalated = try await services.obstacles.escalate(raised.id, request: "报市", baseVersion: raised.version, by: w.longhuaOffice)
            // 龙华区 again (not the holder), 广东省 answering what waits on 深圳市, 广州市 reading it
            let again = await Self.error {
                try await services.obstacles.escalate(escalated.id, request: "再报", baseVersion: escalated.version, by: w.longhuaOffice)
            }
            let hop = try await ObstacleQueries.escalations(of: [raised.id], on: services.database.sql)[0]
            let provinceAnswer = await Self.error {
                try await services.obstacles.answerEscalation(hop.id, answer: "省里答复", baseVersion: escalated.version, by: w.provinceOffice)
            }
            let stale = await Self.error {
                try await services.obstacles.answerEscalation(hop.id, answer: "市里答复", baseVersion: escalated.version - 1, by: w.shenzhenOffice)
            }
            // 深圳市 → 广东省, then 广东省 is the top
            let atProvince = try await services.obstacles.escalate(escalated.id, request: "报省", baseVersion: escalated.version, by: w.shenzhenOffice)
            let top = await Self.error {
                try await services.obstacles.escalate(atProvince.id, request: "再往上", baseVersion: atProvince.version, by: w.provinceOffice)
            }
            // then
            guard case .validation(let issues)? = skip else {
                Issue.record("expected 422, got \(String(describing: skip))")
                return
            }
            #expect(issues.map(\.field) == ["toJurisdictionId"])
            guard case .forbidden? = again else {
                Issue.record("expected 403, got \(String(describing: again))")
                return
            }
            guard case .forbidden? = provinceAnswer else {
                Issue.record("expected 403, got \(String(describing: provinceAnswer))")
                return
            }
            guard case .conflict? = stale else {
                Issue.record("expected 409, got \(String(describing: stale))")
                return
            }
            guard case .unprocessable(let code, _)? = top else {
                Issue.record("expected 422, got \(String(describing: top))")
                return
            }
            #expect(code == "at_top")
            let hops = try await ObstacleQueries.escalations(of: [raised.id], on: services.database.sql)
            #expect(hops.map(\.state) == ["passed_up", "pending"])
        }
    }

    @Test func eachLevelSeesItsOwnQueue() async throws {
        try await TestDatabase.withServices { services in
            // given: one escalated to 深圳市, one raised and waiting in 龙华区, one of 司法局's
            let w = try await ObstacleFixture.make(services)
            let sql = services.database.sql
            let escalated = try await w.escalatedToShenzhen()
            let waiting = try await w.raise(.painPoint)
            let justices = try await w.raise(.difficulty, by: w.liaison(w.justice))
            var collected = ObstacleFilter()
            var up = ObstacleFilter()
            up.queue = .escalated
            func ids(_ f: ObstacleFilter, _ p: Principal) async throws -> Set<Int> {
                Set(try await ObstacleQueries.page(f, principal: p, on: sql).rows.map(\.id))
            }
            // when / then: the collected queue follows the subtree, the escalated one the level it waits on
            #expect(try await ids(collected, w.longhuaOffice) == [escalated.id, waiting.id, justices.id])
            #expect(try await ids(up, w.longhuaOffice).isEmpty)
            #expect(try await ids(up, w.shenzhenOffice) == [escalated.id])
            #expect(try await ids(up, w.provinceOffice).isEmpty)
            #expect(try await ids(collected, w.guangzhouOffice).isEmpty)
            #expect(try await ids(collected, w.lead) == [escalated.id, waiting.id])
            #expect(try await ids(collected, w.liaison(w.housing)).isEmpty)
            collected.states = [.raised]
            collected.kinds = [.painPoint]
            #expect(try await ids(collected, w.longhuaOffice) == [waiting.id])
            // the inboxes: 龙华区 decides what is raised there, 深圳市 answers what waits on it
            #expect(Set(try await ObstacleQueries.inbox(w.longhuaOffice, limit: 50, on: sql).map(\.id)) == [waiting.id, justices.id])
            #expect(try await ObstacleQueries.inbox(w.shenzhenOffice, limit: 50, on: sql).map(\.id) == [escalated.id])
        }
    }

    @Test func validationNamesTheFieldAndWritesNothing() async throws {
        try await TestDatabase.withServices { services in
            // given
            let w = try await ObstacleFixture.make(services)
            let raised = try await w.raise()
            // when
            let blank = await Self.error {
                try await services.obstacles.raise(
                    itemId: w.task.id, .init(kind: "jam", whatBlocks: " ", whatIsAsked: "请协调", askedOf: ""), by: w.lead)
            }
            let noDepartment = await Self.error {
                try await services.obstacles.act(
                    raised.id, .decide, decision: "hand_to_department", comment: "", baseVersion: raised.version, by: w.longhuaOffice)
            }
            let noRequest = await Self.error {
                try await services.obstacles.escalate(
                    raised.id, request: "  ", respondBy: "2026-13-01", baseVersion: raised.version, by: w.longhuaOffice)
            }
            let notTheirs = await Self.error {
                try await services.obstacles.raise(
                    itemId: w.task.id, .init(kind: "blockage", whatBlocks: "x", whatIsAsked: "y", askedOf: ""), by: w.liaison(w.housing))
            }
            // then
            guard case .validation(let a)? = blank, case .validation(let b)? = noDepartment, case .validation(let c)? = noRequest else {
                Issue.record("expected 422s, got \(String(describing: blank)), \(String(describing: noDepartment)), \(String(describing: noRequest))")
                return
            }
            #expect(a.map(\.field) == ["kind", "whatBlocks"])
            #expect(b.map(\.field) == ["departmentUnitId"])
            #expect(c.map(\.field) == ["request", "respondBy"])
            guard case .forbidden? = notTheirs else {
                Issue.record("expected 403, got \(String(describing: notTheirs))")
                return
            }
            #expect(try await Fixtures(services: services).count("obstacles") == 1)
            #expect(try await ObstacleQueries.require(raised.id, on: services.database.sql).version == raised.version)
        }
    }

    @Test func handedToADepartmentWhichAnswersThenRaisedAgainStartsANewRound() async throws {
        try await TestDatabase.withServices { services in
            // given
            let w = try await ObstacleFixture.make(services)
            let raised = try await w.raise()
            let handed = try await services.obstacles.act(
                raised.id, .decide, decision: "hand_to_department", departmentUnitId: w.housing.id, comment: "", baseVersion: raised.version,
                by: w.longhuaOffice)
            // when: the lead unit cannot answer; 住建局 does; the lead unit asks again; 龙华区 escalates anew
            let leadAnswers = await Self.error {
                try await services.obstacles.act(handed.id, .answer, comment: "自己答", baseVersion: handed.version, by: w.lead)
            }
            let answered = try await services.obstacles.act(
                handed.id, .answer, comment: "已安排专人对接", baseVersion: handed.version, by: w.liaison(w.housing))
            let again = try await services.obstacles.act(answered.id, .reopen, comment: "仍未解决", baseVersion: answered.version, by: w.lead)
            let up = try await services.obstacles.escalate(again.id, request: "提请市里协调", baseVersion: again.version, by: w.longhuaOffice)
            // then
            guard case .forbidden? = leadAnswers else {
                Issue.record("expected 403, got \(String(describing: leadAnswers))")
                return
            }
            #expect(handed.obstacleState == .handedOver && handed.departmentUnitId == w.housing.id)
            #expect(answered.answer == "已安排专人对接")
            #expect(again.obstacleState == .raised && again.round == 2 && again.answer.isEmpty && again.departmentUnitId == nil)
            let hops = try await ObstacleQueries.escalations(of: [raised.id], on: services.database.sql)
            #expect(hops.map(\.round) == [2] && hops.map(\.seq) == [1] && up.obstacleState == .escalated)
        }
    }

    /// Two offices record a decision raising a matter at once from the same version: one wins, and the loser's 409
    /// leaves no matter behind (the matter is raised in the decision's transaction).
    @Test func aDecisionThatLosesARaceLeavesNoMatter() async throws {
        try await TestDatabase.withServices { services in
            // given
            let w = try await ObstacleFixture.make(services)
            let sql = services.database.sql
            let a = try await w.raise()
            let c = try await services.consultations.create(
                .init(title: "堵点专题会商", heldOn: TestClock.today.iso, participants: "区发改局", minutes: "研究堵点", obstacleIds: [a.id]),
                by: w.longhuaOffice)
            let before = try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM matters") ?? 0
            // when
            let outcomes = await withTaskGroup(of: Bool.self) { group in
                for text in ["列入督办，限期解决", "列入督办，专人盯办"] {
                    group.addTask {
                        (try? await services.consultations.recordDecision(
                            c.id, text: text, obstacleId: a.id, outcome: "matter", deadline: TestClock.today.adding(days: 30).iso,
                            responsibleLeader: "王副区长", baseVersion: c.version, by: w.longhuaOffice)) != nil
                    }
                }
                var all: [Bool] = []
                for await ok in group { all.append(ok) }
                return all
            }
            // then
            let after = try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM matters") ?? 0
            #expect(outcomes.filter { $0 }.count == 1)
            #expect(after == before + 1, "the losing decision raised no matter")
            #expect(try await ObstacleQueries.decisions(ofConsultation: c.id, on: sql).count == 1)
        }
    }

    @Test func aDecisionBecomesAnItemBesideTheObstaclesItemOrNothingWhenItLosesARace() async throws {
        try await TestDatabase.withServices { services in
            // given
            let w = try await ObstacleFixture.make(services)
            let sql = services.database.sql
            let a = try await w.raise()
            let stuck = try await ItemQueries.require(a.itemId, on: sql)
            let c = try await services.consultations.create(
                .init(title: "堵点专题会商", heldOn: TestClock.today.iso, participants: "区发改局", minutes: "研究堵点", obstacleIds: [a.id]),
                by: w.longhuaOffice)
            let before = try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM plan_items") ?? 0
            // when: two decisions race on the same version
            let made = await withTaskGroup(of: ConsultationDecisionRecord?.self) { group in
                for text in ["新建数据共享专项任务", "新建接口改造专项任务"] {
                    group.addTask {
                        try? await services.consultations.recordDecision(
                            c.id, text: text, obstacleId: a.id, outcome: "item", deadline: TestClock.today.adding(days: 60).iso,
                            baseVersion: c.version, by: w.longhuaOffice)
                    }
                }
                var all: [ConsultationDecisionRecord] = []
                for await d in group { if let d { all.append(d) } }
                return all
            }
            // then: one item, beside the stuck one, led by the obstacle's unit, with the deadline; the loser left none
            #expect(made.count == 1)
            #expect(try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM plan_items") == before + 1)
            let decision = try #require(made.first)
            let item = try await ItemQueries.require(try #require(decision.outcomeId), on: sql)
            #expect(item.planId == stuck.planId && item.parentId == stuck.parentId)
            #expect(item.leadUnitId == a.unitId)
            #expect(item.title == decision.text)
            #expect(item.currentDeadline == TestClock.today.adding(days: 60).iso)
            let audit = try await sql.all(
                AuditRow.self, "SELECT changes FROM audit_log WHERE entity_type = 'consultation' AND action = 'decision'")
            #expect(audit.contains { $0.changes.contains("itemId") })
            // and an item decision needs its obstacle
            let missing = await Self.error {
                _ = try await services.consultations.recordDecision(
                    c.id, text: "再建一项", obstacleId: nil, outcome: "item", baseVersion: c.version + 1, by: w.longhuaOffice)
            }
            guard case .validation(let issues)? = missing else {
                Issue.record("expected a validation error, got \(String(describing: missing))")
                return
            }
            #expect(issues.map(\.field) == ["obstacleId"])
        }
    }

    private struct AuditRow: Decodable { var changes: String }

    @Test func consultationDecisionsAnswerObstaclesAndRaiseMatters() async throws {
        try await TestDatabase.withServices { services in
            // given: two obstacles of the item taken to a consultation by 龙华区's office
            let w = try await ObstacleFixture.make(services)
            let sql = services.database.sql
            let a = try await w.raise()
            let b = try await w.raise(.difficulty)
            let c = try await services.consultations.create(
                .init(title: "堵点难点专题会商", heldOn: TestClock.today.iso, participants: "区发改局、区司法局", minutes: "会议研究了两项堵点", obstacleIds: [a.id, b.id]),
                by: w.longhuaOffice)
            let inConsultation = try await ObstacleQueries.byIDs([a.id, b.id], on: sql)
            // when
            let answer = try await services.consultations.recordDecision(
                c.id, text: "由区政数局牵头本月内完成接口对接", obstacleId: a.id, outcome: "answer", baseVersion: c.version, by: w.longhuaOffice)
            let stale = await Self.error {
                try await services.consultations.recordDecision(
                    c.id, text: "再议", obstacleId: nil, outcome: "note", baseVersion: c.version, by: w.longhuaOffice)
            }
            let noObstacle = await Self.error {
                try await services.consultations.recordDecision(
                    c.id, text: "立项督办", obstacleId: nil, outcome: "matter", baseVersion: c.version + 1, by: w.longhuaOffice)
            }
            let matter = try await services.consultations.recordDecision(
                c.id, text: "列入督办，限期解决", obstacleId: b.id, outcome: "matter", deadline: TestClock.today.adding(days: 30).iso,
                responsibleLeader: "王副区长", baseVersion: c.version + 1, by: w.longhuaOffice)
            // then
            #expect(inConsultation.map(\.obstacleState) == [.inConsultation, .inConsultation])
            #expect(inConsultation.map(\.consultationId) == [c.id, c.id])
            let answeredA = try await ObstacleQueries.require(a.id, on: sql)
            #expect(answeredA.obstacleState == .answered && answeredA.answer == "由区政数局牵头本月内完成接口对接")
            #expect(answer.outcome == "answer" && answer.obstacleId == a.id)
            guard case .conflict? = stale else {
                Issue.record("expected 409, got \(String(describing: stale))")
                return
            }
            guard case .validation(let issues)? = noObstacle else {
                Issue.record("expected 422, got \(String(describing: noObstacle))")
                return
            }
            #expect(issues.map(\.field) == ["obstacleId"])
            let raisedMatter = try await MatterQueries.require(try #require(matter.outcomeId), on: sql)
            #expect(raisedMatter.sourceKind == "meeting_decision" && raisedMatter.leadUnitId == w.bureau.id)
            #expect(try await MatterQueries.itemIds(of: raisedMatter.id, on: sql) == [w.task.id])
            #expect(try await ObstacleQueries.decisions(ofConsultation: c.id, on: sql).map(\.outcome) == ["answer", "matter"])
        }
    }

    /// The error `body` throws as the app answers it, nil when it succeeds.
    static func error<T>(_ body: () async throws -> T) async -> AppError? {
        do {
            _ = try await body()
            return nil
        } catch let e as AppError {
            return e
        } catch {
            return .internalError(String(describing: error))
        }
    }
}
