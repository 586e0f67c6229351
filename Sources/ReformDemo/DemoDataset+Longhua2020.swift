import ReformCore

// 《龙华区委全面深化改革委员会2020年工作要点》：7大领域36项改革任务（种子文档002）。

extension DemoDataset {
    static let longhua2020 = DemoPlan(
        key: "longhua-2020",
        jurisdictionKey: "longhua",
        title: "龙华区委全面深化改革委员会2020年工作要点",
        docNumber: "深龙华改发〔2020〕1号",
        issuer: "中共深圳市龙华区委全面深化改革委员会",
        issueDate: d(2020, 5, 8),
        periodStart: d(2020, 1, 1),
        periodEnd: d(2020, 12, 31),
        levelNames: ["领域", "任务", "举措", "节点"],
        rule: .mean,
        source: "来源：种子文档002，《中国改革报》2020年5月14日第04版《抢抓“双区驱动”机遇　争当先行示范尖兵》。"
            + "真实内容：7大领域36项改革任务的名称与顺序，各领域导语，营商环境改革创新实验区、深化“放管服”改革、"
            + "突发重大公共卫生事件联防联控机制、构建先行示范区改革推进机制、综合授权改革试点、粤港澳区域合作等任务的表述"
            + "（举措取自这些段落的原句），以及改革文件报审、议事决策、联络员三个制度文件。"
            + "虚构（演示）：文号、印发日期（报道只说“近日印发”，此处取2020年5月8日）、牵头及参与单位分工、"
            + "责任领导/责任人/经办人、完成时限、节点、推进状态与完成百分比、延期记录、预期成效及其余拟出台文件名称。",
        items: longhua2020Fields
    )

    private static let lhReform = "lh.reform"

    private static let longhua2020Fields: [DemoItem] = [
        // 一、战役战略性改革（4项）
        item(
            "一、", "战役战略性改革",
            "加强区委全面深化改革委员会对改革工作的领导，统筹推进跨部门、跨区域的综合性改革，进一步理顺和完善全区全面深化改革运转机制。",
            lead: "lh.reform", with: ["lh.fgj"], due: d(2020, 12, 31),
            expected: "战役战略性改革多由区改革及发改部门牵头，强化改革的系统性、整体性、协同性。",
            children: [
                item(
                    "（一）", "实施综合授权改革试点",
                    "以深圳建设社会主义先行示范区为契机，主动对接国家改革整体部署，坚持系统集成、协同高效、综合试验、先行先试，"
                        + "瞄准制约龙华高质量发展的重大问题，全面梳理改革事权和改革推进中面临的堵点、难点、痛点，"
                        + "梳理综合授权改革试点重点领域和授权清单，策划推动创造型引领型的战役战略性改革，争取一批事关全局的改革权限在龙华率先落地。",
                    lead: "lh.reform", with: ["lh.fgj", "lh.sfj", "lh.bb", "lh.zsj"],
                    start: d(2020, 1, 1), due: d(2020, 12, 31),
                    expected: "形成上下联动综合授权改革试点工作机制，综合授权改革项目有序推进、取得实效。",
                    form: "综合授权改革试点重点领域和授权需求清单；工作机制文件",
                    policy: "《龙华区综合授权改革试点工作方案》",
                    status: .inProgress, percent: 75
                ),
                item(
                    "（二）", "推进建设营商环境改革创新实验区",
                    "坚持以市场主体期待和需求为导向，以企业办理业务全流程便利度为衡量标准，从程序、时间、成本、法治等方面营造稳定公平透明、可预期的营商环境。",
                    lead: "lh.fgj", with: ["lh.gxj", "lh.scjg", "lh.sfj", "lh.czj", "lh.court", "lh.jcy"],
                    start: d(2020, 1, 1), due: d(2020, 12, 31),
                    expected: "企业诉求实现闭环管理，审慎包容监管和信用监管制度基本建立，市场主体获得感明显增强。",
                    form: "实施方案、工作机制、典型案例",
                    policy: "《龙华区建设营商环境改革创新实验区实施方案》",
                    children: [
                        item(
                            "1.", "完善分级分类企业服务机制",
                            "完善分级分类企业服务机制，统一走访内容、统一政策口径、统一反馈汇总，实现企业诉求闭环管理。",
                            lead: "lh.gxj", with: ["lh.fgj", "lh.kcj"] + longhuaStreets, due: d(2020, 11, 30),
                            expected: "重点企业走访全覆盖，企业诉求办结率达到95%以上。",
                            form: "工作方案、企业诉求闭环管理系统",
                            policy: "《龙华区企业分级分类服务工作方案》",
                            children: [
                                item("（1）", "制定企业分级分类服务工作方案", lead: "lh.gxj", due: d(2020, 4, 30), status: .done),
                                item("（2）", "上线企业诉求闭环管理系统", lead: "lh.gxj", with: ["lh.zsj"], due: d(2020, 7, 31), status: .done),
                                item(
                                    "（3）", "开展企业服务成效评估并通报", lead: "lh.gxj", due: d(2020, 11, 30),
                                    status: .inProgress, percent: 60
                                )
                            ]
                        ),
                        item(
                            "2.", "实行更具弹性的审慎包容监管",
                            "实行更具弹性的审慎包容监管，探索对企业轻微过失行为容错机制，健全联合执法检查机制。",
                            lead: "lh.scjg", with: ["lh.sfj", "lh.cgj", "lh.yjj", "lh.sthj"], due: d(2020, 6, 30),
                            expected: "出台轻微违法行为不予处罚清单，联合执法检查减少对企业的重复检查。",
                            form: "清单、制度文件",
                            policy: "《龙华区市场轻微违法经营行为免处罚清单》",
                            status: .done,
                            amendments: [
                                postpone(
                                    to: d(2020, 9, 30), on: d(2020, 6, 15),
                                    reason: "受新冠肺炎疫情影响，企业现场调研和清单征求意见推迟，顺延至2020年9月30日。",
                                    by: "lh.scjg", approvedBy: lhReform
                                )
                            ]
                        ),
                        item(
                            "3.", "推进信用监管改革",
                            "推进信用监管改革，以信用为基础对市场主体实施分级分类监管。",
                            lead: "lh.scjg", with: ["lh.fgj", "lh.zsj"], due: d(2020, 12, 31),
                            expected: "建立以信用为基础的新型监管机制。", form: "制度文件",
                            status: .inProgress, percent: 65
                        ),
                        item(
                            "4.", "严格落实税费减免和贷款贴息政策",
                            "严格落实税费减免政策，加大贷款贴息力度，帮助受疫情影响企业纾困解难。",
                            lead: "lh.czj", with: ["lh.gxj", "lh.kcj"], due: d(2020, 12, 31),
                            expected: "惠企政策应享尽享、直达企业。", form: "政策兑现台账",
                            status: .done
                        ),
                        item(
                            "5.", "全面开展用电“中间层”专项治理",
                            "全面开展用电“中间层”专项治理，清理规范转供电环节不合理加价。",
                            lead: "lh.fgj", with: ["lh.scjg", "lh.gxj"] + longhuaStreets, due: d(2020, 9, 30),
                            expected: "转供电环节加价行为得到有效清理，降电价政策红利传导到终端用户。", form: "专项治理报告",
                            status: .done
                        ),
                        item(
                            "6.", "健全知识产权审判“三合一”机制",
                            "健全知识产权民事、行政和刑事案件审判“三合一”机制。",
                            lead: "lh.court", with: ["lh.jcy", "lh.scjg"], due: d(2020, 12, 31),
                            expected: "知识产权案件审判质效提升。", form: "工作机制",
                            status: .inProgress, percent: 70
                        ),
                        item(
                            "7.", "推广在产业园区建立知识产权检察室",
                            "推广在产业园区建立知识产权检察室，就近为园区企业提供知识产权司法保护服务。",
                            lead: "lh.jcy", with: ["lh.court", "lh.scjg", "lh.gxj"], due: d(2020, 12, 31),
                            expected: "在重点产业园区新设知识产权检察室2个以上。", form: "工作站点",
                            status: .inProgress, percent: 50
                        )
                    ]
                ),
                item(
                    "（三）", "深化粤港澳区域合作体制机制创新",
                    "推动深圳北站打造深港合作创新示范区，强化北部片区与临深区域交流合作。加快产业创新合作，建设大湾区国际产业园、"
                        + "国际科技成果转移转化区、服务贸易集聚区域等。加强人才交流，促进港澳居民在龙华就业创业，加快推动深圳北站“国际人才会客厅”、"
                        + "粤港澳大湾区深圳北人才驿站建设，打造深港澳青年创新创业基地，推动国际化街区建设。",
                    lead: "lh.fgj", with: ["lh.kcj", "lh.gxj", "lh.rlzy", "lh.jyj", "lh.wjj", "lh.wgly"],
                    start: d(2020, 1, 1), due: d(2020, 12, 31),
                    expected: "深圳北站“国际人才会客厅”、粤港澳大湾区深圳北人才驿站建成运营，与港澳教育、医疗、文化交流合作取得新进展。",
                    form: "合作平台、合作协议",
                    policy: "《龙华区深化粤港澳区域合作行动方案》",
                    status: .inProgress, percent: 65
                ),
                item(
                    "（四）", "构建先行示范区改革推进机制",
                    "加强党对全面深化改革的领导，健全“一把手”抓改革责任落实机制，建立改革专项小组向区委深改委述职改革制度。"
                        + "创新改革统筹协调、推进落实新机制，增强改革办职能，归口收集、研究处置阻碍先行示范区建设的体制机制及政策问题。",
                    lead: "lh.reform", with: ["lh.zzb", "lh.qwb", "lh.zfb", "lh.bb"],
                    start: d(2020, 1, 1), due: d(2020, 12, 31),
                    expected: "形成“区委深改委—区委改革办—专项小组—改革联络员”四级改革联动协同推进架构，全区改革工作制度化、规范化、科学化。",
                    form: "制度文件",
                    policy: "《龙华区改革联络员工作制度》《龙华区改革文件报审制度》《龙华区改革议事决策制度》",
                    children: [
                        item(
                            "1.", "健全“一把手”抓改革责任落实机制",
                            "健全“一把手”抓改革责任落实机制，各牵头区领导发挥统筹抓总作用。",
                            lead: "lh.reform", with: ["lh.zzb"], due: d(2020, 6, 30),
                            status: .done
                        ),
                        item(
                            "2.", "建立改革专项小组向区委深改委述职改革制度",
                            "建立改革专项小组向区委深改委述职改革制度，每年年底前各专项小组向区委深改委述职。",
                            lead: "lh.reform", due: d(2020, 12, 31),
                            form: "述职制度、述职报告",
                            status: .inProgress, percent: 80
                        ),
                        item(
                            "3.", "增强改革办职能，归口收集处置体制机制及政策问题",
                            "增强改革办职能，归口收集、研究处置阻碍先行示范区建设的体制机制及政策问题。",
                            lead: "lh.reform", with: ["lh.fgj", "lh.sfj"], due: d(2020, 12, 31),
                            form: "问题清单、处置台账",
                            status: .inProgress, percent: 70
                        ),
                        item(
                            "4.", "常态化向全社会悬赏征集改革“金点子”",
                            "常态化向全社会悬赏征集改革“金点子”，对采纳的建议予以奖励并转化为改革举措。",
                            lead: "lh.reform", with: ["lh.xcb", "lh.zsj"], due: d(2020, 12, 15),
                            expected: "征集改革“金点子”100条以上，采纳转化10条以上。",
                            form: "征集公告、评审结果、采纳清单",
                            children: [
                                item("（1）", "发布改革“金点子”征集公告", lead: "lh.reform", with: ["lh.xcb"], due: d(2020, 6, 30), status: .done),
                                item("（2）", "组织专家评审并公示入选名单", lead: "lh.reform", due: d(2020, 10, 31), status: .done),
                                item(
                                    "（3）", "对采纳的“金点子”予以奖励并转化落实", lead: "lh.reform", due: d(2020, 12, 15),
                                    status: .inProgress, percent: 40
                                )
                            ]
                        ),
                        item(
                            "5.", "优化调整改革专项小组设置，实现实体化运作",
                            "优化调整改革专项小组设置，实现实体化运作。",
                            lead: "lh.reform", with: ["lh.bb"], due: d(2020, 9, 30),
                            status: .done
                        ),
                        item(
                            "6.", "配足配强改革机构力量，探索高效协同推进改革机制",
                            "配足配强改革机构力量，探索高效协同推进改革机制。",
                            lead: "lh.bb", with: ["lh.reform", "lh.zzb"], due: d(2020, 12, 31),
                            status: .inProgress, percent: 50
                        ),
                        item(
                            "7.", "制定改革文件报审、议事决策及联络员制度",
                            "在全市率先制定出台区级层面关于改革文件报审、议事决策及联络员等三个制度文件，明确改革工作程序和权限。",
                            lead: "lh.reform", due: d(2020, 6, 30),
                            expected: "改革议事决策的战略性、系统性、实践性得到制度保障。",
                            form: "制度文件",
                            policy: "《龙华区改革联络员工作制度》《龙华区改革文件报审制度》《龙华区改革议事决策制度》",
                            status: .done
                        )
                    ]
                )
            ]
        ),

        // 二、经济领域改革（11项）
        item(
            "二、", "经济领域改革",
            "坚持以供给侧结构性改革为主线，践行高质量发展要求，深入实施创新驱动发展战略，推进以科技创新为核心的全面创新，构建现代产业体系，巩固加强制造业基础地位。",
            lead: "lh.fgj", due: d(2020, 12, 31),
            children: [
                item(
                    "（一）", "加快构建更高水平开放型经济新体系",
                    "稳外贸稳外资，鼓励企业和园区“走出去”“引进来”，深入参与“一带一路”建设。",
                    lead: "lh.gxj", with: ["lh.fgj", "lh.kcj"], due: d(2020, 12, 31),
                    expected: "外贸外资基本盘保持稳定。", form: "工作方案",
                    status: .inProgress, percent: 60
                ),
                item(
                    "（二）", "深化科技创新改革",
                    "完善科技创新政策体系，探索科技项目管理和科研经费使用改革，推动科技成果转移转化。",
                    lead: "lh.kcj", with: ["lh.gxj", "lh.czj", "lh.rlzy"], due: d(2020, 12, 31),
                    expected: "科技创新政策体系进一步完善，科研经费使用更加便利。",
                    form: "政策文件", policy: "《龙华区科技创新专项资金管理办法（修订）》",
                    status: .partlyDone, percent: 70
                ),
                item(
                    "（三）", "深化重点片区规划建设管理机制改革",
                    "理顺重点片区规划、建设、管理、运营机制，推动重点片区统筹开发。",
                    lead: "lh.fgj", with: ["lh.ghzy", "lh.zjj", "lh.gxzb"], due: d(2020, 12, 31),
                    expected: "重点片区开发建设管理机制基本理顺。", form: "管理办法",
                    status: .inProgress, percent: 50
                ),
                item(
                    "（四）", "推进政府投资项目审批和监管制度改革",
                    "优化政府投资项目审批流程，压缩审批时限，加强全过程监管。",
                    lead: "lh.fgj", with: ["lh.gws", "lh.czj", "lh.zjj"], due: d(2020, 9, 30),
                    expected: "政府投资项目审批时限压缩三分之一以上。", form: "管理办法",
                    policy: "《龙华区政府投资项目管理办法》",
                    status: .done
                ),
                item(
                    "（五）", "深化建设工程招投标管理制度改革",
                    "推行评定分离，强化招标人主体责任，规范建设工程招投标行为。",
                    lead: "lh.zjj", with: ["lh.gws", "lh.jw"], due: d(2020, 12, 31),
                    expected: "招投标活动更加公开透明。", form: "制度文件",
                    status: .inProgress, percent: 55
                ),
                item(
                    "（六）", "深化政府采购制度改革",
                    "完善政府采购内控管理，推进政府采购电子化，提高采购效率。",
                    lead: "lh.czj", with: ["lh.zsj"], due: d(2020, 12, 31),
                    expected: "政府采购流程全程电子化。", form: "制度文件",
                    status: .inProgress, percent: 80
                ),
                item(
                    "（七）", "深化产业空间集约开发利用模式改革",
                    "探索产业用房统筹建设和分配管理新模式，提升产业空间集约利用水平。",
                    lead: "lh.gxj", with: ["lh.gxzb", "lh.ghzy"], due: d(2020, 12, 31),
                    expected: "产业空间供给结构优化，租金保持合理水平。", form: "管理办法",
                    policy: "《龙华区创新型产业用房管理办法》",
                    status: .inProgress, percent: 45
                ),
                item(
                    "（八）", "探索城市更新工业用地集约节约利用及有效管理机制",
                    "探索城市更新项目中工业用地集约节约利用路径，健全工业区块线管理机制。",
                    lead: "lh.gxzb", with: ["lh.ghzy", "lh.gxj"], due: d(2020, 12, 31),
                    expected: "工业用地保有量守住底线，产业用地容积率有效提升。", form: "工作指引",
                    status: .inProgress, percent: 40
                ),
                item(
                    "（九）", "实施国资国企综合改革试验",
                    "推进区属国企分类改革和混合所有制改革试点，完善国资监管体制。",
                    lead: "lh.gzj", with: ["lh.czj", "lh.fgj"], due: d(2020, 6, 30),
                    expected: "区属国企功能定位进一步明晰，国资监管效能提升。", form: "实施方案",
                    policy: "《龙华区国资国企综合改革试验实施方案》",
                    status: .inProgress, percent: 70,
                    amendments: [
                        postpone(
                            to: d(2020, 9, 30), on: d(2020, 6, 20),
                            reason: "受新冠肺炎疫情影响，国企资产清查审计进场推迟，顺延至2020年9月30日。",
                            by: "lh.gzj", approvedBy: lhReform
                        ),
                        postpone(
                            to: d(2020, 12, 31), on: d(2020, 9, 22),
                            reason: "实施方案需与市国资委综合改革试验方案衔接，待市级方案印发后报审，顺延至2020年12月31日。",
                            by: "lh.gzj", approvedBy: lhReform
                        )
                    ]
                ),
                item(
                    "（十）", "创新统计机制改革",
                    "建立统计数据质量管控和部门统计数据共享机制，提高统计服务决策水平。",
                    lead: "lh.tjj", with: ["lh.zsj"], due: d(2020, 9, 30),
                    expected: "统计数据质量和时效明显提升。", form: "工作机制",
                    status: .done
                ),
                item(
                    "（十一）", "探索夜间经济发展模式",
                    "打造夜间经济集聚区，完善夜间经济管理服务机制。",
                    lead: "lh.gxj", with: ["lh.wgly", "lh.cgj", "lh.gaj"], due: d(2020, 12, 31),
                    expected: "培育1至2个夜间经济示范街区。", form: "工作方案",
                    remarks: "受疫情防控要求影响，夜间经济集聚区试点活动暂缓举办。经区委深改委同意，本任务中止，相关内容调整纳入2021年工作要点。",
                    status: .suspended, percent: 20
                )
            ]
        ),

        // 三、民主法治领域改革（5项）
        item(
            "三、", "民主法治领域改革",
            "以加强党的全面领导为统领，以坚持和完善中国特色社会主义制度、推进国家治理体系和治理能力现代化为导向，打造高效率、高质量的政府服务新格局。",
            lead: "lh.sfj", due: d(2020, 12, 31),
            children: [
                item(
                    "（一）", "深化“数字政府”改革",
                    "推进政务数据共享开放，建设区级城市运行管理平台，提升“数字政府”服务能力。",
                    lead: "lh.zsj", with: ["lh.zfb", "lh.gxj"], due: d(2020, 12, 31),
                    expected: "部门政务数据按需共享，“数字政府”服务能力明显提升。", form: "平台系统",
                    status: .inProgress, percent: 70
                ),
                item(
                    "（二）", "深化“放管服”改革",
                    "推进权力清单、责任清单、负面清单制度，持续开展“减证便民”行动。深化行政审批制度改革，深入推进主题办、“一件事一次办”改革，"
                        + "推动简易事项实现即来即办，提升审批服务效能。",
                    lead: "lh.zsj", with: ["lh.bb", "lh.sfj", "lh.scjg", "lh.fgj"], due: d(2020, 12, 31),
                    expected: "大幅压缩企业全生命周期审批事项办理时限，政务服务便利度明显提升。",
                    form: "清单、制度文件",
                    policy: "《龙华区政务服务“六零行动”实施方案》",
                    children: [
                        item(
                            "1.", "推进权力清单、责任清单、负面清单制度",
                            lead: "lh.bb", with: ["lh.sfj", "lh.zsj"], due: d(2020, 9, 30),
                            form: "权责清单", status: .done
                        ),
                        item(
                            "2.", "持续开展“减证便民”行动",
                            lead: "lh.sfj", with: ["lh.zsj"], due: d(2020, 12, 31),
                            form: "证明事项取消清单", status: .inProgress, percent: 85
                        ),
                        item(
                            "3.", "深入推进主题办、“一件事一次办”改革",
                            "深化行政审批制度改革，深入推进主题办、“一件事一次办”改革，推动简易事项实现即来即办，提升审批服务效能。",
                            lead: "lh.zsj", due: d(2020, 12, 31),
                            expected: "推出“一件事一次办”主题服务50项以上。",
                            status: .inProgress, percent: 75
                        ),
                        item(
                            "4.", "深入推进商事登记制度改革，加大知识产权培育与保护",
                            lead: "lh.scjg", due: d(2020, 12, 31),
                            status: .inProgress, percent: 60
                        ),
                        item(
                            "5.", "加强事中事后监管清单管理，协同推进“互联网+监管”系统建设",
                            lead: "lh.scjg", with: ["lh.zsj"], due: d(2020, 12, 31),
                            status: .inProgress, percent: 55
                        ),
                        item(
                            "6.", "加快完善社会信用体系建设，强化信用信息归集开放共享",
                            lead: "lh.fgj", with: ["lh.zsj", "lh.scjg"], due: d(2020, 12, 31),
                            status: .inProgress, percent: 60
                        ),
                        item(
                            "7.", "率先开展政务服务“六零行动”",
                            "率先开展政务服务“六零行动”，实施告知承诺和容缺后补审批模式，大幅压缩企业全生命周期审批事项办理时限。",
                            lead: "lh.zsj", due: d(2020, 9, 30),
                            form: "实施方案", policy: "《龙华区政务服务“六零行动”实施方案》",
                            status: .done
                        )
                    ]
                ),
                item(
                    "（三）", "建立完善代表履职积分量化评估系统",
                    "建立人大代表履职积分量化评估系统，推动代表履职情况可量化、可评价、可公开。",
                    lead: "lh.rd", due: d(2020, 9, 30),
                    expected: "代表履职积分系统上线运行。", form: "评估系统",
                    status: .done
                ),
                item(
                    "（四）", "实施政协委员履职管理改革",
                    "建立政协委员履职档案和考核评价机制，提升委员履职质效。",
                    lead: "lh.zx", due: d(2020, 12, 31),
                    expected: "委员履职档案全覆盖。", form: "管理办法",
                    policy: "《政协龙华区委员会委员履职管理办法》",
                    status: .partlyDone, percent: 80
                ),
                item(
                    "（五）", "深化法治社会建设改革",
                    "完善公共法律服务体系，推进多元化纠纷解决机制建设。",
                    lead: "lh.sfj", with: ["lh.zfw", "lh.court"] + longhuaStreets, due: d(2020, 12, 31),
                    expected: "公共法律服务实现街道、社区全覆盖。", form: "工作机制",
                    status: .inProgress, percent: 60
                )
            ]
        ),

        // 四、文化领域改革（2项）
        item(
            "四、", "文化领域改革",
            "围绕举旗帜、聚民心、育新人、兴文化、展形象的使命任务，进一步完善文化管理体制，激发文化创造活力，加快打造把社会效益放在首位、社会效益和经济效益相统一的体制机制。",
            lead: "lh.xcb", due: d(2020, 12, 31),
            children: [
                item(
                    "（一）", "推进新时代城市文明实践改革",
                    "建设新时代文明实践中心、所、站，探索城市文明实践新路径。",
                    lead: "lh.xcb", with: ["lh.wgly"] + longhuaStreets, due: d(2020, 12, 31),
                    expected: "新时代文明实践阵地实现街道全覆盖。", form: "实践阵地、工作机制",
                    status: .inProgress, percent: 65
                ),
                item(
                    "（二）", "推进文体设施建设运营管理模式改革",
                    "探索公共文体设施社会化运营模式，提高设施使用效率。",
                    lead: "lh.wgly", with: ["lh.czj"], due: d(2020, 12, 31),
                    expected: "新建文体设施实行社会化运营。", form: "管理办法",
                    status: .partlyDone, percent: 70
                )
            ]
        ),

        // 五、社会领域改革（6项）
        item(
            "五、", "社会领域改革",
            "坚持以人民为中心的发展思想，围绕幼有善育、学有优教、劳有厚得、病有良医、老有颐养、住有宜居、弱有众扶的目标，探索高密度城区发展民生新路径。",
            lead: "lh.mzj", due: d(2020, 12, 31),
            children: [
                item(
                    "（一）", "加快推进共建共治共享基层治理模式改革",
                    "完善党建引领、多方参与的基层治理体系，推动治理重心下移。",
                    lead: "lh.zfw", with: ["lh.mzj", "lh.zzb"] + longhuaStreets, due: d(2020, 12, 31),
                    expected: "共建共治共享的基层治理格局基本形成。", form: "工作方案",
                    status: .inProgress, percent: 60
                ),
                item(
                    "（二）", "打造社会工作专业人才体系改革",
                    "完善社会工作专业人才培养、评价、激励机制。",
                    lead: "lh.mzj", with: ["lh.rlzy"], due: d(2020, 9, 30),
                    expected: "社会工作专业人才队伍规模和质量明显提升。", form: "政策文件",
                    status: .done
                ),
                item(
                    "（三）", "探索新能源汽车充电设施安全监管制度改革",
                    "明确新能源汽车充电设施安全监管职责，建立全过程安全监管制度。",
                    lead: "lh.yjj", with: ["lh.fgj", "lh.zjj", "lh.scjg"], due: d(2020, 12, 31),
                    expected: "充电设施安全监管责任清晰、闭环管理。", form: "监管制度",
                    remarks: "待市级充电设施安全管理办法出台后同步启动。",
                    status: .notStarted
                ),
                item(
                    "（四）", "深化医疗卫生体系改革",
                    "推进区域医疗中心和社区健康服务机构一体化建设，完善分级诊疗制度。",
                    lead: "lh.wjj", with: ["lh.czj"], due: d(2020, 12, 31),
                    expected: "分级诊疗格局进一步完善。", form: "工作方案",
                    status: .inProgress, percent: 55
                ),
                item(
                    "（五）", "构建和完善突发重大公共卫生事件联防联控机制",
                    "总结新冠肺炎疫情防控实践经验，健全“全区‘一盘棋’，各部门、各街道协调联动，"
                        + "各级各类医疗机构、公共卫生机构协同配合”的突发重大公共卫生事件联防联控机制。",
                    lead: "lh.wjj", with: ["lh.gaj", "lh.jtj", "lh.yjj", "lh.zsj", "lh.czj", "lh.cdc"] + longhuaStreets,
                    start: d(2020, 2, 1), due: d(2020, 12, 31),
                    expected: "卫生应急处置能力切实增强，实验室综合检测能力明显提升。",
                    form: "工作机制、应急预案",
                    policy: "《龙华区突发重大公共卫生事件联防联控工作机制》",
                    children: [
                        item(
                            "1.", "健全“全区一盘棋”联防联控机制",
                            "健全“全区‘一盘棋’，各部门、各街道协调联动，各级各类医疗机构、公共卫生机构协同配合”的突发重大公共卫生事件联防联控机制。",
                            lead: "lh.wjj", with: longhuaStreets, due: d(2020, 6, 30),
                            status: .done
                        ),
                        item(
                            "2.", "健全重大疫情应急响应机制",
                            "整合卫生健康、公安、交通、街道、应急管理、通信管理、政务服务数据管理等部门信息资源，运用大数据、人工智能、云计算等数字技术，"
                                + "在疫情监测分析、病毒溯源、防控救治、资源调配等方面发挥支撑作用。",
                            lead: "lh.wjj", with: ["lh.gaj", "lh.jtj", "lh.yjj", "lh.zsj"], due: d(2020, 9, 30),
                            status: .done
                        ),
                        item(
                            "3.", "健全卫生应急物资保障机制",
                            "将卫生应急管理纳入财政预算优先安排领域，建立长效投入机制。",
                            lead: "lh.wjj", with: ["lh.czj"], due: d(2020, 12, 31),
                            status: .inProgress, percent: 70
                        ),
                        item(
                            "4.", "完善应急物资储备形式",
                            "将符合条件的生产经营企业纳入储备环节，科学调整储备的品类、规模、结构，统一原料采购、统一生产标准、统一质量检测。",
                            lead: "lh.yjj", with: ["lh.gxj", "lh.scjg", "lh.wjj"], due: d(2020, 12, 31),
                            status: .inProgress, percent: 50
                        ),
                        item(
                            "5.", "加强区疾控机构和区属医院实验室建设与管理",
                            "提升实验室综合检测能力；由区疾控机构牵头，整合辖区具备检测能力的医疗机构和第三方机构作为技术储备。",
                            lead: "lh.cdc", with: ["lh.wjj"], due: d(2020, 10, 31),
                            status: .done
                        ),
                        item(
                            "6.", "强化突发重大公共卫生事件应急演练",
                            "强化突发重大公共卫生事件应急演练，切实增强卫生应急处置能力。",
                            lead: "lh.wjj", with: ["lh.yjj"] + longhuaStreets, due: d(2020, 11, 30),
                            status: .inProgress, percent: 60
                        )
                    ]
                ),
                item(
                    "（六）", "深化基础教育资源提质增量改革",
                    "多渠道扩大优质学位供给，推进集团化办学。",
                    lead: "lh.jyj", with: ["lh.gws", "lh.czj", "lh.gxzb"], due: d(2020, 8, 31),
                    expected: "新增公办学位1万个以上。", form: "学位建设台账",
                    status: .inProgress, percent: 70,
                    amendments: [
                        postpone(
                            to: d(2020, 12, 31), on: d(2020, 8, 10),
                            reason: "受新冠肺炎疫情影响春季复工推迟，新改扩建学校工期顺延，完成时限调整至2020年12月31日。",
                            by: "lh.jyj", approvedBy: lhReform
                        )
                    ]
                )
            ]
        ),

        // 六、生态领域改革（4项）
        item(
            "六、", "生态领域改革",
            "坚持推动可持续发展，加快探索构建新型城市公园体系，创新流域统筹系统治水模式。",
            lead: "lh.sthj", due: d(2020, 12, 31),
            children: [
                item(
                    "（一）", "加快探索构建新型城市公园体系改革",
                    "构建自然公园、城市公园、社区公园三级公园体系，推动公园建设管理模式创新。",
                    lead: "lh.cgj", with: ["lh.ghzy"], due: d(2020, 12, 31),
                    expected: "公园建设管理模式实现创新。", form: "规划、管理办法",
                    status: .inProgress, percent: 50
                ),
                item(
                    "（二）", "创新流域统筹系统治水模式改革",
                    "以流域为单元统筹治水，推进全流域系统治理。",
                    lead: "lh.swj", with: ["lh.sthj"] + longhuaStreets, due: d(2020, 12, 31),
                    expected: "全区河流水质稳定达标。", form: "工作机制",
                    status: .partlyDone, percent: 75
                ),
                item(
                    "（三）", "构建国土空间提质增效机制",
                    "统筹土地整备和城市更新，提升国土空间利用效率。",
                    lead: "lh.gxzb", with: ["lh.ghzy"], due: d(2020, 12, 31),
                    form: "工作机制",
                    remarks: "待全市国土空间规划编制完成后同步推进。",
                    status: .notStarted
                ),
                item(
                    "（四）", "实行小废水企业“工况监控+协同处置”改革",
                    "对小废水企业实施工况在线监控，推行废水协同处置。",
                    lead: "lh.sthj", with: ["lh.swj"], due: d(2020, 9, 30),
                    expected: "小废水企业工况监控全覆盖。", form: "监控平台",
                    status: .done
                )
            ]
        ),

        // 七、党建领域改革（4项）
        item(
            "七、", "党建领域改革",
            "着力构建“不忘初心、牢记使命”制度长效落实机制，创新干部培养机制，深化党建引领基层治理。",
            lead: "lh.zzb", due: d(2020, 12, 31),
            children: [
                item(
                    "（一）", "构建“不忘初心、牢记使命”制度长效落实机制",
                    "巩固深化主题教育成果，建立长效落实机制。",
                    lead: "lh.zzb", with: ["lh.xcb"], due: d(2020, 6, 30),
                    form: "制度文件", status: .done
                ),
                item(
                    "（二）", "创新“三化三型”干部培养机制",
                    "探索干部培养专业化、实战化、系统化新机制。",
                    lead: "lh.zzb", due: d(2020, 12, 31),
                    expected: "干部专业化能力明显增强。", form: "培养机制",
                    status: .inProgress, percent: 60
                ),
                item(
                    "（三）", "深化党建引领基层“智”理模式改革",
                    "运用信息化手段提升党建引领基层治理水平。",
                    lead: "lh.zzb", with: ["lh.zsj", "lh.zfw"] + longhuaStreets, due: d(2020, 12, 31),
                    expected: "党建引领基层“智”理平台覆盖全区社区。", form: "平台系统",
                    status: .inProgress, percent: 50
                ),
                item(
                    "（四）", "健全纪检监察监督工作机制改革",
                    "完善纪检监察监督体系，推动监督贯通协调。",
                    lead: "lh.jw", due: d(2020, 12, 31),
                    form: "工作机制", status: .inProgress, percent: 70
                )
            ]
        )
    ]
}
