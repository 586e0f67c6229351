import ReformCore
import Testing

/// A date granted on request lifts a copy's limit above min(receipt, origin), never below it; a request must ask for
/// more than the limit in force; a decision applies once.
struct CascadeExtensionRulesTests {
    private func d(_ n: Int) -> LocalDate { LocalDate(year: 2026, month: 12, day: 1)!.adding(days: n) }

    @Test func aGrantedDateRaisesTheLimitAndNeverLowersIt() {
        #expect(CascadeDeadline.limit(receipt: d(90), origin: d(100), granted: nil) == d(90))
        #expect(CascadeDeadline.limit(receipt: d(90), origin: d(100), granted: d(120)) == d(120))
        #expect(CascadeDeadline.limit(receipt: d(90), origin: d(70), granted: d(80)) == d(80))
        #expect(CascadeDeadline.limit(receipt: d(90), origin: d(70), granted: d(60)) == d(70))
        #expect(CascadeDeadline.limit(receipt: nil, origin: nil, granted: d(60)) == nil)
    }

    @Test func aRequestMustAskForMoreThanTheLimitInForce() {
        #expect(CascadeDeadline.requestIssue(requested: d(91), limit: d(90), field: "deadline") == nil)
        #expect(
            CascadeDeadline.requestIssue(requested: d(90), limit: d(90), field: "deadline")
                == ValidationIssue(field: "deadline", code: .notAfterLimit, value: d(90).iso))
        #expect(CascadeDeadline.requestIssue(requested: d(10), limit: nil, field: "deadline")?.code == .notAfterLimit)
    }

    @Test func onlyAPendingRequestIsDecided() {
        #expect(CascadeExtensionDecision.accept.next(from: .pending) == .accepted)
        #expect(CascadeExtensionDecision.refuse.next(from: .pending) == .refused)
        #expect(CascadeExtensionDecision.accept.next(from: .refused) == nil)
        #expect(CascadeExtensionDecision.refuse.next(from: .accepted) == nil)
    }
}
