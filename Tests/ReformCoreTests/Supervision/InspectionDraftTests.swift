import ReformCore
import Testing

struct InspectionDraftTests {
    private func draft(
        scope: String = "subtree", ref: Int? = nil, units: [Int] = [], members: [Int] = [3], starts: String = "2026-11-01",
        ends: String = "2026-11-30"
    )
        -> InspectionDraft
    {
        InspectionDraft(
            kind: "comprehensive", title: "龙华区全面深化改革任务全面督查", jurisdictionId: 9, scopeKind: scope, scopeRef: ref, unitIds: units,
            memberIds: members, startsOn: starts, endsOn: ends)
    }

    @Test func aSubtreeInspectionWithATeamIsValid() {
        // then
        #expect(draft().validate().isEmpty)
        #expect(draft().parsedKind == .comprehensive)
    }

    @Test func eachScopeAsksForWhatItNames() {
        // when
        let plan = draft(scope: "plan").validate().map(\.field)
        let units = draft(scope: "units").validate().map(\.field)
        let unknown = draft(scope: "city").validate().map(\.field)
        // then
        #expect(plan == ["scopeRef"])
        #expect(units == ["unitIds"])
        #expect(unknown == ["scopeKind"])
        #expect(draft(scope: "field", ref: 12).validate().isEmpty)
    }

    @Test func aTeamAndDatesInOrderAreRequired() {
        // when
        let issues = draft(members: [], starts: "2026-11-30", ends: "2026-11-01").validate()
        let blank = draft(starts: "", ends: "2026-02-30").validate()
        // then
        #expect(issues.map(\.field) == ["memberIds", "endsOn"])
        #expect(issues.last?.code == .dateOrder)
        #expect(blank.map(\.field) == ["startsOn", "endsOn"])
        #expect(blank.map(\.code) == [.required, .noSuchDay])
    }
}
