import ReformCore

// 《关于深入推进深圳综合改革试点深化改革创新扩大开放的意见》（种子文档004：2025年6月12日国新办发布会）。
// The only demo plan still running today: its dates are set relative to the day the demo is loaded,
// so the dashboard and wall chart always show green, yellow and red items side by side.

extension DemoDataset {
    static func shenzhenOpinions2025(today: LocalDate) -> DemoPlan {
        let rel = { (days: Int) in today.adding(days: days) }
        return DemoPlan(
            key: "shenzhen-opinions-2025",
            jurisdictionKey: "shenzhen",
            title: "关于深入推进深圳综合改革试点深化改革创新扩大开放的意见",
            docNumber: "",
            issuer: "中共中央办公厅　国务院办公厅",
            issueDate: d(2025, 6, 10),
            periodStart: rel(-160),
            periodEnd: rel(400),
            levelNames: ["重要举措", "改革任务", "节点"],
            rule: .mean,
            source: "来源：种子文档004（2025年6月12日国务院新闻办公室新闻发布会）。真实内容：意见名称、印发单位、“一个总体要求、四个方面重要举措、"
                + "一个保障措施”的结构及各方面举措的表述；国家发展改革委已分三批向全国复制推广深圳48条创新举措和典型经验；"
                + "广东省自2021年以来已调整117项省级行政职权由深圳实施，近期又梳理20项。示意（演示）：印发日期按发布会前数日拟定，"
                + "任务分解、牵头及配合单位、责任人、进度，以及相对于载入演示数据当天设定的开始日期和完成时限。",
            items: [
                item(
                    "一、", "统筹推进教育科技人才体制机制一体改革",
                    "强化产学研高效协同深度融合，在教育、科技、人才领域率先破除体制机制障碍。", lead: "sz.kcw",
                    children: [
                        item(
                            "（一）", "强化产学研高效协同深度融合", "支持企业、高校和科研机构共建高水平创新平台，完善科技成果转化机制。",
                            lead: "sz.kcw", with: ["sz.jyj", "sz.gxj"], start: rel(-150), due: rel(-20),
                            expected: "新建一批校企联合创新平台，科技成果转化机制文件出台。", policy: "《深圳市促进科技成果转化若干措施》",
                            status: .inProgress, percent: 70),
                        item(
                            "（二）", "深化教育综合改革，服务创新人才培养", "推进高等教育与产业需求对接，优化学科专业设置。",
                            lead: "sz.jyj", with: ["sz.rsj"], start: rel(-140), due: rel(2),
                            expected: "形成产教融合型专业设置动态调整机制。", status: .inProgress, percent: 85),
                        item(
                            "（三）", "建立具有国际竞争力的引才用才制度", "完善外籍人才引进和服务管理，优化人才评价机制。",
                            lead: "sz.rsj", with: ["sz.gaj", "sz.wb"], start: rel(-150), due: rel(-40),
                            expected: "人才评价改革方案印发实施。", policy: "《深圳市人才评价改革实施方案》", status: .done)
                    ]),
                item(
                    "二、", "推动实体经济高质量发展",
                    "完善金融服务实体经济的激励约束机制，创新支持新兴产业发展体制机制，深化数据要素市场化配置改革。", lead: "sz.fgw",
                    children: [
                        item(
                            "（一）", "完善金融服务实体经济的激励约束机制", lead: "sz.jrj", with: ["sz.czj"], start: rel(-120), due: rel(45),
                            expected: "制造业中长期贷款和科技型企业贷款稳步增长。", status: .inProgress, percent: 40),
                        item(
                            "（二）", "创新支持人工智能和低空经济等新兴产业发展的体制机制",
                            "建设国家新一代人工智能创新发展试验区和国家低空经济产业综合示范区，探索低空空域管理、人工智能辅助医疗器械等领域改革。",
                            lead: "sz.gxj", with: ["sz.kcw", "sz.jtj", "sz.wjw"], start: rel(-130), due: rel(120),
                            expected: "低空经济和人工智能应用场景持续拓展。", policy: "《深圳市低空经济产业促进条例》配套措施",
                            status: .inProgress, percent: 35,
                            children: [
                                item("（1）", "发布低空经济示范应用场景清单", lead: "sz.jtj", start: rel(-60), due: rel(-60), status: .done),
                                item("（2）", "人工智能辅助医疗器械审评审批改革试点启动", lead: "sz.wjw", start: rel(1), due: rel(1)),
                                item("（3）", "低空空域分类管理改革方案报批", lead: "sz.jtj", start: rel(30), due: rel(30))
                            ]),
                        item(
                            "（三）", "深化数据要素市场化配置改革", "完善数据产权、流通交易、收益分配和安全治理制度。",
                            lead: "sz.zsj", with: ["sz.fgw", "sz.sfj"], start: rel(-150), due: rel(-5),
                            expected: "数据交易规则体系进一步完善。",
                            status: .inProgress, percent: 55,
                            amendments: [
                                postpone(
                                    to: rel(25), on: rel(-10), reason: "需与国家数据基础制度衔接，经市委改革办同意顺延。",
                                    by: "sz.zsj", approvedBy: "sz.reform")
                            ])
                    ]),
                item(
                    "三、", "建设更高水平开放型经济新体制", lead: "sz.swj",
                    children: [
                        item("（一）", "推动货物贸易优化升级", lead: "sz.swj", start: rel(-100), due: rel(90), status: .inProgress, percent: 30),
                        item("（二）", "创新提升服务贸易", lead: "sz.swj", with: ["sz.qianhai"], start: rel(-100), due: rel(180), status: .notStarted),
                        item(
                            "（三）", "完善便利人员往来的配套机制", lead: "sz.gaj", with: ["sz.wb"], start: rel(-120), due: rel(-2),
                            status: .partlyDone, percent: 60)
                    ]),
                item(
                    "四、", "完善科学化精细化法治化治理模式", lead: "sz.reform",
                    children: [
                        item(
                            "（一）", "提高民生保障服务水平", lead: "sz.mzj", with: ["sz.wjw", "sz.ybj"], start: rel(-90), due: rel(3),
                            status: .inProgress, percent: 75),
                        item("（二）", "完善土地等自然资源管理机制", lead: "sz.ghzy", start: rel(-90), due: rel(200), status: .inProgress, percent: 20),
                        item("（三）", "深化司法改革和交流合作", lead: "sz.court", with: ["sz.sfj"], start: rel(-90), due: rel(-30), status: .done)
                    ]),
                item(
                    "五、", "保障措施", "坚持和加强党的领导，严格落实改革举措，加强试点经验复制推广。", lead: "sz.reform",
                    children: [
                        item(
                            "（一）", "承接第二批20项省级行政职权调整", "做好承接、人员和系统准备，按时完成交接。",
                            lead: "sz.sfj", with: ["sz.zsj"], start: rel(-30), due: rel(30), status: .inProgress, percent: 50),
                        item(
                            "（二）", "总结报送可复制推广的创新举措和典型经验", lead: "sz.reform", with: ["sz.fgw"],
                            start: rel(-60), due: rel(60), status: .inProgress, percent: 25)
                    ])
            ]
        )
    }

    /// A day relative to the day the demo is built.
}
