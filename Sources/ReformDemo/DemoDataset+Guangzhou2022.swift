import ReformCore

// 《广州市2022年全面深化改革工作要点》与《广州市2022年基层改革创新项目清单》（种子文档001）。

extension DemoDataset {
    // MARK: - 工作要点：12个领域

    static let guangzhouWorkPoints2022 = DemoPlan(
        key: "guangzhou-2022",
        jurisdictionKey: "guangzhou",
        title: "广州市2022年全面深化改革工作要点",
        docNumber: "穗改委发〔2022〕1号",
        issuer: "中共广州市委全面深化改革委员会",
        issueDate: d(2022, 3, 1),
        periodStart: d(2022, 1, 1),
        periodEnd: d(2022, 12, 31),
        levelNames: ["领域", "任务", "举措"],
        rule: .weighted,
        source: "来源：种子文档001，2022年3月15日南方网报道《近2万字的改革重磅文件，广州想释放什么信号？》英译本。"
            + "原件备注：共12个领域、41项改革任务、120项具体举措，逐项明确牵头单位。"
            + "真实内容：12个领域的名称与顺序；报道点名的改革任务与举措（国家营商环境创新试点城市、省级要素市场化配置综合改革试点、"
            + "国际消费中心城市、“两区”建设和“双城”联动、数字经济和实体经济深度融合、碳达峰碳中和、城市规划建设管理体制改革专项小组、"
            + "市区两级林业和园林绿化机构管理体制、疫情防控机制和公共卫生服务体系、义务教育“双减”等）。"
            + "本演示只录入公开报道点名的17项任务，其余24项任务及多数具体举措的名称未公开，未录入；报道未点名任务的领域以领域整体填报进度。"
            + "虚构（演示）：文号、印发日期、领域权重、牵头及配合单位分工、责任人、完成时限、进度与百分比。",
        items: guangzhouWorkPointFields
    )

    private static let guangzhouWorkPointFields: [DemoItem] = [
        item(
            "一、", "营商环境领域改革", lead: "gz.fgw", due: d(2022, 12, 31), weight: 15,
            children: [
                item(
                    "（一）", "深化国家营商环境创新试点城市建设",
                    "高标准推进国家营商环境创新试点城市建设，及时评估改革试点成效、经验和问题，及时复制推广行之有效的经验做法。",
                    lead: "gz.fgw", with: ["gz.zsj", "gz.scjg", "gz.sfj", "gz.ghzy", "gz.zjj"], due: d(2022, 12, 31),
                    expected: "营商环境创新试点改革事项全面落地，形成一批可复制推广的经验做法。",
                    form: "试点评估报告、经验做法清单",
                    status: .inProgress, percent: 65
                ),
                item(
                    "（二）", "推进粤港澳大湾区规则衔接机制对接",
                    "推进与港澳在商事登记、专业资格、标准认证等方面的规则衔接、机制对接。",
                    lead: "gz.fgw", with: ["gz.sfj", "gz.swj", "gz.scjg", "nansha.reform"], due: d(2022, 12, 31),
                    expected: "规则衔接、机制对接取得新突破。", form: "对接事项清单",
                    status: .inProgress, percent: 40
                )
            ]
        ),
        item(
            "二、", "经济体制改革", lead: "gz.fgw", due: d(2022, 12, 31), weight: 15,
            children: [
                item(
                    "（一）", "推进省级要素市场化配置综合改革试点",
                    "落实省级要素市场化配置综合改革试点任务，推进土地、劳动力、资本、技术、数据等要素市场化配置改革。",
                    lead: "gz.fgw", with: ["gz.ghzy", "gz.rsj", "gz.kjj", "gz.zsj", "gz.czj"], due: d(2022, 12, 31),
                    expected: "要素市场化配置改革形成一批标志性成果。", form: "试点实施方案、阶段评估报告",
                    status: .inProgress, percent: 55
                ),
                item(
                    "（二）", "培育建设国际消费中心城市",
                    "落实国际消费中心城市培育建设任务，完善促进消费体制机制。",
                    lead: "gz.swj", with: ["gz.wglj", "gz.fgw", "gz.scjg"], due: d(2022, 12, 31),
                    expected: "国际消费中心城市培育建设取得阶段性成效。", form: "工作方案、评估报告",
                    status: .inProgress, percent: 60
                ),
                item(
                    "（三）", "推动“两区”建设和“双城”联动",
                    "大力推动“两区”建设和“双城”联动，有效复制深圳综合改革试点经验，用好“两区”和两个合作区政策叠加带来的化学反应和乘数效应。",
                    lead: "gz.fgw", with: ["gz.reform", "gz.swj", "nansha.reform"], due: d(2022, 12, 31),
                    expected: "广深改革联动更加紧密，深圳综合改革试点经验在广州落地。",
                    form: "经验复制清单、联动事项清单",
                    children: [
                        item(
                            "1.", "深化实施“湾区通”工程", lead: "gz.fgw", with: ["gz.scjg", "gz.swj"], due: d(2022, 12, 31),
                            status: .inProgress, percent: 60
                        ),
                        item(
                            "2.", "进一步完善广深改革联动传导机制", lead: "gz.reform", with: ["gz.fgw"], due: d(2022, 9, 30),
                            status: .done
                        ),
                        item(
                            "3.", "加强与“两区”和两个合作区政策的衔接配套", lead: "gz.fgw", with: ["nansha.reform"], due: d(2022, 12, 31),
                            status: .inProgress, percent: 45
                        ),
                        item(
                            "4.", "有效复制推广深圳综合改革试点经验", lead: "gz.reform", with: ["gz.fgw", "gz.sfj"], due: d(2022, 12, 31),
                            expected: "梳理可复制经验清单并分批推广。",
                            status: .inProgress, percent: 50
                        )
                    ]
                ),
                item(
                    "（四）", "推动数字经济和实体经济深度融合",
                    "落实“数字化、绿色化、国际化”转型要求，推动数字经济和实体经济深度融合。",
                    lead: "gz.gxj", with: ["gz.zsj", "gz.kjj", "gz.fgw"], due: d(2022, 12, 31),
                    expected: "制造业数字化转型加快推进。", form: "政策文件",
                    status: .inProgress, percent: 50
                ),
                item(
                    "（五）", "深化科技体制机制改革",
                    "持续推进科技体制机制改革这一创造型引领型改革，完善科技创新体制机制。",
                    lead: "gz.kjj", with: ["gz.czj", "gz.rsj"], due: d(2022, 12, 31),
                    form: "政策文件", status: .partlyDone, percent: 70
                ),
                item(
                    "（六）", "深化城市国际化",
                    "从深化城市国际化角度细化改革举措，提升城市国际化水平。",
                    lead: "gz.wb", with: ["gz.swj", "gz.fgw"], due: d(2022, 12, 31),
                    status: .inProgress, percent: 35
                ),
                item(
                    "（七）", "发挥重要平台在深化改革开放中的引领作用",
                    "深入挖掘、更好发挥国家级开发区、南沙自贸片区、中新广州知识城、空港经济示范区等重要平台在深化改革开放中的引领作用。",
                    lead: "gz.fgw", with: ["nansha.reform", "huangpu.reform", "huadu.reform", "baiyun.reform"], due: d(2022, 12, 31),
                    status: .inProgress, percent: 45
                )
            ]
        ),
        item(
            "三、", "行政体制改革", lead: "gz.bb", due: d(2022, 12, 31), weight: 8,
            children: [
                item(
                    "（一）", "理顺市区两级林业和园林绿化机构管理体制",
                    "进一步理顺市区两级林业和园林绿化机构管理体制，明确职责边界。",
                    lead: "gz.bb", with: ["gz.lyyl", "gz.cgj"], due: d(2022, 6, 30),
                    expected: "市区两级林业和园林绿化机构职责清晰、运转顺畅。", form: "机构编制方案",
                    status: .done
                ),
                item(
                    "（二）", "深化“数字政府”改革",
                    "持续推进“数字政府”改革这一创造型引领型改革。",
                    lead: "gz.zsj", with: ["gz.fgw"], due: d(2022, 12, 31),
                    status: .inProgress, percent: 70
                )
            ]
        ),
        item(
            "四、", "城市规划建设管理体制改革", lead: "gz.ghzy", due: d(2022, 12, 31), weight: 10,
            children: [
                item(
                    "（一）", "成立城市规划建设管理体制改革专项小组并推进改革",
                    "强化城市规划建设管理体制改革，梳理提出一批建章立制、堵塞制度漏洞的改革举措。",
                    lead: "gz.ghzy", with: ["gz.zjj", "gz.cgj", "gz.reform"], due: d(2022, 12, 31),
                    expected: "城市规划建设管理制度漏洞得到有效堵塞。", form: "制度文件",
                    children: [
                        item(
                            "1.", "成立城市规划建设管理体制改革专项小组", lead: "gz.reform", with: ["gz.ghzy"], due: d(2022, 3, 31),
                            status: .done
                        ),
                        item(
                            "2.", "梳理提出建章立制、堵塞制度漏洞的改革举措", lead: "gz.ghzy", with: ["gz.zjj", "gz.cgj"], due: d(2022, 12, 31),
                            status: .inProgress, percent: 55
                        )
                    ]
                )
            ]
        ),
        item(
            "五、", "农业农村领域改革", lead: "gz.nync", due: d(2022, 12, 31), weight: 7,
            children: [
                item(
                    "（一）", "深化“村改居”综合改革",
                    "持续推进“村改居”综合改革这一创造型引领型改革。",
                    lead: "gz.nync", with: ["gz.mzj", "gz.ghzy"], due: d(2022, 12, 31),
                    status: .inProgress, percent: 45
                )
            ]
        ),
        item(
            "六、", "民主法治领域改革", lead: "gz.sfj", due: d(2022, 12, 31),
            remarks: "公开报道未列明本领域具体改革任务，演示数据以领域整体填报进度。",
            weight: 7, status: .inProgress, percent: 60
        ),
        item(
            "七、", "社会治理领域改革", lead: "gz.zfw", due: d(2022, 12, 31), weight: 8,
            children: [
                item(
                    "（一）", "推进市域社会治理现代化",
                    "持续推进市域社会治理现代化这一创造型引领型改革。",
                    lead: "gz.zfw", with: ["gz.mzj", "gz.sfj"], due: d(2022, 12, 31),
                    status: .inProgress, percent: 55
                ),
                item(
                    "（二）", "完善疫情防控机制和公共卫生服务体系",
                    "完善常态化疫情防控机制，健全公共卫生服务体系。",
                    lead: "gz.wjw", with: ["gz.czj", "gz.zsj"], due: d(2022, 9, 30),
                    form: "工作机制", status: .partlyDone, percent: 75
                )
            ]
        ),
        item(
            "八、", "文化领域改革", lead: "gz.xcb", due: d(2022, 12, 31),
            remarks: "公开报道未列明本领域具体改革任务，演示数据以领域整体填报进度。",
            weight: 5, status: .inProgress, percent: 55
        ),
        item(
            "九、", "民生领域改革", lead: "gz.jyj", due: d(2022, 12, 31), weight: 8,
            children: [
                item(
                    "（一）", "落实义务教育“双减”改革试点",
                    "加强义务教育“双减”等重大改革试点统筹推进，及时评估试点成效。",
                    lead: "gz.jyj", with: ["gz.scjg", "gz.fgw"], due: d(2022, 12, 31),
                    expected: "学生作业负担和校外培训负担有效减轻。", form: "试点评估报告",
                    status: .inProgress, percent: 70
                )
            ]
        ),
        item(
            "十、", "生态文明体制改革", lead: "gz.sthj", due: d(2022, 12, 31), weight: 7,
            children: [
                item(
                    "（一）", "推进碳达峰碳中和",
                    "落实绿色化转型要求，从推进碳达峰碳中和角度细化改革举措。",
                    lead: "gz.fgw", with: ["gz.sthj", "gz.gxj", "gz.zjj"], due: d(2022, 12, 31),
                    expected: "碳达峰实施方案印发实施。", form: "实施方案",
                    remarks: "待省级碳达峰实施方案印发后衔接制定。",
                    status: .notStarted
                )
            ]
        ),
        item(
            "十一、", "党的建设制度改革", lead: "gz.zzb", due: d(2022, 12, 31),
            remarks: "公开报道未列明本领域具体改革任务，演示数据以领域整体填报进度。",
            weight: 5, status: .inProgress, percent: 65
        ),
        item(
            "十二、", "纪检监察体制改革", lead: "gz.jw", due: d(2022, 12, 31),
            remarks: "公开报道未列明本领域具体改革任务，演示数据以领域整体填报进度。",
            weight: 5, status: .inProgress, percent: 60
        )
    ]

    // MARK: - 基层改革创新项目清单：11个区×2个项目

    static let guangzhouGrassroots2022 = DemoPlan(
        key: "guangzhou-grassroots-2022",
        jurisdictionKey: "guangzhou",
        title: "广州市2022年基层改革创新项目清单",
        docNumber: "穗改办〔2022〕3号",
        issuer: "中共广州市委全面深化改革委员会办公室",
        issueDate: d(2022, 3, 1),
        periodStart: d(2022, 1, 1),
        periodEnd: d(2022, 12, 31),
        levelNames: ["区", "项目"],
        rule: .mean,
        source: "来源：种子文档001所附《广州市2022年基层改革创新项目清单》（新华社、南方网英译本）。"
            + "真实内容：11个区各2个、共22个基层改革创新项目及其顺序，项目名称由英译回译为中文，个别用语（如花都区“五彩兰花”、"
            + "南沙区智慧营商环境）按英文意译。虚构（演示）：文号、印发日期、牵头及配合单位、责任人、完成时限、进度与百分比。",
        items: guangzhouGrassrootsDistricts
    )

    private static func district(_ number: String, _ key: String, _ name: String, _ projects: [DemoItem]) -> DemoItem {
        item(number, name, lead: key + ".reform", due: d(2022, 12, 31), children: projects)
    }

    private static let guangzhouGrassrootsDistricts: [DemoItem] = [
        district(
            "一、", "yuexiu", "越秀区",
            [
                item(
                    "1.", "开展全省首批、全市首个“电子商务领域知识产权保护”项目",
                    "探索电子商务领域知识产权保护新机制，建立平台、权利人、监管部门协同保护体系。",
                    lead: "yuexiu.gov", with: ["yuexiu.reform", "gz.scjg"], due: d(2022, 12, 31),
                    expected: "形成电子商务领域知识产权保护工作指引。", form: "工作指引、典型案例",
                    status: .inProgress, percent: 60
                ),
                item(
                    "2.", "建设粤港澳大湾区生命健康产业创新区（越秀）",
                    "依托区内优质医疗资源，建设粤港澳大湾区生命健康产业创新区。",
                    lead: "yuexiu.gov", with: ["yuexiu.reform", "gz.wjw", "gz.gxj"], due: d(2022, 12, 31),
                    expected: "创新区建设方案印发，首批项目落地。", form: "建设方案",
                    status: .inProgress, percent: 45
                )
            ]),
        district(
            "二、", "haizhu", "海珠区",
            [
                item(
                    "1.", "实施“五带五强”工程，打通联系服务群众“最后一米”",
                    lead: "haizhu.reform", with: ["haizhu.gov"], due: d(2022, 12, 31),
                    expected: "联系服务群众机制覆盖全区社区。", form: "工作机制",
                    status: .inProgress, percent: 70
                ),
                item(
                    "2.", "深化首席数据官制度试点",
                    "积极推进深化首席数据官制度试点，完善数据治理和共享应用机制。",
                    lead: "haizhu.gov", with: ["haizhu.reform", "gz.zsj"], due: d(2022, 12, 31),
                    expected: "区、部门首席数据官全面设立并履职。", form: "制度文件",
                    status: .done
                )
            ]),
        district(
            "三、", "liwan", "荔湾区",
            [
                item(
                    "1.", "推进永庆坊片区高质量发展和泮塘五约片区保护传承提升",
                    lead: "liwan.gov", with: ["liwan.reform", "gz.ghzy", "gz.zjj"], due: d(2022, 12, 31),
                    expected: "历史文化街区保护活化利用模式进一步完善。", form: "实施方案",
                    status: .inProgress, percent: 55
                ),
                item(
                    "2.", "推动区域医学检验检查结果互认一体化创新发展",
                    lead: "liwan.gov", with: ["liwan.reform", "gz.wjw"], due: d(2022, 12, 31),
                    expected: "区域内医疗机构检验检查结果互认项目扩大。", form: "互认项目清单",
                    status: .partlyDone, percent: 70
                )
            ]),
        district(
            "四、", "tianhe", "天河区",
            [
                item(
                    "1.", "推动“港澳青年之家”提质增效",
                    lead: "tianhe.gov", with: ["tianhe.reform"], due: d(2022, 12, 31),
                    expected: "服务港澳青年创新创业和交流的功能进一步完善。", form: "服务平台",
                    status: .inProgress, percent: 65
                ),
                item(
                    "2.", "推进居家药学服务改革创新",
                    lead: "tianhe.gov", with: ["tianhe.reform", "gz.wjw"], due: d(2022, 12, 31),
                    expected: "居家药学服务规范和收费机制建立。", form: "服务规范",
                    status: .inProgress, percent: 40
                )
            ]),
        district(
            "五、", "baiyun", "白云区",
            [
                item(
                    "1.", "建设“全国工商联民营企业科技创新示范基地”",
                    lead: "baiyun.gov", with: ["baiyun.reform", "gz.kjj"], due: d(2022, 12, 31),
                    expected: "示范基地挂牌运营。", form: "示范基地",
                    status: .inProgress, percent: 50
                ),
                item(
                    "2.", "探索城中村社会治理现代化“白云模式”",
                    lead: "baiyun.reform", with: ["baiyun.gov", "gz.zfw"], due: d(2022, 12, 31),
                    expected: "形成城中村治理可复制经验。", form: "经验材料",
                    status: .inProgress, percent: 45
                )
            ]),
        district(
            "六、", "huangpu", "黄埔区",
            [
                item(
                    "1.", "创建国家生物经济先导区",
                    lead: "huangpu.gov", with: ["huangpu.reform", "gz.fgw"], due: d(2022, 12, 31),
                    expected: "先导区创建方案报批。", form: "创建方案",
                    status: .inProgress, percent: 55
                ),
                item(
                    "2.", "开展新型要素市场化配置改革试点",
                    lead: "huangpu.gov", with: ["huangpu.reform", "gz.fgw"], due: d(2022, 12, 31),
                    expected: "数据、技术等新型要素交易机制取得突破。", form: "试点方案",
                    status: .inProgress, percent: 40
                )
            ]),
        district(
            "七、", "huadu", "花都区",
            [
                item(
                    "1.", "推进“一盘棋”招商和“一站式”服务招商体制机制改革",
                    lead: "huadu.gov", with: ["huadu.reform", "gz.swj"], due: d(2022, 12, 31),
                    expected: "全区统一招商、一站式服务机制建立。", form: "工作机制",
                    status: .done
                ),
                item(
                    "2.", "推进“五彩兰花”社会治理创新",
                    lead: "huadu.reform", with: ["huadu.gov"], due: d(2022, 12, 31),
                    expected: "形成具有花都特色的社会治理品牌。", form: "经验材料",
                    status: .inProgress, percent: 50
                )
            ]),
        district(
            "八、", "panyu", "番禺区",
            [
                item(
                    "1.", "打造政务“小屋”跨域通办平台",
                    lead: "panyu.gov", with: ["panyu.reform", "gz.zsj"], due: d(2022, 12, 31),
                    expected: "政务“小屋”实现高频事项跨域通办。", form: "服务平台",
                    status: .inProgress, percent: 75
                ),
                item(
                    "2.", "组建省市技工院校联盟",
                    lead: "panyu.gov", with: ["panyu.reform", "gz.rsj"], due: d(2022, 12, 31),
                    expected: "技工院校联盟挂牌成立。", form: "联盟章程",
                    status: .done
                )
            ]),
        district(
            "九、", "nansha", "南沙区",
            [
                item(
                    "1.", "开展智慧营商环境试点建设",
                    lead: "nansha.gov", with: ["nansha.reform", "gz.zsj", "gz.fgw"], due: d(2022, 12, 31),
                    expected: "营商环境智慧化应用场景上线。", form: "应用平台",
                    status: .inProgress, percent: 60
                ),
                item(
                    "2.", "推进全球溯源服务标准化试点",
                    lead: "nansha.gov", with: ["nansha.reform", "gz.scjg", "gz.swj"], due: d(2022, 12, 31),
                    expected: "全球溯源服务标准体系建立。", form: "标准体系",
                    status: .inProgress, percent: 65
                )
            ]),
        district(
            "十、", "conghua", "从化区",
            [
                item(
                    "1.", "创新生态券机制",
                    "创新“生态券”机制，探索生态产品价值实现路径。",
                    lead: "conghua.gov", with: ["conghua.reform", "gz.sthj", "gz.lyyl"], due: d(2022, 12, 31),
                    expected: "生态券发行、兑换规则建立。", form: "管理办法",
                    status: .inProgress, percent: 50
                ),
                item(
                    "2.", "深化点状供地改革",
                    lead: "conghua.gov", with: ["conghua.reform", "gz.ghzy"], due: d(2022, 12, 31),
                    expected: "点状供地项目落地。", form: "实施细则",
                    status: .partlyDone, percent: 70
                )
            ]),
        district(
            "十一、", "zengcheng", "增城区",
            [
                item(
                    "1.", "推动集体经营性建设用地使用权入市",
                    lead: "zengcheng.gov", with: ["zengcheng.reform", "gz.ghzy", "gz.nync"], due: d(2022, 12, 31),
                    expected: "完成首宗集体经营性建设用地使用权入市交易。", form: "入市交易",
                    status: .inProgress, percent: 55
                ),
                item(
                    "2.", "推进农业社会化服务试点创新",
                    lead: "zengcheng.gov", with: ["zengcheng.reform", "gz.nync"], due: d(2022, 12, 31),
                    expected: "农业社会化服务覆盖面扩大。", form: "试点方案",
                    remarks: "试点方案正在征求市农业农村局意见。",
                    status: .notStarted
                )
            ])
    ]
}
