import Testing

@testable import ReformCore

/// The cascade's pure rules: the receipt's states, the deadline limit, which children the origin rolls up, the flag.
struct CascadeRulesTests {
    private func d(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }

    @Test func receiptsGoSentSignedPlacedAndOnlyTheSenderWithdraws() {
        #expect(CascadeFlow.next(.sent, .sign) == .signed)
        #expect(CascadeFlow.next(.sent, .place) == .placed)
        #expect(CascadeFlow.next(.signed, .place) == .placed)
        #expect(CascadeFlow.next(.signed, .sign) == nil)
        #expect(CascadeFlow.next(.placed, .place) == nil)
        #expect(CascadeFlow.next(.placed, .cancel) == .cancelled)
        #expect(CascadeFlow.next(.cancelled, .cancel) == nil)
        #expect(CascadeFlow.actions(from: .cancelled).isEmpty)
        #expect(CascadeFlow.actions(from: .sent) == [.sign, .place, .cancel])
    }

    @Test func aCopyMayNotBeLaterThanItsReceiptOrItsOrigin() {
        // given
        let limit = CascadeDeadline.limit(receipt: d("2026-10-31"), origin: d("2026-09-30"))
        // then
        #expect(limit == d("2026-09-30"))
        #expect(CascadeDeadline.limit(receipt: nil, origin: d("2026-09-30")) == d("2026-09-30"))
        #expect(CascadeDeadline.limit(receipt: nil, origin: nil) == nil)
        #expect(CascadeDeadline.issue(proposed: d("2026-09-30"), limit: limit, field: "deadline") == nil)
        #expect(
            CascadeDeadline.issue(proposed: d("2026-10-01"), limit: limit, field: "deadline")
                == ValidationIssue(field: "deadline", code: .afterLimit, value: "2026-09-30"))
        #expect(CascadeDeadline.issue(proposed: nil, limit: limit, field: "deadline")?.code == .required)
        #expect(CascadeDeadline.issue(proposed: nil, limit: nil, field: "deadline") == nil)
    }

    @Test func copiesCountForALeafOriginWithoutWithdrawnOnesAndUnplacedAsZero() {
        // given
        let copies: [CascadeRollup.Copy] = [
            .init(receipt: .placed, status: .inProgress, percent: 60, weight: 1),
            .init(receipt: .signed, status: nil, percent: nil, weight: 1),
            .init(receipt: .cancelled, status: .done, percent: 100, weight: 1),
            .init(receipt: .placed, status: .done, percent: 40, weight: 1)
        ]
        // when
        let kids = CascadeRollup.children(own: [], copies: copies)
        // then
        #expect(kids.count == 3)
        #expect(Rollup.derivedPercent(of: kids, rule: .mean) == 160.0 / 3)
        let own = [RollupChild(status: .inProgress, percent: 10, weight: 1)]
        #expect(CascadeRollup.children(own: own, copies: copies) == own)
    }

    @Test func theSenderWeightCountsUnderTheWeightedRule() {
        let kids = CascadeRollup.children(
            own: [],
            copies: [
                .init(receipt: .placed, status: .inProgress, percent: 100, weight: 3),
                .init(receipt: .placed, status: .inProgress, percent: 0, weight: 1)
            ])
        #expect(Rollup.derivedPercent(of: kids, rule: .weighted) == 75)
    }

    @Test func unsignedOrUnplacedReceiptsAreFlaggedAfterTheirDays() {
        let sent = d("2026-03-01")
        #expect(!CascadeFlag.isFlagged(.sent, sentOn: sent, today: d("2026-03-08")))
        #expect(CascadeFlag.isFlagged(.sent, sentOn: sent, today: d("2026-03-09")))
        #expect(CascadeFlag.isFlagged(.signed, sentOn: sent, today: d("2026-03-09")))
        #expect(!CascadeFlag.isFlagged(.placed, sentOn: sent, today: d("2026-04-09")))
        #expect(!CascadeFlag.isFlagged(.cancelled, sentOn: sent, today: d("2026-04-09")))
    }
}
