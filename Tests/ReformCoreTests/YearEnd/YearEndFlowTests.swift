import Testing

@testable import ReformCore

/// The year-end check's rules: what follows what for a row, when a check may be locked, what an answer needs, and the
/// title of next year's work points.
struct YearEndFlowTests {
    @Test func aRowMovesFromItsUnitToTheOfficeAndNothingMovesOnceLocked() {
        // then
        #expect(YearEndFlow.next(.pending, .answer, locked: false) == .answered)
        #expect(YearEndFlow.next(.answered, .answer, locked: false) == .answered)
        #expect(YearEndFlow.next(.returned, .answer, locked: false) == .answered)
        #expect(YearEndFlow.next(.confirmed, .answer, locked: false) == nil)
        #expect(YearEndFlow.next(.pending, .confirm, locked: false) == nil)
        #expect(YearEndFlow.next(.answered, .confirm, locked: false) == .confirmed)
        #expect(YearEndFlow.next(.confirmed, .return, locked: false) == .returned)
        #expect(YearEndFlow.next(.pending, .return, locked: false) == nil)
        for state in YearEndRowState.allCases {
            for action in YearEndAction.allCases { #expect(YearEndFlow.next(state, action, locked: true) == nil) }
        }
    }

    @Test func aCheckLocksOnlyWhenEveryRowIsConfirmed() {
        #expect(YearEndFlow.canLock([.confirmed, .confirmed]))
        #expect(!YearEndFlow.canLock([.confirmed, .answered]))
        #expect(!YearEndFlow.canLock([]))
    }

    @Test func anAnswerNeedsWhatItsOutcomeNeeds() {
        // when
        let done = YearEndFlow.answerIssues(outcome: "done", newDeadline: "", reason: "", year: 2020)
        let doneWithDate = YearEndFlow.answerIssues(outcome: "done", newDeadline: "2021-03-31", reason: "", year: 2020)
        let carried = YearEndFlow.answerIssues(outcome: "carried", newDeadline: "2021-06-30", reason: "疫情影响", year: 2020)
        let carriedBare = YearEndFlow.answerIssues(outcome: "carried", newDeadline: "", reason: " ", year: 2020)
        let carriedSameYear = YearEndFlow.answerIssues(outcome: "carried", newDeadline: "2020-12-31", reason: "顺延", year: 2020)
        let carriedNoSuchDay = YearEndFlow.answerIssues(outcome: "carried", newDeadline: "2021-02-30", reason: "顺延", year: 2020)
        let cancelled = YearEndFlow.answerIssues(outcome: "cancelled", newDeadline: "", reason: "", year: 2020)
        let unknown = YearEndFlow.answerIssues(outcome: "later", newDeadline: "", reason: "", year: 2020)
        let long = YearEndFlow.answerIssues(outcome: "cancelled", newDeadline: "", reason: String(repeating: "长", count: 501), year: 2020)
        // then
        #expect(done.isEmpty && carried.isEmpty)
        #expect(doneWithDate == [ValidationIssue(field: "newDeadline", code: .invalidChoice)])
        #expect(carriedBare == [ValidationIssue(field: "newDeadline", code: .required), ValidationIssue(field: "reason", code: .required)])
        #expect(carriedSameYear == [ValidationIssue(field: "newDeadline", code: .notInYear, value: "2021")])
        #expect(carriedNoSuchDay.map(\.code) == [.noSuchDay])
        #expect(cancelled == [ValidationIssue(field: "reason", code: .required)])
        #expect(unknown == [ValidationIssue(field: "outcome", code: .invalidChoice)])
        #expect(long == [ValidationIssue(field: "reason", code: .tooLong, limit: 500)])
        #expect(ValidationCode.notInYear.message(chinese: true, field: "结转后完成时限", limit: nil, value: "2021") == "结转后完成时限：应在2021年内")
    }

    @Test func nextYearsWorkPointsAreTitledWithTheNextYear() {
        #expect(
            YearEndFlow.nextPlanTitle(planTitle: "龙华区委全面深化改革委员会2020年工作要点", jurisdictionName: "龙华区", year: 2020)
                == "龙华区委全面深化改革委员会2021年工作要点")
        #expect(YearEndFlow.nextPlanTitle(planTitle: "营商环境改革方案", jurisdictionName: "龙华区", year: 2020) == "龙华区2021年全面深化改革工作要点")
    }
}
