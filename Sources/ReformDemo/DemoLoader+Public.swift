import App
import Foundation
import ReformCore
import SQLKit

extension DemoLoader {
    /// Issue 14: Longhua's 2020 plan published (names down to the responsible leaders, one item held back, dated updates),
    /// Shenzhen's first authorization batch published, and Longhua's year-round golden-idea call (seed 002: 常态化向全社会
    /// 悬赏征集改革"金点子") with submissions in every state and two adopted ideas linked to the plan's tasks.
    func loadPublic() async throws {
        let sql = services.database.sql
        struct Row: Decodable {
            var id: Int
            var path: String
        }
        guard let longhua = try await sql.first(Row.self, "SELECT id, path FROM jurisdictions WHERE division_code = '440309'"),
            let planId = try await sql.scalar(
                Int.self, column: "id",
                "SELECT id FROM plans WHERE jurisdiction_id = \(bind: longhua.id) AND is_demo = \(bind: true) ORDER BY id LIMIT 1")
        else { return }
        let office = Principal(
            userId: 0, username: "demo-office", displayName: "龙华区委改革办（演示）", role: .office, jurisdictionId: longhua.id, jurisdictionPath: longhua.path)
        _ = try await services.publication.setSettings(planId: planId, .init(isPublished: true, namesLevel: "leader"), by: office)
        struct Item: Decodable {
            var id: Int
            var depth: Int
            var childCount: Int
        }
        let items = try await sql.all(
            Item.self, "SELECT id, depth, child_count FROM plan_items WHERE plan_id = \(bind: planId) ORDER BY sort_key")
        let leaves = items.filter { $0.childCount == 0 }
        if let held = leaves.last { try await services.publication.hold(itemId: held.id, reason: "涉及尚未公开的内部工作安排（演示）", by: office) }
        let today = services.clock.today
        let updates = [
            "已完成方案起草，正在征求相关单位意见（演示）。", "首批改革举措已落地实施，办事时间平均压缩一半（演示）。", "已召开专题推进会，协调解决难点问题3个（演示）。"
        ]
        for (i, leaf) in leaves.prefix(3).enumerated() {
            _ = try await services.publication.addUpdate(
                itemId: leaf.id, writtenOn: today.adding(days: -30 + i * 10).iso, body: updates[i], by: office)
        }
        if let sz = try await sql.first(Row.self, "SELECT id, path FROM jurisdictions WHERE division_code = '440300'"),
            let batch = try await sql.scalar(
                Int.self, column: "id", "SELECT id FROM authorization_batches WHERE jurisdiction_id = \(bind: sz.id) ORDER BY ordinal LIMIT 1")
        {
            let szOffice = Principal(
                userId: 0, username: "demo-office", displayName: "深圳市委改革办（演示）", role: .office, jurisdictionId: sz.id, jurisdictionPath: sz.path)
            try await services.publication.setBatchPublished(batch, true, by: szOffice)
        }
        try await loadIdeas(longhua: longhua.id, planId: planId, leaves: leaves.map(\.id), office: office)
    }

    private func loadIdeas(longhua: Int, planId: Int, leaves: [Int], office: Principal) async throws {
        let sql = services.database.sql
        let today = services.clock.today
        let call = try await services.ideas.createCall(
            .init(
                jurisdictionId: longhua, planId: planId, topic: "龙华区常态化向全社会悬赏征集改革“金点子”（演示）",
                rules: "面向全社会常年征集，个人或单位均可参与，可署名或匿名。金点子应针对龙华区改革发展中的堵点难点，提出具体可行的办法。经审核公开，专家评审，入围名单公示7天后评定奖项；被采纳的金点子将纳入改革任务推进。（演示）",
                contact: "区委改革办 0755-0000000（演示）", opensOn: today.adding(days: -120).iso, closesOn: today.adding(days: 245).iso, categories: "",
                rewardTiers: "一等奖|10000元|1\n二等奖|5000元|5\n三等奖|500元|50\n优秀奖|荣誉证书|不限", criteria: "创新性|30\n可行性|40\n预期效益|30",
                noticeDays: "7"),
            by: office, isDemo: true)
        let categories = call.categoryList
        func category(_ i: Int) -> String { categories.isEmpty ? "" : categories[i % categories.count] }
        let texts: [(String, String, String)] = [
            ("企业开办“一网通办”再提速", "将企业开办涉及的刻章、申领发票、社保登记并入一个入口，一次填报、一日办结。", "企业开办仍需多个系统分别填报，耗时长。"),
            ("社区“周末办”政务服务", "在人口密集的社区服务中心试行周末半天政务服务。", "上班族工作日难以请假办事。"),
            ("老旧小区加装电梯“一件事”", "把加装电梯涉及的规划、建设、特种设备登记合并为一件事办理。", "加装电梯审批环节多、周期长。"),
            ("工业园区共享实验室", "由园区统筹建设共享检测实验室，中小企业按次付费使用。", "中小企业自建实验室成本高。"),
            ("河长制巡河数据公开", "在河道旁设二维码公开巡河记录和水质数据。", "群众不了解河道治理进展。"),
            ("重复内容测试", "本条为演示用重复投稿。", "演示。"),
            ("停车泊位错时共享", "机关单位停车场夜间和周末向周边居民开放。", "老旧片区夜间停车难。"),
            ("“秒批”事项清单扩容", "梳理高频低风险事项纳入“秒批”清单。", "部分简单事项仍需人工审批。"),
            ("学校课后服务引入社会力量", "引入经评估的社会机构提供课后兴趣课程。", "课后服务内容单一。"),
            ("小微工程简易审批", "对投资额较小的小微工程实行告知承诺制。", "小微工程审批与大项目同标准。"),
            ("政策兑现“免申即享”", "利用数据共享主动识别符合条件的企业直接兑现奖补。", "企业不了解政策，申报材料繁琐。"),
            ("街道“吹哨报到”事项清单", "明确街道可以“吹哨”调度的部门事项清单。", "基层问题跨部门协调难。"),
            ("市民建议“随手拍”", "开放随手拍入口，市民拍照上报城市管理问题。", "问题发现依赖人工巡查。"),
            ("匿名测试：夜间经济街区", "划定夜间经济街区并简化临时占道经营审批。", "夜间消费场景不足。")
        ]
        var receipts: [Int] = []
        for (i, t) in texts.enumerated() {
            let named = i % 3 != 0
            let receipt = try await services.ideas.submit(
                callId: call.id,
                .init(
                    title: t.0, idea: t.1, problem: t.2, category: category(i), anonymous: !named,
                    name: named ? "市民\(["张", "李", "王", "陈"][i % 4])先生（演示）" : "",
                    contact: named ? "1380000\(String(format: "%04d", i))" : ""),
                files: [], clientAddress: "demo-\(i)")
            receipts.append(receipt.submissionId)
        }
        try await sql.raw("UPDATE idea_submissions SET is_demo = \(bind: true) WHERE call_id = \(bind: call.id)").run()
        // Reviewers: Longhua's office account and the read-only account, assigned to the call.
        for name in ["lh-office", "viewer"] { try await services.ideas.assignReviewer(callId: call.id, username: name, by: office) }
        struct User: Decodable {
            var id: Int
            var username: String
            var displayName: String
        }
        let reviewers = try await sql.all(User.self, "SELECT id, username, display_name FROM users WHERE username IN ('lh-office', 'viewer')").map {
            Principal(userId: $0.id, username: $0.username, displayName: $0.displayName, role: .viewer, jurisdictionId: longhua, jurisdictionPath: "")
        }
        let act = { (id: Int, input: IdeaService.ActInput) in _ = try await services.ideas.act(id, input, by: office) }
        func review(_ id: Int, _ base: Int) async throws {
            try await act(id, .init(action: "approve"))
            try await act(id, .init(action: "triage"))
            for (k, r) in reviewers.enumerated() {
                try await services.ideas.score(
                    id, scores: ["创新性": String(base + k * 3), "可行性": String(base - 5 + k), "预期效益": String(base + 2)], by: r)
            }
        }
        // 0–2 wait in the moderation queue (submitted); 3, 4 public awaiting review; 5 hidden; 6 merged into 12.
        try await act(receipts[3], .init(action: "approve", answer: "感谢您的建议，已转相关部门研究（演示）。"))
        try await act(receipts[4], .init(action: "approve"))
        try await act(receipts[5], .init(action: "hide", reason: "内容为测试，不予公开（演示）"))
        try await act(receipts[12], .init(action: "approve"))
        try await act(receipts[6], .init(action: "merge", reason: "与另一条建议内容相近，合并处理（演示）", target: receipts[12]))
        // 7, 8 under review with scores; 9 declined after review.
        try await review(receipts[7], 80)
        try await review(receipts[8], 72)
        try await review(receipts[9], 60)
        try await act(receipts[9], .init(action: "decline", answer: "该事项已纳入市级统一部署，暂不单独推进（演示）。"))
        // 10 shortlisted, notice running; 11 and 13 awarded after their notice ended; 11 and 0's neighbour 13 adopted.
        try await review(receipts[10], 85)
        try await act(receipts[10], .init(action: "shortlist", answer: "入围，现予公示（演示）。"))
        for id in [receipts[11], receipts[13], receipts[1]] {
            try await review(id, 90)
            try await act(id, .init(action: "shortlist"))
        }
        // Their notice ran in the past: the demo moves its end back (the office cannot award while it runs).
        try await sql.raw(
            "UPDATE idea_submissions SET notice_until = \(bind: today.adding(days: -3).iso) WHERE id IN (\(binds: [receipts[11], receipts[13], receipts[1]]))"
        ).run()
        let tiers = ["一等奖", "二等奖", "三等奖"]
        for (k, id) in [receipts[11], receipts[13], receipts[1]].enumerated() {
            try await act(id, .init(action: "award", answer: "经专家评审并公示，评为\(tiers[k])（演示）。", tier: tiers[k]))
        }
        if leaves.count >= 2 {
            try await act(
                receipts[11], .init(action: "adopt", planItemIds: [leaves[0]], adoption: "已纳入区改革任务，在全区推行（演示）。"))
            try await act(
                receipts[13], .init(action: "adopt", planItemIds: [leaves[1]], adoption: "已在两个街道试点（演示）。"))
        }
    }
}
