import Foundation
import ReformCore
import Testing

struct AmendmentsTests {
    private func amendment(_ old: String?, _ new: String, at seconds: TimeInterval = 0) -> DeadlineAmendment {
        DeadlineAmendment(
            oldDeadline: old.flatMap(LocalDate.init(iso:)), newDeadline: LocalDate(iso: new)!,
            reason: "因故调整", changedBy: "张三", changedAt: Date(timeIntervalSince1970: seconds)
        )
    }

    @Test func delayCountCountsOnlyLaterDates() {
        // given
        let amendments = [
            amendment("2024-06-30", "2024-09-30"),
            amendment("2024-09-30", "2024-08-31"),
            amendment(nil, "2024-12-31"),
            amendment("2024-08-31", "2024-12-31")
        ]
        // when
        let count = Amendments.delayCount(amendments)
        // then
        #expect(count == 2)
    }

    @Test func delayCountOfNothingIsZero() {
        // when
        let count = Amendments.delayCount([])
        // then
        #expect(count == 0)
    }

    @Test func currentDeadlineIsOriginalWithoutAmendments() {
        // given
        let original = LocalDate(iso: "2024-06-30")
        // when
        let current = Amendments.currentDeadline(original: original, amendments: [])
        // then
        #expect(current == original)
    }

    @Test func currentDeadlineFollowsLatestByTimeNotListOrder() {
        // given
        let amendments = [
            amendment("2024-06-30", "2024-12-31", at: 300),
            amendment("2024-06-30", "2024-09-30", at: 100)
        ]
        // when
        let current = Amendments.currentDeadline(original: LocalDate(iso: "2024-06-30"), amendments: amendments)
        // then
        #expect(current == LocalDate(iso: "2024-12-31"))
    }

    @Test func currentDeadlineOnEqualTimesTakesTheLaterInList() {
        // given
        let amendments = [amendment(nil, "2024-09-30", at: 100), amendment(nil, "2024-10-31", at: 100)]
        // when
        let current = Amendments.currentDeadline(original: nil, amendments: amendments)
        // then
        #expect(current == LocalDate(iso: "2024-10-31"))
    }

    @Test func currentDeadlineSetsFirstDeadline() {
        // given
        let amendments = [amendment(nil, "2025-01-15", at: 1)]
        // when
        let current = Amendments.currentDeadline(original: nil, amendments: amendments)
        // then
        #expect(current == LocalDate(iso: "2025-01-15"))
    }

    @Test func validChangePasses() {
        // when
        let issues = Amendments.validate(old: LocalDate(iso: "2024-06-30"), new: LocalDate(iso: "2024-07-31"), reason: "上级文件调整")
        // then
        #expect(issues.isEmpty)
    }

    @Test func missingNewDateAndBlankReason() {
        // when
        let issues = Amendments.validate(old: nil, new: nil, reason: " \n\u{3000}")
        // then
        #expect(
            issues == [
                ValidationIssue(field: "newDeadline", code: .required),
                ValidationIssue(field: "reason", code: .required)
            ])
    }

    @Test func sameDateIsUnchanged() {
        // given
        let date = LocalDate(iso: "2024-06-30")
        // when
        let issues = Amendments.validate(old: date, new: date, reason: "无")
        // then
        #expect(issues == [ValidationIssue(field: "newDeadline", code: .unchanged)])
    }

    @Test func reasonLimitIsFiveHundredCharacters() {
        // given
        let atLimit = String(repeating: "延", count: 500)
        // when
        let fine = Amendments.validate(old: nil, new: LocalDate(iso: "2024-06-30"), reason: atLimit)
        let tooLong = Amendments.validate(old: nil, new: LocalDate(iso: "2024-06-30"), reason: atLimit + "期")
        // then
        #expect(fine.isEmpty)
        #expect(tooLong == [ValidationIssue(field: "reason", code: .tooLong, limit: 500)])
    }

    @Test func validationMessagesNameTheField() {
        // given
        let issues = Amendments.validate(old: nil, new: nil, reason: String(repeating: "x", count: 501))
        // when
        let chinese = issues.map { $0.message(chinese: true, label: $0.field == "reason" ? "调整理由" : "新完成时限") }
        let english = issues.map { $0.message(chinese: false, label: $0.field == "reason" ? "Reason" : "New deadline") }
        // then
        #expect(chinese == ["新完成时限：不能为空", "调整理由：不能超过 500 个字"])
        #expect(english == ["New deadline: required", "Reason: at most 500 characters"])
    }

    @Test func amendmentRoundTripsThroughJSON() throws {
        // given
        let original = DeadlineAmendment(
            oldDeadline: nil, newDeadline: LocalDate(iso: "2024-06-30")!, reason: "首次设定",
            changedBy: "李四", approvedBy: "王五", changedAt: Date(timeIntervalSince1970: 1_700_000_000)
        )
        // when
        let decoded = try JSONDecoder().decode(DeadlineAmendment.self, from: JSONEncoder().encode(original))
        // then
        #expect(decoded == original)
    }
}
