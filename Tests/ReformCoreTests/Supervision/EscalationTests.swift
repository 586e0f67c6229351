import ReformCore
import Testing

struct EscalationTests {
    // 广东省 /1/, 深圳市 /1/4/, 龙华区 /1/4/9/
    private let province = "/1/", shenzhen = "/1/4/", longhua = "/1/4/9/"
    private let dec1 = LocalDate(year: 2026, month: 12, day: 1)!

    @Test func upOneLevelAtATimeAndTheAnswerComesBackDown() throws {
        // given
        var chain = Escalation(originPath: longhua)
        // when
        try chain.escalate(from: longhua, to: shenzhen, request: "请求市规划和自然资源局支持用地指标", on: dec1, respondBy: Escalation.defaultRespondBy(sentOn: dec1))
        try chain.escalate(from: shenzhen, to: province, unitId: 12, request: "涉及省级事权", on: dec1.adding(days: 5), respondBy: dec1.adding(days: 20))
        try chain.answer(by: province, text: "同意纳入省级绿色通道", on: dec1.adding(days: 12))
        // then
        #expect(chain.hops.map(\.state) == [.passedUp, .answered])
        #expect(chain.hops.map(\.toPath) == [shenzhen, province])
        #expect(chain.hops[0].respondBy == LocalDate(year: 2026, month: 12, day: 16))
        #expect(chain.answer?.text == "同意纳入省级绿色通道" && chain.answer?.fromPath == province)
        #expect(throws: Escalation.Refusal.alreadyAnswered) { try chain.answer(by: province, text: "再答", on: dec1) }
    }

    @Test func noSkippingLevelsAndOnlyTheHolderActs() throws {
        // given
        var chain = Escalation(originPath: longhua)
        // then
        #expect(throws: Escalation.Refusal.notParent) { try chain.escalate(from: longhua, to: province, request: "x", on: dec1, respondBy: dec1) }
        #expect(throws: Escalation.Refusal.notHolder) { try chain.escalate(from: shenzhen, to: province, request: "x", on: dec1, respondBy: dec1) }
        #expect(throws: Escalation.Refusal.notHolder) { try chain.answer(by: longhua, text: "自答", on: dec1) }
        try chain.escalate(from: longhua, to: shenzhen, request: "x", on: dec1, respondBy: dec1)
        #expect(throws: Escalation.Refusal.notHolder) { try chain.answer(by: longhua, text: "自答", on: dec1) }
        #expect(chain.holderPath == shenzhen)
    }

    @Test func theTopCannotEscalateAndDatesMustMakeSense() throws {
        // given
        var chain = Escalation(originPath: shenzhen)
        // then
        #expect(throws: Escalation.Refusal.respondByBeforeSent) {
            try chain.escalate(from: shenzhen, to: province, request: "x", on: dec1, respondBy: dec1.adding(days: -1))
        }
        #expect(throws: Escalation.Refusal.textRequired) { try chain.escalate(from: shenzhen, to: province, request: " ", on: dec1, respondBy: dec1) }
        try chain.escalate(from: shenzhen, to: province, request: "x", on: dec1, respondBy: dec1)
        #expect(throws: Escalation.Refusal.atTop) { try chain.escalate(from: province, to: "/", request: "x", on: dec1, respondBy: dec1) }
    }

    @Test func overdueWhilePendingPastItsDate() throws {
        // given
        var chain = Escalation(originPath: longhua)
        try chain.escalate(from: longhua, to: shenzhen, request: "x", on: dec1, respondBy: dec1.adding(days: 10))
        // then
        #expect(!chain.isOverdue(today: dec1.adding(days: 10)))
        #expect(chain.isOverdue(today: dec1.adding(days: 11)))
        try chain.answer(by: shenzhen, text: "已协调", on: dec1.adding(days: 12))
        #expect(!chain.isOverdue(today: dec1.adding(days: 30)))
    }

    @Test func pathsReadTheTree() {
        // then
        #expect(JurisdictionPath.parent(of: longhua) == shenzhen)
        #expect(JurisdictionPath.parent(of: province) == nil)
        #expect(JurisdictionPath.ids(in: longhua) == [1, 4, 9])
        #expect(JurisdictionPath.contains(shenzhen, longhua) && !JurisdictionPath.contains(longhua, shenzhen))
    }
}
