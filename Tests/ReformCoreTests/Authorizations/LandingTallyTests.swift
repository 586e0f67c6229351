import ReformCore
import Testing

/// The register's counts as of a day, from the status history alone.
struct LandingTallyTests {
    func d(_ s: String) -> LocalDate { LocalDate(iso: s)! }

    /// Item 1: not landed in October 2020, progressing in November, landed in March 2021. Item 2: entered in December 2020,
    /// progressing at once, substantial progress in June 2021. Item 3: entered in 2022.
    var history: [LandingChange] {
        [
            .init(itemId: 1, status: .notLanded, effectiveOn: d("2020-10-11"), sequence: 1),
            .init(itemId: 1, status: .progressing, effectiveOn: d("2020-11-02"), sequence: 2),
            .init(itemId: 2, status: .progressing, effectiveOn: d("2020-12-01"), sequence: 3),
            .init(itemId: 1, status: .landed, effectiveOn: d("2021-03-01"), sequence: 4),
            .init(itemId: 2, status: .substantialProgress, effectiveOn: d("2021-06-30"), sequence: 5),
            .init(itemId: 3, status: .notLanded, effectiveOn: d("2022-01-10"), sequence: 6)
        ]
    }

    @Test func theCountsAsOfADayTakeEachItemsLastChangeOnOrBeforeIt() {
        // when
        let before = LandingTally.count(history, asOf: d("2020-10-10"), key: { _ -> Int? in nil }).all
        let autumn = LandingTally.count(history, asOf: d("2020-12-31"), key: { _ -> Int? in nil }).all
        let spring = LandingTally.count(history, asOf: d("2021-03-01"), key: { _ -> Int? in nil }).all
        let later = LandingTally.count(history, asOf: d("2026-11-20"), key: { _ -> Int? in nil }).all
        // then
        #expect(before.total == 0)
        #expect(autumn.total == 2 && autumn.landed == 0 && autumn.progressing == 2)
        #expect(spring.total == 2 && spring.landed == 1 && spring.progressing == 1)
        #expect(later.total == 3 && later.landed == 1 && later.progressing == 1 && later.notLanded == 1)
        #expect(later.byStatus[.substantialProgress] == 1)
    }

    @Test func twoChangesOnOneDayCountTheOneRecordedLast() {
        // given
        let changes = [
            LandingChange(itemId: 7, status: .effective, effectiveOn: d("2021-05-01"), sequence: 9),
            LandingChange(itemId: 7, status: .landed, effectiveOn: d("2021-05-01"), sequence: 10)
        ]
        // then
        #expect(LandingTally.statuses(changes.reversed(), asOf: d("2021-05-01")) == [7: .landed])
    }

    @Test func groupsAreCountedByTheKeyGiven() {
        // when
        let (all, groups) = LandingTally.count(history, asOf: d("2026-01-01"), key: { $0 == 3 ? "B" : "A" })
        // then
        #expect(all.total == 3)
        #expect(groups["A"]?.total == 2 && groups["A"]?.landed == 1 && groups["B"]?.notLanded == 1)
    }

    @Test func monthEndsRunFromTheFirstMonthToTheDayItself() {
        // when
        let days = LandingTally.monthEnds(from: d("2020-10-11"), to: d("2021-02-15"))
        let series = LandingTally.series(history, at: days)
        // then
        #expect(days == [d("2020-10-31"), d("2020-11-30"), d("2020-12-31"), d("2021-01-31"), d("2021-02-15")])
        #expect(series.map(\.total) == [1, 1, 2, 2, 2])
        #expect(series.map(\.progressing) == [0, 1, 2, 2, 2])
    }

    @Test func statusesReadTheirChineseNames() {
        #expect(LandingStatus(text: "正式落地") == .landed)
        #expect(LandingStatus(text: "取得实质性进展") == .substantialProgress)
        #expect(LandingStatus(text: "landed") == .landed)
        #expect(LandingStatus(text: "落地") == nil)
        #expect(ApprovalMode(text: "备案") == .filing && ApprovalMode(text: "报批") == .approval)
    }
}
