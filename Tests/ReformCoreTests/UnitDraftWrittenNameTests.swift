import ReformCore
import Testing

struct UnitDraftWrittenNameTests {
    @Test(arguments: [
        ("市税务局", "广州市", "广州市税务局", "市税务局"),
        ("区发改局", "龙华区", "龙华区发改局", "区发改局"),
        ("省发展改革委", "广东省", "广东省发展改革委", "省发展改革委"),
        ("县农业农村局", "博罗县", "博罗县农业农村局", "县农业农村局")
    ])
    func aNameWrittenByLevelGetsTheJurisdictionBack(_ written: String, _ jurisdiction: String, _ full: String, _ short: String) {
        // when
        let draft = UnitDraft.fromWrittenName(written, jurisdictionId: 7, jurisdictionName: jurisdiction)
        // then
        #expect(draft.name == full)
        #expect(draft.shortNames == short)
        #expect(draft.jurisdictionID == 7)
    }

    @Test(arguments: [
        ("广州市税务局", "广州市"),  // already the full name
        ("国家税务总局广州市税务局", "广州市"),  // another level's name
        ("市", "广州市"),  // the level alone is not a unit
        ("税务局", "广州市")
    ])
    func otherNamesAreKeptAsWritten(_ written: String, _ jurisdiction: String) {
        // when
        let draft = UnitDraft.fromWrittenName(" \(written) ", jurisdictionId: 7, jurisdictionName: jurisdiction)
        // then
        #expect(draft.name == written)
        #expect(draft.shortNames == "")
    }
}
