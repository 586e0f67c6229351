import ReformCore
import Testing

struct UnitCellTests {
    @Test(arguments: [
        ("市发改委、市财政局，市司法局;市人社局；市住建局/市科创委", "市发改委", ["市财政局", "市司法局", "市人社局", "市住建局", "市科创委"]),
        ("市发展和改革委员会\n市人力资源和社会保障局", "市发展和改革委员会", ["市人力资源和社会保障局"]),
        ("市发改委、市财政局等", "市发改委", ["市财政局"]),
        ("市发改委、市财政局等单位", "市发改委", ["市财政局"]),
        ("市发改委、各区按职责分工负责", "市发改委", ["各区"]),
        ("市发改委、市财政局（排第一位的为牵头单位）", "市发改委", ["市财政局"]),
        ("市财政局、市发改委（牵头）", "市发改委", ["市财政局"]),
        ("市委宣传部（市新闻出版局、市版权局）、市文广旅体局", "市委宣传部（市新闻出版局、市版权局）", ["市文广旅体局"]),
        ("牵头单位：市行政审批服务局", "市行政审批服务局", []),
        (" 市发改委 、、 市发改委 ", "市发改委", []),
        ("区发展和改革局、区委改革办、区司法局", "区发展和改革局", ["区委改革办", "区司法局"])
    ])
    func splitsACellAndTheFirstLeads(text: String, lead: String, participants: [String]) {
        // when
        let result = UnitCell.split(text)
        // then
        #expect(result.lead == lead, "\(text)")
        #expect(result.participants == participants, "\(text)")
    }

    @Test(arguments: ["", "  ", "、，；", "等"])
    func anEmptyCellHasNoLead(text: String) {
        // when
        let result = UnitCell.split(text)
        // then
        #expect(result.lead == nil)
        #expect(result.participants.isEmpty)
    }

    @Test func neverSplitsOnHeOrJi() {
        // when
        let result = UnitCell.split("市发展和改革委员会、市工业和信息化局、市港务局及口岸办")
        // then
        #expect(result.lead == "市发展和改革委员会")
        #expect(result.participants == ["市工业和信息化局", "市港务局及口岸办"])
    }

    @Test func flagsPlaceholderGroups() {
        // when
        let mentions = UnitCell.mentions("省发展改革委、各地、各部门、各有关单位、市有关单位")
        // then
        #expect(mentions.map(\.isCollective) == [false, true, true, true, true])
    }

    @Test func readsALabelledBracketAndStripsIt() throws {
        // given
        let paragraph = "推行企业开办“一网通办”，2022年10月底前实现全程网办。（牵头单位：市行政审批服务局；责任单位：市发展改革委、市司法局）"
        // when
        let assignment = try #require(UnitCell.extractAssignment(from: paragraph))
        // then
        #expect(assignment.lead?.name == "市行政审批服务局")
        #expect(assignment.participantNames == ["市发展改革委", "市司法局"])
        #expect(String(paragraph[assignment.range]) == "（牵头单位：市行政审批服务局；责任单位：市发展改革委、市司法局）")
        #expect(assignment.removing(from: paragraph) == "推行企业开办“一网通办”，2022年10月底前实现全程网办。")
    }

    @Test func responsibleUnitsAloneAreLedByTheFirst() throws {
        // when
        let assignment = try #require(UnitCell.extractAssignment(from: "完善统计制度。（责任单位：市统计局、市发展改革委、各区）"))
        // then
        #expect(assignment.lead?.name == "市统计局")
        #expect(assignment.participantNames == ["市发展改革委", "各区"])
        #expect(assignment.participants.last?.isCollective == true)
    }

    @Test func readsABracketedDivisionSentence() throws {
        // given
        let paragraph = "深化政府采购制度改革（市发展改革委牵头，市财政局、市司法局配合）。"
        // when
        let assignment = try #require(UnitCell.extractAssignment(from: paragraph))
        // then
        #expect(assignment.lead?.name == "市发展改革委")
        #expect(assignment.participantNames == ["市财政局", "市司法局"])
        #expect(assignment.removing(from: paragraph) == "深化政府采购制度改革。")
    }

    @Test(arguments: [
        ("推进信用监管改革。市发展改革委牵头，市市场监管局参与。", "市发展改革委", ["市市场监管局"]),
        ("推进信用监管改革。由市发展改革委牵头，各区配合。", "市发展改革委", ["各区"]),
        ("推进信用监管改革。市发展改革委、市财政局按职责分工负责。", "市发展改革委", ["市财政局"]),
        ("推进信用监管改革。市发展改革委负责。", "市发展改革委", [])
    ])
    func readsAClosingDivisionSentence(paragraph: String, lead: String, participants: [String]) throws {
        // when
        let assignment = try #require(UnitCell.extractAssignment(from: paragraph))
        // then
        #expect(assignment.lead?.name == lead)
        #expect(assignment.participantNames == participants)
        #expect(assignment.removing(from: paragraph) == "推进信用监管改革。")
    }

    @Test func readsAGuangdongBlockWithLeaderAndDivision() throws {
        // given
        let paragraph = "分管省领导：王伟中\n部门分工：省发展改革委牵头，各地、各部门配合。"
        // when
        let assignment = try #require(UnitCell.extractAssignment(from: paragraph))
        // then
        #expect(assignment.leaderName == "王伟中")
        #expect(assignment.lead?.name == "省发展改革委")
        #expect(assignment.participantNames == ["各地", "各部门"])
        #expect(assignment.participants.allSatisfy { $0.isCollective })
        #expect(assignment.removing(from: paragraph) == "")
    }

    @Test func readsLeaderAndResponsibleUnitLines() throws {
        // given
        let paragraph = "建立改革联络员制度，压实责任。\n牵头市领导：张三\n责任单位：市委改革办、市委组织部、市政务服务数据管理局"
        // when
        let assignment = try #require(UnitCell.extractAssignment(from: paragraph))
        // then
        #expect(assignment.leaderName == "张三")
        #expect(assignment.lead?.name == "市委改革办")
        #expect(assignment.participantNames == ["市委组织部", "市政务服务数据管理局"])
        #expect(assignment.removing(from: paragraph) == "建立改革联络员制度，压实责任。")
    }

    @Test func helpersOnlyGiveNoLead() throws {
        // when
        let assignment = try #require(UnitCell.extractAssignment(from: "（各区、各有关单位配合）"))
        // then
        #expect(assignment.lead == nil)
        #expect(assignment.participantNames == ["各区", "各有关单位"])
    }

    @Test(arguments: [
        "由区疾控机构牵头，整合辖区具备检测能力的医疗机构和第三方机构作为技术储备。",
        "加强区疾控机构和区属医院实验室建设与管理（含第三方机构）。",
        "明确责任单位：要压实责任",
        "各牵头区领导发挥好统筹抓总的作用，各专项小组发挥好协同推进的作用。",
        ""
    ])
    func findsNothingInOrdinaryText(paragraph: String) {
        // when
        let assignment = UnitCell.extractAssignment(from: paragraph)
        // then
        #expect(assignment == nil, "\(paragraph)")
    }

    @Test func keepsContentBetweenTwoPiecesWhenRemoving() throws {
        // given
        let paragraph = "分管省领导：王伟中\n推进要素市场化配置改革，2022年底前出台实施方案。\n部门分工：省发展改革委牵头，各地、各部门配合。"
        // when
        let assignment = try #require(UnitCell.extractAssignment(from: paragraph))
        // then
        #expect(assignment.ranges.count == 2)
        #expect(assignment.removing(from: paragraph) == "推进要素市场化配置改革，2022年底前出台实施方案。")
    }
}
