import ReformCore
import Testing

struct RollupTests {
    private func child(_ status: LifecycleStatus, _ percent: Double, weight: Double = 1) -> RollupChild {
        RollupChild(status: status, percent: percent, weight: weight)
    }

    private func child(_ percent: Double, weight: Double = 1) -> RollupChild {
        child(.inProgress, percent, weight: weight)
    }

    @Test(arguments: RollupRule.allCases)
    func noChildrenDerivesNothing(rule: RollupRule) {
        // given
        let children: [RollupChild] = []
        // when
        let derived = Rollup.derivedPercent(of: children, rule: rule)
        // then
        #expect(derived == nil)
    }

    @Test(arguments: RollupRule.allCases)
    func allSuspendedDerivesNothing(rule: RollupRule) {
        // given
        let children = [child(.suspended, 40), child(.suspended, 100)]
        // when
        let derived = Rollup.derivedPercent(of: children, rule: rule)
        // then
        #expect(derived == nil)
    }

    @Test func suspendedChildIsLeftOut() {
        // given
        let children = [child(20), child(.suspended, 0), child(60)]
        // when
        let derived = Rollup.derivedPercent(of: children, rule: .mean)
        // then
        #expect(derived == 40)
    }

    @Test func doneChildAtThirtyCountsAsHundred() {
        // given
        let children = [child(.done, 30), child(50)]
        // when
        let mean = Rollup.derivedPercent(of: children, rule: .mean)
        let minimum = Rollup.derivedPercent(of: children, rule: .minimum)
        // then
        #expect(mean == 75)
        #expect(minimum == 50)
    }

    @Test func meanOfPercents() {
        // given
        let children = [child(.notStarted, 0), child(10), child(.partlyDone, 80)]
        // when
        let derived = Rollup.derivedPercent(of: children, rule: .mean)
        // then
        #expect(derived == 30)
    }

    @Test func minimumTakesTheLowest() {
        // given
        let children = [child(70), child(15), child(90)]
        // when
        let derived = Rollup.derivedPercent(of: children, rule: .minimum)
        // then
        #expect(derived == 15)
    }

    @Test func percentsOutsideZeroToHundredAreClamped() {
        // given
        let children = [child(-40), child(180)]
        // when
        let mean = Rollup.derivedPercent(of: children, rule: .mean)
        let minimum = Rollup.derivedPercent(of: children, rule: .minimum)
        // then
        #expect(mean == 50)
        #expect(minimum == 0)
    }

    @Test func notANumberPercentCountsAsZero() {
        // given
        let children = [child(.nan), child(100)]
        // when
        let derived = Rollup.derivedPercent(of: children, rule: .mean)
        // then
        #expect(derived == 50)
    }

    @Test func weightedUsesWeights() {
        // given
        let children = [child(100, weight: 3), child(0, weight: 1)]
        // when
        let derived = Rollup.derivedPercent(of: children, rule: .weighted)
        // then
        #expect(derived == 75)
    }

    @Test func weightedWithAllWeightsZeroFallsBackToMean() {
        // given
        let children = [child(20, weight: 0), child(60, weight: 0)]
        // when
        let derived = Rollup.derivedPercent(of: children, rule: .weighted)
        // then
        #expect(derived == 40)
    }

    @Test func weightedIgnoresZeroWeightChildrenWhenOthersHaveWeight() {
        // given
        let children = [child(90, weight: 2), child(0, weight: 0), child(30, weight: 1)]
        // when
        let derived = Rollup.derivedPercent(of: children, rule: .weighted)
        // then
        #expect(derived == 70)
    }

    @Test func weightedTreatsNegativeWeightsAsZero() {
        // given
        let children = [child(80, weight: 1), child(0, weight: -5)]
        // when
        let derived = Rollup.derivedPercent(of: children, rule: .weighted)
        // then
        #expect(derived == 80)
    }

    @Test func weightedWithOnlyNegativeWeightsFallsBackToMean() {
        // given
        let children = [child(10, weight: -1), child(30, weight: -2)]
        // when
        let derived = Rollup.derivedPercent(of: children, rule: .weighted)
        // then
        #expect(derived == 20)
    }

    @Test func weightedLeavesOutSuspendedEvenWithWeight() {
        // given
        let children = [child(.suspended, 0, weight: 10), child(.done, 0, weight: 1)]
        // when
        let derived = Rollup.derivedPercent(of: children, rule: .weighted)
        // then
        #expect(derived == 100)
    }

    @Test func effectivePercentPrefersDerived() {
        // given
        let own = 10.0, derived = 55.0
        // when
        let effective = Rollup.effectivePercent(own: own, derived: derived)
        // then
        #expect(effective == 55)
    }

    @Test func effectivePercentFallsBackToOwnClamped() {
        // given
        let own = 130.0
        // when
        let effective = Rollup.effectivePercent(own: own, derived: nil)
        // then
        #expect(effective == 100)
    }

    @Test(arguments: [(33.333, 33.3), (66.66, 66.7), (0.05, 0.1), (100, 100), (0, 0), (12.34, 12.3)])
    func roundedToOneDecimal(value: Double, expected: Double) {
        // when
        let rounded = Rollup.rounded(value)
        // then
        #expect(rounded == expected)
    }

    @Test func childIsReachableThroughNamespace() {
        // given
        let nested = Rollup.RollupChild(status: .done, percent: 1, weight: 2)
        // when
        let plain = RollupChild(status: .done, percent: 1, weight: 2)
        // then
        #expect(nested == plain)
    }
}
