import ReformCore
import Testing

struct SupervisionVocabularyTests {
    @Test func everyCaseHasOneKey() {
        // given
        let keys = SupervisionVocabulary.keys
        // then: no two enums share a namespace, so no key hides another in the strings table
        #expect(Set(keys).count == keys.count)
        #expect(keys.contains("matterState.fed_back"))
        #expect(keys.contains("judgement.amber_red"))
        #expect(keys.count(where: { $0.hasPrefix("matterAction.") }) == MatterAction.allCases.count)
    }

    @Test func unitRecordsNeedGroundsUnlessTheyCommend() {
        // then
        #expect(UnitRecordKind.validate(kind: "commendation", grounds: "", sourceCount: 1).isEmpty)
        #expect(UnitRecordKind.validate(kind: "fault_tolerance", grounds: "", sourceCount: 1) == [ValidationIssue(field: "grounds", code: .required)])
        #expect(UnitRecordKind.validate(kind: "accountability", grounds: "x", sourceCount: 0) == [ValidationIssue(field: "source", code: .required)])
        #expect(UnitRecordKind.allCases.map(\.rankingSign) == [1, -1, 0])
    }
}
