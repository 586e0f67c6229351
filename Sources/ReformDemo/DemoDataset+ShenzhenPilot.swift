import ReformCore

// 深圳综合改革试点：《实施方案（2020－2025年）》27条改革举措与首批40项授权事项（种子文档000、004）。

extension DemoDataset {
    // MARK: - 实施方案：6个领域27条改革举措

    static let shenzhenPilotPlan = DemoPlan(
        key: "shenzhen-pilot-2020",
        jurisdictionKey: "shenzhen",
        title: "深圳建设中国特色社会主义先行示范区综合改革试点实施方案（2020－2025年）",
        docNumber: "",
        issuer: "中共中央办公厅　国务院办公厅",
        issueDate: d(2020, 10, 11),
        periodStart: d(2020, 10, 11),
        periodEnd: d(2025, 12, 31),
        levelNames: ["领域", "改革举措", "分工任务"],
        rule: .minimum,
        source: "来源：种子文档000（南方日报专访省委改革办，2020年10月）与004（国务院新闻办发布会，2025年6月），及《实施方案》公开文本。"
            + "真实内容：方案名称、印发单位、2020年10月11日公开发布、实施期2020－2025年、6个领域、27条改革举措与首批40项授权事项；"
            + "部分举措标题（如支持在土地管理制度上深化探索、完善资本市场基础制度、加快培育数据要素市场、放宽能源、电信、公用事业、"
            + "交通运输、教育等领域市场准入、扩大金融业对外开放、优化医疗服务体制等）按公开文本；《深圳经济特区数据条例》"
            + "《深圳经济特区个人破产条例》等为真实法规。示意（演示）：27条举措在6个领域间的分配、未能核实的举措标题（以中性表述拟写）、"
            + "分工任务、牵头及配合单位、责任人、完成时限、进度与百分比。",
        items: shenzhenPilotAreas
    )

    private static let szPilotMid = d(2022, 12, 31)
    private static let szPilotEnd = d(2025, 12, 31)

    private static let shenzhenPilotAreas: [DemoItem] = [
        item(
            "一、", "完善要素市场化配置体制机制", lead: "sz.fgw", due: szPilotEnd,
            children: [
                item(
                    "（一）", "支持在土地管理制度上深化探索",
                    "将国务院可以授权的永久基本农田以外的农用地转为建设用地审批事项委托深圳市政府批准。在符合国土空间规划要求前提下，"
                        + "推进二三产业混合用地。支持盘活利用存量工业用地，探索利用存量建设用地进行开发建设的市场化机制。",
                    lead: "sz.ghzy", with: ["gd.zrzy", "sz.fgw"], start: d(2020, 10, 11), due: szPilotEnd,
                    expected: "土地节约集约利用水平明显提升，存量用地盘活机制基本建立。",
                    form: "实施办法、配套政策",
                    children: [
                        item(
                            "1.", "承接农用地转为建设用地审批委托事项", lead: "sz.ghzy", with: ["gd.zrzy"],
                            due: d(2021, 6, 30), status: .done
                        ),
                        item(
                            "2.", "出台二三产业混合用地实施办法", lead: "sz.ghzy", with: ["sz.gxj"],
                            due: szPilotMid, status: .partlyDone, percent: 80
                        ),
                        item(
                            "3.", "探索存量工业用地盘活利用市场化机制", lead: "sz.ghzy", with: ["sz.gxj", "sz.fgw"],
                            due: szPilotEnd, status: .inProgress, percent: 45
                        )
                    ]
                ),
                item(
                    "（二）", "完善资本市场基础制度",
                    "推进创业板改革并试点注册制，支持符合条件的深圳企业上市融资，完善多层次资本市场服务体系。",
                    lead: "sz.jrj", with: ["sz.fgw"], due: szPilotMid,
                    expected: "创业板注册制平稳落地，资本市场服务实体经济能力增强。",
                    form: "改革实施情况报告",
                    remarks: "2020年8月24日，创业板改革并试点注册制首批18家企业上市。",
                    status: .partlyDone, percent: 85
                ),
                item(
                    "（三）", "加快培育数据要素市场",
                    "率先完善数据产权制度，探索数据产权保护和利用新机制，建立数据隐私保护制度。试点推进政府数据开放共享。"
                        + "研究论证设立数据交易市场或依托现有交易场所开展数据交易。开展数据生产要素统计核算试点。",
                    lead: "sz.zsj", with: ["sz.sfj", "sz.tjj", "sz.fgw"], start: d(2020, 10, 11), due: szPilotEnd,
                    expected: "数据要素市场基础制度基本建立。", form: "地方性法规、交易平台、统计核算办法",
                    policy: "《深圳经济特区数据条例》",
                    children: [
                        item(
                            "1.", "制定《深圳经济特区数据条例》", lead: "sz.sfj", with: ["sz.zsj"],
                            due: d(2021, 12, 31),
                            remarks: "2021年6月29日经市人大常委会审议通过，2022年1月1日起施行。",
                            status: .done
                        ),
                        item(
                            "2.", "开展数据生产要素统计核算试点", lead: "sz.tjj", with: ["sz.zsj"],
                            due: szPilotMid, status: .inProgress, percent: 60
                        ),
                        item(
                            "3.", "设立数据交易场所，开展数据交易", lead: "sz.fgw", with: ["sz.jrj", "sz.zsj"],
                            due: szPilotMid,
                            remarks: "深圳数据交易所于2022年11月揭牌运营。",
                            status: .done
                        )
                    ]
                ),
                item(
                    "（四）", "健全要素市场评价和交易机制",
                    "完善技术、劳动力等要素由市场评价贡献、按贡献决定报酬的机制，规范要素交易平台运行。",
                    lead: "sz.fgw", with: ["sz.rsj", "sz.kcw"], due: szPilotEnd,
                    status: .inProgress, percent: 40
                )
            ]
        ),
        item(
            "二、", "打造市场化法治化国际化营商环境", lead: "sz.fgw", due: szPilotEnd,
            children: [
                item(
                    "（一）", "进一步完善公平竞争制度",
                    "强化竞争政策基础地位，健全公平竞争审查机制。",
                    lead: "sz.scjg", with: ["sz.sfj"], due: szPilotMid,
                    form: "制度文件", status: .partlyDone, percent: 75
                ),
                item(
                    "（二）", "放宽能源、电信、公用事业、交通运输、教育等领域市场准入",
                    "放宽能源、电信、公用事业、交通运输、教育等领域市场准入，推动放宽市场准入特别措施落地。",
                    lead: "sz.fgw", with: ["sz.gxj", "sz.jtj", "sz.jyj", "gd.fgw", "cn.ndrc"], due: szPilotEnd,
                    expected: "一批市场准入限制在深圳率先放宽。", form: "特别措施清单",
                    status: .inProgress, percent: 55
                ),
                item(
                    "（三）", "完善市场主体准入和退出机制",
                    "深化商事登记制度改革，推进破产制度和机制的综合配套改革，完善自然人破产制度。",
                    lead: "sz.scjg", with: ["sz.court", "sz.sfj"], due: szPilotMid,
                    expected: "个人破产制度率先落地实施。", form: "地方性法规",
                    policy: "《深圳经济特区个人破产条例》",
                    remarks: "《深圳经济特区个人破产条例》自2021年3月1日起施行。",
                    status: .done
                ),
                item(
                    "（四）", "探索完善知识产权保护和运用体制机制",
                    "健全知识产权侵权惩罚性赔偿制度，完善知识产权快速维权机制，探索知识产权证券化。",
                    lead: "sz.scjg", with: ["sz.court", "sz.jrj"], due: szPilotEnd,
                    form: "制度文件", status: .partlyDone, percent: 70
                ),
                item(
                    "（五）", "深化政务服务和投资审批制度改革",
                    "推进政务服务标准化、规范化、便利化，深化投资建设项目审批制度改革。",
                    lead: "sz.zsj", with: ["sz.fgw", "sz.zjj"], due: szPilotMid,
                    status: .partlyDone, percent: 80
                ),
                item(
                    "（六）", "强化营商环境法治保障",
                    "用足用好经济特区立法权，完善与国际接轨的营商环境法规体系。",
                    lead: "sz.sfj", due: szPilotEnd,
                    status: .inProgress, percent: 50
                )
            ]
        ),
        item(
            "三、", "完善科技创新环境制度", lead: "sz.kcw", due: szPilotEnd,
            children: [
                item(
                    "（一）", "优化创新资源配置方式和管理机制",
                    "改革科研项目立项和组织方式，赋予科研单位和科研人员更大自主权。",
                    lead: "sz.kcw", with: ["sz.czj"], due: szPilotMid,
                    status: .partlyDone, percent: 70
                ),
                item(
                    "（二）", "完善技术成果转化相关制度",
                    "开展科技成果所有权和长期使用权赋权改革，完善技术成果转化收益分配机制。",
                    lead: "sz.kcw", with: ["sz.gzw"], due: szPilotEnd,
                    status: .inProgress, percent: 55
                ),
                item(
                    "（三）", "建立具有国际竞争力的引才用才制度",
                    "探索更加开放便利的境外人才引进和出入境管理制度，完善人才评价和激励机制。",
                    lead: "sz.rsj", with: ["sz.kcw", "sz.gaj"], due: szPilotEnd,
                    status: .inProgress, percent: 50
                ),
                item(
                    "（四）", "完善科技金融支持创新机制",
                    "健全科技型企业信贷、保险和股权融资支持机制。",
                    lead: "sz.jrj", with: ["sz.kcw"], due: szPilotEnd,
                    status: .notStarted
                )
            ]
        ),
        item(
            "四、", "完善高水平开放型经济体制", lead: "sz.swj", due: szPilotEnd,
            children: [
                item(
                    "（一）", "扩大金融业对外开放",
                    "推动金融业对外开放先行先试，开展本外币合一银行账户体系等试点。",
                    lead: "sz.jrj", with: ["sz.qianhai"], due: szPilotEnd,
                    status: .partlyDone, percent: 65
                ),
                item(
                    "（二）", "优化外籍人才引进和服务管理",
                    "优化外国人来华工作许可和居留许可审批流程，完善外籍人才服务保障。",
                    lead: "sz.kcw", with: ["sz.gaj", "sz.rsj", "sz.wb"], due: szPilotMid,
                    status: .done
                ),
                item(
                    "（三）", "完善贸易投资便利化制度",
                    "深化跨境贸易便利化改革，完善外商投资促进和服务体系。",
                    lead: "sz.swj", with: ["sz.fgw"], due: szPilotEnd,
                    status: .inProgress, percent: 45
                ),
                item(
                    "（四）", "深化前海深港现代服务业合作区改革开放",
                    "推进前海在现代服务业开放、规则衔接等方面先行先试。",
                    lead: "sz.qianhai", with: ["sz.swj", "sz.jrj"], due: szPilotEnd,
                    status: .inProgress, percent: 60
                ),
                item(
                    "（五）", "完善粤港澳大湾区规则衔接机制",
                    "推动与港澳在专业资格、标准认证等方面规则衔接、机制对接。",
                    lead: "sz.fgw", with: ["sz.sfj", "sz.qianhai"], due: szPilotEnd,
                    status: .inProgress, percent: 40
                )
            ]
        ),
        item(
            "五、", "构建高品质公共服务体制机制", lead: "sz.wjw", due: szPilotEnd,
            children: [
                item(
                    "（一）", "创新教育体制机制",
                    "扩大学校办学自主权，支持深圳引进境外优质教育资源开展高水平中外合作办学。",
                    lead: "sz.jyj", due: szPilotEnd,
                    status: .inProgress, percent: 45
                ),
                item(
                    "（二）", "优化医疗服务体制",
                    "支持深圳医疗机构使用港澳已上市药品和医疗器械，建立与国际接轨的医院评审认证标准体系。",
                    lead: "sz.wjw", with: ["sz.ybj", "sz.scjg"], due: szPilotMid,
                    status: .partlyDone, percent: 75
                ),
                item(
                    "（三）", "完善社会保障和养老服务体系",
                    "完善多层次社会保障体系，创新养老服务供给机制。",
                    lead: "sz.rsj", with: ["sz.mzj", "sz.ybj"], due: szPilotEnd,
                    status: .inProgress, percent: 40
                ),
                item(
                    "（四）", "健全公共服务供给和基层治理机制",
                    "探索以常住人口为基础的基本公共服务供给机制，完善基层社会治理体系。",
                    lead: "sz.mzj", with: ["sz.gaj"], due: szPilotEnd,
                    status: .inProgress, percent: 35
                )
            ]
        ),
        item(
            "六、", "完善生态环境和城市空间治理体制", lead: "sz.sthj", due: szPilotEnd,
            children: [
                item(
                    "（一）", "完善生态环境保护和治理体制",
                    "深化环境影响评价审批制度改革，开展生态系统生产总值（GEP）核算，健全生态环境损害赔偿制度。",
                    lead: "sz.sthj", with: ["gd.sthj", "sz.tjj"], due: szPilotMid,
                    status: .partlyDone, percent: 80
                ),
                item(
                    "（二）", "深化城市空间统筹利用和规划管理改革",
                    "统筹城市空间资源，优化国土空间规划编制和审批管理。",
                    lead: "sz.ghzy", with: ["gd.zrzy"], due: szPilotEnd,
                    status: .inProgress, percent: 50
                ),
                item(
                    "（三）", "健全生态产品价值实现机制",
                    "探索生态产品价值核算成果在考核、决策中的应用。",
                    lead: "sz.sthj", with: ["sz.fgw"], due: szPilotEnd,
                    status: .inProgress, percent: 40
                ),
                item(
                    "（四）", "完善超大城市精细化治理体制",
                    "推进城市管理标准化、精细化、智能化。",
                    lead: "sz.cgj", with: ["sz.zsj"], due: szPilotEnd,
                    status: .inProgress, percent: 45
                )
            ]
        )
    ]

    // MARK: - 首批授权事项清单：6个领域40项

    static let shenzhenAuthorizationList = DemoPlan(
        key: "shenzhen-authorizations-2020",
        jurisdictionKey: "shenzhen",
        title: "深圳建设中国特色社会主义先行示范区综合改革试点首批授权事项清单",
        docNumber: "",
        issuer: "国家发展和改革委员会",
        issueDate: d(2020, 10, 18),
        periodStart: d(2020, 10, 18),
        periodEnd: d(2022, 12, 31),
        levelNames: ["领域", "授权事项"],
        rule: .mean,
        source: "来源：种子文档000、004及DOMAIN.md。真实内容：首批授权事项共40项，分属要素市场化配置、营商环境、科技创新、对外开放、"
            + "公共服务体制、生态环境与城市空间治理6个领域，其中20余项需调整或暂停适用法律法规；授权事项实行备案制；"
            + "截至2021年10月，40项中已有22项落地。示意（演示）：各领域事项数量分配、事项标题、牵头及配合单位、责任人、完成时限、"
            + "进度与百分比（按截至2021年10月的状态标注：22项已完成，其余推进中或未启动），印发日期按公开报道取2020年10月18日。",
        items: shenzhenAuthorizationAreas
    )

    private static func grant(
        _ n: Int, _ title: String, lead: String, with participants: [String] = [], due: LocalDate,
        remarks: String = "", status: LifecycleStatus, percent: Double? = nil
    ) -> DemoItem {
        item(
            String(n) + ".", title, lead: lead, with: participants, due: due,
            form: "授权事项落地文件", remarks: remarks, status: status, percent: percent
        )
    }

    private static let shenzhenAuthorizationAreas: [DemoItem] = [
        item(
            "一、", "要素市场化配置", lead: "sz.fgw", due: d(2022, 12, 31),
            children: [
                grant(1, "将国务院可以授权的农用地转为建设用地审批事项委托深圳市政府批准", lead: "sz.ghzy", with: ["gd.zrzy"], due: d(2021, 3, 31), status: .done),
                grant(2, "支持深圳探索二三产业混合用地供应方式", lead: "sz.ghzy", with: ["sz.gxj"], due: d(2021, 6, 30), status: .done),
                grant(3, "支持深圳探索存量建设用地二次开发市场化机制", lead: "sz.ghzy", due: d(2022, 6, 30), status: .inProgress, percent: 50),
                grant(4, "支持推进创业板改革并试点注册制", lead: "sz.jrj", due: d(2021, 3, 31), remarks: "2020年8月24日首批企业上市。", status: .done),
                grant(5, "支持在深圳开展基础设施领域不动产投资信托基金（REITs）试点", lead: "sz.jrj", with: ["sz.fgw"], due: d(2021, 9, 30), status: .done),
                grant(6, "支持深圳开展数据生产要素统计核算试点", lead: "sz.tjj", with: ["sz.zsj"], due: d(2022, 6, 30), status: .inProgress, percent: 45),
                grant(7, "支持深圳研究设立数据交易场所", lead: "sz.fgw", with: ["sz.jrj", "sz.zsj"], due: d(2022, 12, 31), status: .inProgress, percent: 40),
                grant(8, "支持深圳开展知识产权证券化试点", lead: "sz.scjg", with: ["sz.jrj"], due: d(2021, 6, 30), status: .done)
            ]
        ),
        item(
            "二、", "营商环境", lead: "sz.fgw", due: d(2022, 12, 31),
            children: [
                grant(9, "放宽能源领域市场准入，支持深圳开展增量配电业务改革", lead: "sz.fgw", with: ["gd.fgw"], due: d(2021, 9, 30), status: .done),
                grant(10, "放宽电信领域市场准入", lead: "sz.gxj", due: d(2022, 6, 30), status: .inProgress, percent: 50),
                grant(11, "放宽公用事业和交通运输领域市场准入", lead: "sz.jtj", with: ["sz.fgw"], due: d(2022, 6, 30), status: .inProgress, percent: 35),
                grant(
                    12, "放宽教育领域办学准入", lead: "sz.jyj", due: d(2022, 12, 31),
                    remarks: "需相关法律法规调整后实施，已报请国家有关部门研究。", status: .notStarted
                ),
                grant(13, "支持深圳开展商事登记确认制改革", lead: "sz.scjg", due: d(2021, 6, 30), status: .done),
                grant(
                    14, "支持深圳探索完善自然人破产制度", lead: "sz.sfj", with: ["sz.court"], due: d(2021, 3, 31), remarks: "《深圳经济特区个人破产条例》自2021年3月1日起施行。",
                    status: .done),
                grant(15, "支持深圳开展破产事务管理体制改革", lead: "sz.sfj", with: ["sz.court"], due: d(2021, 9, 30), status: .done),
                grant(16, "支持深圳健全知识产权侵权惩罚性赔偿和快速维权机制", lead: "sz.scjg", with: ["sz.court"], due: d(2021, 9, 30), status: .done),
                grant(17, "支持深圳开展公平竞争审查第三方评估试点", lead: "sz.scjg", due: d(2022, 6, 30), status: .inProgress, percent: 60)
            ]
        ),
        item(
            "三、", "科技创新", lead: "sz.kcw", due: d(2022, 12, 31),
            children: [
                grant(18, "支持深圳开展科技成果所有权和长期使用权赋权改革", lead: "sz.kcw", due: d(2021, 6, 30), status: .done),
                grant(19, "支持深圳优化外国高端人才工作许可和居留许可审批", lead: "sz.kcw", with: ["sz.gaj"], due: d(2021, 6, 30), status: .done),
                grant(20, "支持深圳开展外籍人才永久居留推荐试点", lead: "sz.gaj", with: ["sz.rsj"], due: d(2022, 6, 30), status: .inProgress, percent: 55),
                grant(21, "支持深圳实行科研项目经费“包干制”和“揭榜挂帅”", lead: "sz.kcw", with: ["sz.czj"], due: d(2021, 3, 31), status: .done),
                grant(22, "支持深圳自主开展高级职称评审", lead: "sz.rsj", due: d(2021, 9, 30), status: .done),
                grant(23, "支持深圳试点科研用物品进口通关便利化", lead: "sz.kcw", with: ["sz.swj"], due: d(2022, 12, 31), status: .notStarted)
            ]
        ),
        item(
            "四、", "对外开放", lead: "sz.swj", due: d(2022, 12, 31),
            children: [
                grant(24, "支持深圳开展本外币合一银行账户体系试点", lead: "sz.jrj", due: d(2021, 9, 30), status: .done),
                grant(25, "支持深圳扩大合格境外有限合伙人（QFLP）试点", lead: "sz.jrj", with: ["sz.qianhai"], due: d(2021, 6, 30), status: .done),
                grant(26, "支持深圳开展国际船舶登记制度改革", lead: "sz.jtj", due: d(2022, 6, 30), status: .inProgress, percent: 40),
                grant(27, "支持深圳开展跨境电子商务监管模式创新", lead: "sz.swj", due: d(2021, 6, 30), status: .done),
                grant(28, "支持深圳放宽港澳专业人士执业限制", lead: "sz.rsj", with: ["sz.sfj", "sz.qianhai"], due: d(2021, 9, 30), status: .done),
                grant(29, "支持深圳开展数字人民币试点应用", lead: "sz.jrj", due: d(2021, 3, 31), status: .done),
                grant(
                    30, "支持深圳机场试点开放第五航权", lead: "sz.jtj", due: d(2022, 12, 31),
                    remarks: "需与国家民航主管部门沟通协调。", status: .notStarted
                )
            ]
        ),
        item(
            "五、", "公共服务体制", lead: "sz.wjw", due: d(2022, 12, 31),
            children: [
                grant(31, "支持深圳医疗机构使用港澳已上市药品和医疗器械", lead: "sz.wjw", with: ["sz.scjg"], due: d(2021, 9, 30), status: .done),
                grant(32, "支持深圳建立与国际接轨的医院评审认证标准体系", lead: "sz.wjw", due: d(2022, 6, 30), status: .inProgress, percent: 60),
                grant(33, "支持港澳医师在深圳执业", lead: "sz.wjw", due: d(2021, 6, 30), status: .done),
                grant(34, "支持深圳扩大中外合作办学审批权限", lead: "sz.jyj", due: d(2022, 6, 30), status: .inProgress, percent: 30),
                grant(35, "支持深圳探索社会保险跨境衔接", lead: "sz.rsj", with: ["sz.ybj"], due: d(2022, 12, 31), status: .notStarted),
                grant(36, "支持深圳完善以常住人口为基础的基本公共服务供给机制", lead: "sz.fgw", with: ["sz.gaj"], due: d(2022, 6, 30), status: .inProgress, percent: 45)
            ]
        ),
        item(
            "六、", "生态环境与城市空间治理", lead: "sz.sthj", due: d(2022, 12, 31),
            children: [
                grant(37, "支持深圳开展建设项目环境影响评价审批制度改革", lead: "sz.sthj", with: ["gd.sthj"], due: d(2021, 6, 30), status: .done),
                grant(38, "支持深圳开展生态系统生产总值（GEP）核算", lead: "sz.sthj", with: ["sz.tjj"], due: d(2021, 12, 31), status: .inProgress, percent: 80),
                grant(39, "支持深圳开展国土空间规划编制审批改革", lead: "sz.ghzy", with: ["gd.zrzy"], due: d(2022, 6, 30), status: .inProgress, percent: 50),
                grant(40, "支持深圳开展海域使用审批管理改革", lead: "sz.ghzy", due: d(2022, 12, 31), status: .notStarted)
            ]
        )
    ]
}
