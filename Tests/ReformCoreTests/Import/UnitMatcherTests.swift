import Foundation
import ReformCore
import Testing

struct UnitMatcherTests {
    static let shenzhen: [UnitMatcher.Unit] = [
        (1, "深圳市发展和改革委员会", ["市发改委"]),
        (2, "深圳市人力资源和社会保障局", []),
        (3, "深圳市住房和城乡建设局", []),
        (4, "深圳市市场监督管理局", []),
        (5, "深圳市卫生健康委员会", []),
        (6, "深圳市科技创新委员会", []),
        (7, "深圳市工业和信息化局", []),
        (8, "深圳市政务服务数据管理局", []),
        (9, "深圳市规划和自然资源局", []),
        (10, "深圳市财政局", []),
        (11, "中共深圳市委全面深化改革委员会办公室", []),
        (12, "深圳市人民政府办公厅", []),
        (13, "深圳市司法局", []),
        (14, "深圳市国有资产监督管理委员会", [])
    ]

    @Test func matchesTheFullNameExactly() {
        // given
        let matcher = UnitMatcher(units: Self.shenzhen)
        // when
        let result = matcher.match(" 深圳市财政局 ")
        // then
        #expect(result == .exact(10))
    }

    @Test func matchesARecordedShortName() {
        // given
        let matcher = UnitMatcher(units: Self.shenzhen)
        // when
        let result = matcher.match("市发改委")
        // then
        #expect(result == .short(1))
    }

    @Test(arguments: [
        ("市发展改革委", 1), ("市发展和改革委员会", 1), ("发改委", 1), ("深圳市发改委", 1), ("市 发展和改革委员会", 1),
        ("市人社局", 2), ("市人力资源社会保障局", 2), ("市住建局", 3), ("市住房城乡建设局", 3), ("市市场监管局", 4),
        ("市场监督管理局", 4), ("市市监局", 4), ("市卫健委", 5), ("市卫生健康委", 5), ("市科创委", 6),
        ("市工信局", 7), ("市政数局", 8), ("市规自局", 9), ("市委改革办", 11), ("市政府办公厅", 12),
        ("深圳市人民政府办公厅", 12), ("市国资委", 14), ("ＳＺ市财政局", -1), ("深圳市财政局　", 10)
    ])
    func matchesAfterNormalising(written: String, id: Int) {
        // given
        let matcher = UnitMatcher(units: Self.shenzhen)
        // when
        let result = matcher.match(written)
        // then
        if id == -1 {
            #expect(result.id == nil, "\(written): \(result)")
        } else {
            #expect(result.id == id, "\(written): \(result)")
            if written.trimmingCharacters(in: .whitespaces) != Self.shenzhen.first(where: { $0.id == id })?.name {
                #expect(result == .normalized(id), "\(written): \(result)")
            }
        }
    }

    @Test func aDifferentLevelIsADifferentUnit() {
        // given
        let matcher = UnitMatcher(units: Self.shenzhen)
        // when
        let result = matcher.match("区发改局")
        // then
        #expect(result.id == nil)
    }

    @Test func suggestsTheClosestUnitsForAnUnknownName() throws {
        // given
        let matcher = UnitMatcher(units: Self.shenzhen)
        // when
        let result = matcher.match("市财务局")
        // then
        guard case .unknown(let suggestions) = result else {
            Issue.record("expected unknown, got \(result)")
            return
        }
        let first = try #require(suggestions.first)
        #expect(first.id == 10)
        #expect(first.name == "深圳市财政局")
        #expect(first.score > 0.3 && first.score < 1)
        #expect(suggestions.map(\.score) == suggestions.map(\.score).sorted(by: >))
    }

    @Test func nothingSimilarGivesNoSuggestions() {
        // given
        let matcher = UnitMatcher(units: Self.shenzhen)
        // when
        let result = matcher.match("龙舟协会")
        // then
        #expect(result == .unknown(suggestions: []))
    }

    @Test func aWrittenPlaceMustBeTheUnitsPlace() {
        // given
        let matcher = UnitMatcher(units: [(1, "福田区财政局", []), (2, "南山区财政局", []), (3, "区司法局", [])])
        // when
        let other = matcher.match("罗湖区财政局")
        let same = matcher.match("南山区 财政局")
        let unplaced = matcher.match("龙华区司法局")
        // then
        #expect(other.id == nil)
        #expect(same == .normalized(2))
        #expect(unplaced == .normalized(3))
    }

    @Test func twoUnitsWithTheSameNameAreAmbiguous() {
        // given
        let matcher = UnitMatcher(units: [(1, "区发展和改革局", []), (2, "区发展和改革局", []), (3, "区司法局", [])])
        // when
        let result = matcher.match("区发展和改革局")
        // then
        #expect(result == .ambiguous([.init(id: 1, name: "区发展和改革局", score: 1), .init(id: 2, name: "区发展和改革局", score: 1)]))
    }

    @Test func anEmptyNameIsUnknown() {
        // given
        let matcher = UnitMatcher(units: Self.shenzhen)
        // when
        let result = matcher.match("  ")
        // then
        #expect(result == .unknown(suggestions: []))
    }

    /// 50,000 units shaped like a province's: 500 jurisdictions, each with the same 100 departments.
    static let fiftyThousand: [UnitMatcher.Unit] = {
        let first = Array("东南西北中上下新老大小金银山水河湖海林田")
        let second = Array("华山江州安宁平城阳明德兴和丰福庆长源泉云")
        let kinds = ["发展和改革", "司法", "财政", "教育", "民政", "住房和建设", "水务", "统计", "审计", "文化广电旅游体育"]
        let suffixes = ["局", "委员会", "办公室", "中心", "服务中心", "管理处", "监督局", "执法队", "研究院", "事务所"]
        var units: [UnitMatcher.Unit] = []
        units.reserveCapacity(50_001)
        for place in 0..<500 {
            let name = "\(first[place % 20])\(second[place / 20 % 20])\(place < 400 ? "区" : "县")"
            for department in 0..<100 {
                units.append((place * 100 + department, name + kinds[department % 10] + suffixes[department / 10], []))
            }
        }
        units.append((99_999, "深圳市发展和改革委员会", []))
        return units
    }()

    /// Correct among a national-scale unit list (speed is for benchmarks, not for a unit test).
    @Test func answersAmongFiftyThousandUnits() throws {
        // given
        let units = Self.fiftyThousand
        // when
        let matcher = UnitMatcher(units: units)
        let results = ["市发改委", "东华区财政厅", "东华区发改局"].map(matcher.match)
        // then
        #expect(matcher.match("东华区财政局") == .exact(2))
        #expect(results[0] == .normalized(99_999))
        guard case .unknown(let suggestions) = results[1] else {
            Issue.record("expected unknown, got \(results[1])")
            return
        }
        #expect(suggestions.first?.name == "东华区财政局")
        #expect(results[2] == .normalized(0))
    }
}
