import App
import Foundation
import ReformCore
import SQLKit

extension DemoLoader {
    /// Seed 004 and DOMAIN.md: the NDRC published 48 of Shenzhen's innovative measures and experiences for replication in
    /// three batches. The count and the batches are real; the titles follow the kinds of measure the batches held and are
    /// the demo's (marked 演示), as are the dates and the adoptions across the demo's jurisdictions. Experiences 1–3 came
    /// from the demo's evaluation round.
    func loadReplication() async throws {
        let sql = services.database.sql
        guard let sz = try await sql.scalar(Int.self, column: "id", "SELECT id FROM jurisdictions WHERE division_code = '440300'") else { return }
        let admin = Principal(
            userId: 0, username: "demo-admin", displayName: "国家发展改革委（演示）", role: .admin, jurisdictionId: sz,
            jurisdictionPath: Principal.nationwidePath)
        let longhua = try await sql.scalar(Int.self, column: "id", "SELECT id FROM jurisdictions WHERE division_code = '440309'")
        let adopters = try await sql.all(
            IdRow.self,
            """
            SELECT id FROM jurisdictions WHERE division_code IN ('440000', '440100', '440103', '440104', '440105', '440106', '440111', '440112',
              '440113', '440114', '440115', '440117', '440118', '330000')
            ORDER BY division_code
            """
        ).map(\.id)
        let bestResults = try await sql.all(
            IdRow.self,
            """
            SELECT s.id FROM evaluation_subjects s JOIN evaluation_rounds r ON r.id = s.round_id WHERE r.is_demo = \(bind: true) ORDER BY s.id LIMIT 3
            """
        ).map(\.id)
        var index = 0
        for (batch, publishedOn, titles) in Self.replicationBatches {
            for (n, title) in titles.enumerated() {
                index += 1
                let origin = index % 9 == 0 ? (longhua ?? sz) : sz
                let e = try await services.replication.createExperience(
                    .init(
                        batch: String(batch), number: String(n + 1), title: title + "（演示）",
                        summary: "深圳在\(title)方面先行先试，形成了制度化的做法，经评估后由国家发展改革委发文推广借鉴（演示数据）。", jurisdictionId: origin,
                        publisher: "国家发展改革委", publishedOn: publishedOn,
                        evaluationSubjectIds: index <= bestResults.count ? [bestResults[index - 1]] : []),
                    by: admin, isDemo: true)
                // Between none and six adopters each, months after publication.
                let count = (index * 5) % 7
                for k in 0..<count {
                    let adopter = adopters[(index * 3 + k * 5) % adopters.count]
                    let day = LocalDate(iso: publishedOn)!.adding(days: 30 + k * 45 + index * 3)
                    _ = try await services.replication.recordAdoption(
                        e.id,
                        .init(
                            jurisdictionId: adopter, adoptedOn: min(day, services.clock.today).iso,
                            method: k % 2 == 0 ? "印发实施方案，结合本地实际复制推广（演示）" : "选取试点区域先行试点（演示）",
                            result: k % 3 == 0 ? "已形成本地配套制度（演示）" : ""),
                        by: admin)
                }
            }
        }
    }

    /// The three batches: when they were published and their experiences (18 + 16 + 14 = 48).
    static let replicationBatches: [(Int, String, [String])] = [
        (
            1, "2022-01-26",
            [
                "商事主体登记确认制改革", "个人破产制度试点", "二三产业混合用地供应", "建设用地使用权立体分层设权", "数据要素交易平台建设",
                "技术交易市场与科技成果转化收益分配", "境外专业人才执业便利", "知识产权证券化", "公共资源交易平台整合共享", "证照分离改革全覆盖",
                "公平竞争审查实施机制", "国际商事仲裁规则创新", "企业简易注销", "建设工程项目审批流程再造", "科研经费使用自主权",
                "新型研发机构同等政策", "外籍高端人才出入境便利", "药品医疗器械审评审批改革"
            ]
        ),
        (
            2, "2022-09-15",
            [
                "科技伦理审查机制", "职务科技成果所有权改革", "外商投资准入负面清单落实机制", "国际船舶登记制度创新", "跨境资金流动便利化",
                "保税燃料油加注业务", "港澳专业人士执业便利", "国际数据传输通道建设", "境外医师执业管理", "港澳药品医疗器械使用",
                "高等教育办学自主权", "养老服务体系创新", "社会保险关系跨区域转移接续", "环境影响评价审批改革", "海洋生态保护修复体制",
                "城市更新制度改革"
            ]
        ),
        (
            3, "2023-06-20",
            [
                "国土空间规划审批自主权", "政务服务“秒批”改革", "“一网通办”数据共享", "信用修复机制", "包容审慎监管", "营商环境评价体系",
                "行政执法“三项制度”", "基层治理网格化", "生态环境损害赔偿制度", "碳排放权交易试点", "绿色金融地方立法", "产业用地“带方案”出让",
                "人才住房筹集建设", "学位供给多元化"
            ]
        )
    ]
}
