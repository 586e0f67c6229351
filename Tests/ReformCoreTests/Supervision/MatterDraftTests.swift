import ReformCore
import Testing

struct MatterDraftTests {
    private let today = LocalDate(year: 2026, month: 12, day: 6)!

    private func draft(
        source: String = "item_late", instructionText: String = "", instructedBy: String = "", instructedOn: String = "", meeting: String = "",
        findingId: Int? = nil, lead: Int? = 7, co: [Int] = [8], deadline: String = "2026-12-31", items: [Int] = [101]
    ) -> MatterDraft {
        MatterDraft(
            subject: "推进“一网统管”平台建设", level: "key", source: source, instructionText: instructionText, instructedBy: instructedBy,
            instructedOn: instructedOn, meetingReference: meeting, findingId: findingId, leadUnitId: lead, coUnitIds: co, responsibleLeader: "王副区长",
            deadline: deadline, requiredResult: "12月底前平台上线运行", itemIds: items)
    }

    @Test func aLateItemMatterIsValid() {
        // when
        let issues = draft().validate(today: today)
        // then
        #expect(issues.isEmpty)
        #expect(draft().parsedLevel == .key)
        #expect(draft().parsedSource == .itemLate)
    }

    @Test func aLeadersInstructionNeedsTextWhoAndAPastDate() {
        // when
        let missing = draft(source: "leader_instruction", items: []).validate(today: today)
        let future = draft(source: "leader_instruction", instructionText: "请抓紧推进", instructedBy: "区委书记", instructedOn: "2026-12-07", items: [])
            .validate(today: today)
        let good = draft(source: "leader_instruction", instructionText: "请抓紧推进", instructedBy: "区委书记", instructedOn: "2026-12-01", items: [])
            .validate(today: today)
        // then
        #expect(missing.map(\.field) == ["instructionText", "instructedBy", "instructedOn"])
        #expect(future == [ValidationIssue(field: "instructedOn", code: .dateOrder)])
        #expect(good.isEmpty)
    }

    @Test func eachSourceAsksForItsOwnFacts() {
        // then
        #expect(draft(items: []).validate(today: today) == [ValidationIssue(field: "itemIds", code: .required)])
        #expect(draft(source: "meeting_decision", items: []).validate(today: today) == [ValidationIssue(field: "meetingReference", code: .required)])
        #expect(draft(source: "inspection_finding", items: []).validate(today: today) == [ValidationIssue(field: "findingId", code: .required)])
        #expect(draft(source: "inspection_finding", findingId: 3, items: []).validate(today: today).isEmpty)
        #expect(draft(source: "rumour").validate(today: today) == [ValidationIssue(field: "source", code: .invalidChoice)])
    }

    @Test func theLeadUnitIsNotAlsoACoUnitAndTheDeadlineIsNotPast() {
        // then
        #expect(draft(co: [8, 7]).validate(today: today) == [ValidationIssue(field: "coUnitIds", code: .duplicate)])
        #expect(draft(lead: nil).validate(today: today) == [ValidationIssue(field: "leadUnitId", code: .required)])
        #expect(draft(deadline: "2026-12-05").validate(today: today) == [ValidationIssue(field: "deadline", code: .dateOrder)])
        #expect(draft(deadline: "2026-02-30").validate(today: today).first?.code == .noSuchDay)
        #expect(draft(deadline: "").validate(today: today) == [ValidationIssue(field: "deadline", code: .required)])
    }
}
