import ReformCore
import Testing

struct ReportingDueTests {
    private func d(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }
    private let monthly = ReportingSchedule.monthly(day: 25)

    @Test func firstReportIsThePeriodInForceAtAssignment() {
        // then
        #expect(ReportingDue.firstDue(schedule: monthly, assignedOn: d("2026-11-10")) == d("2026-11-25"))
        #expect(ReportingDue.firstDue(schedule: monthly, assignedOn: d("2026-11-26")) == d("2026-12-25"))
    }

    @Test func outdatedOnlyAfterTheDueDay() {
        // then
        #expect(!ReportingDue.isOutdated(nextDue: d("2026-11-25"), today: d("2026-11-25")))
        #expect(ReportingDue.isOutdated(nextDue: d("2026-11-25"), today: d("2026-11-26")))
        #expect(!ReportingDue.isOutdated(nextDue: nil, today: d("2026-11-26")))
    }

    @Test func filingTheOwedPeriodMovesToTheNext() {
        // when
        let next = ReportingDue.afterFiling(ReportingPeriod(key: "2026-11")!, owed: d("2026-11-25"), schedule: monthly)
        // then
        #expect(next == d("2026-12-25"))
    }

    @Test func filingALatePeriodLeavesTheOlderOneOwed() {
        // given: October is owed; the unit files September again
        let owed = d("2026-10-25")
        // when
        let next = ReportingDue.afterFiling(ReportingPeriod(key: "2026-09")!, owed: owed, schedule: monthly)
        // then
        #expect(next == owed)
    }

    @Test func periodsOwedListMissedOnesAndTheCurrent() {
        // when
        let owed = ReportingDue.periodsOwed(owed: d("2026-09-25"), today: d("2026-11-21"), schedule: monthly)
        // then
        #expect(owed.map(\.key) == ["2026-09", "2026-10", "2026-11"])
    }

    @Test func signingIsLateAfterNDays() {
        // then
        #expect(!ReportingDue.isSigningLate(assignedOn: d("2026-11-18"), signed: false, today: d("2026-11-21"), days: 3))
        #expect(ReportingDue.isSigningLate(assignedOn: d("2026-11-17"), signed: false, today: d("2026-11-21"), days: 3))
        #expect(!ReportingDue.isSigningLate(assignedOn: d("2026-11-01"), signed: true, today: d("2026-11-21"), days: 3))
    }

    @Test func reportDraftNamesEachBadField() {
        // given
        let draft = ReportDraft(
            period: "2026-Q4", status: "done?", percent: "120", narrative: "", problems: "", nextSteps: "",
            requestedDeadline: "2026-13-01", deadlineReason: "", indicatorValues: [:])
        // when
        let fields = Set(draft.validate(periodKind: .month).map(\.field))
        // then
        #expect(fields == ["period", "status", "percent", "narrative", "requestedDeadline", "deadlineReason"])
    }

    @Test func aValidReportDraft() {
        // given
        let draft = ReportDraft(
            period: "2026-11", status: "推进中", percent: "60%", narrative: "已完成方案起草", problems: "", nextSteps: "",
            requestedDeadline: "", deadlineReason: "", indicatorValues: [:])
        // then
        #expect(draft.validate(periodKind: .month).isEmpty)
        #expect(draft.parsedPercent == 60)
        #expect(draft.parsedStatus == .inProgress)
    }
}
