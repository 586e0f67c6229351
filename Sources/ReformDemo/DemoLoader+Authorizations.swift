import App
import Foundation
import ReformCore
import SQLKit

extension DemoLoader {
    /// Seed 000 and DOMAIN.md: Shenzhen's first batch of 40 authorized items (首批授权事项清单, October 2020) in its six
    /// areas, of which 22 had formally landed by October 2021 and 18 were progressing. The areas, the numbers and the shape
    /// of the history are real; the items' wording is the demo's (marked 演示), and each item's history runs from the
    /// batch's issue through progress to landing on generated days.
    func loadAuthorizations() async throws {
        let sql = services.database.sql
        guard let sz = try await sql.scalar(Int.self, column: "id", "SELECT id FROM jurisdictions WHERE division_code = '440300'"),
            let path = try await sql.scalar(String.self, column: "path", "SELECT path FROM jurisdictions WHERE id = \(bind: sz)")
        else { return }
        let office = Principal(
            userId: 0, username: "demo-office", displayName: "深圳市委改革办（演示）", role: .office, jurisdictionId: sz, jurisdictionPath: path)
        let batch = try await services.authorizations.createBatch(
            .init(
                jurisdictionId: sz, ordinal: "1", title: "深圳建设中国特色社会主义先行示范区综合改革试点首批授权事项清单",
                issuer: "国家发展改革委", docNumber: "发改体改〔2020〕1612号", issuedOn: "2020-10-11"),
            by: office, isDemo: true)
        // Plan items of Shenzhen's pilot plan that carry the first items out (the demo links three).
        let planItems = try await sql.all(
            AuthorizationPlanItemRow.self, "SELECT id FROM plan_items WHERE jurisdiction_path = \(bind: path) ORDER BY plan_id, sort_key, id LIMIT 3")
        var number = 0
        for (area, body, items) in Self.firstBatch {
            for (content, needsLaw) in items {
                number += 1
                let landed = Self.landedNumbers.contains(number)
                let item = try await services.authorizations.createItem(
                    batchId: batch.id,
                    .init(
                        jurisdictionId: sz, number: String(number), area: area, content: content + "（演示）", grantingBody: body,
                        legalBasis: "《深圳建设中国特色社会主义先行示范区综合改革试点实施方案（2020—2025年）》",
                        needsLawChange: needsLaw, lawChange: needsLaw ? "需按程序提请全国人大常委会或国务院调整适用有关法律、行政法规（演示）" : "",
                        approvalMode: number % 7 == 0 ? ApprovalMode.approval.rawValue : ApprovalMode.filing.rawValue, remarks: "演示数据",
                        planItemIds: number <= planItems.count ? [planItems[number - 1].id] : [], landingStatus: LandingStatus.notLanded.rawValue,
                        statusOn: "2020-10-11"),
                    by: office, isDemo: true)
                // Progress between November 2020 and March 2021; landing by October 2021 for the 22, further progress for the rest.
                var version = item.version
                let progressOn = LocalDate(iso: "2020-11-02")!.adding(days: number * 3)
                version = try await services.authorizations.recordStatus(
                    item.id, status: LandingStatus.progressing.rawValue, effectiveOn: progressOn.iso, note: "已制定实施方案（演示）",
                    baseVersion: version, by: office
                ).version
                if landed {
                    let landedOn = LocalDate(iso: "2021-01-15")!.adding(days: number * 7)
                    _ = try await services.authorizations.recordStatus(
                        item.id, status: LandingStatus.landed.rawValue, effectiveOn: landedOn.iso, note: "配套政策已出台实施（演示）", baseVersion: version,
                        by: office)
                } else if number % 3 != 0 {
                    let next: LandingStatus = number % 3 == 1 ? .substantialProgress : .effective
                    _ = try await services.authorizations.recordStatus(
                        item.id, status: next.rawValue, effectiveOn: LocalDate(iso: "2021-06-30")!.adding(days: number).iso,
                        note: "取得阶段性成果（演示）", baseVersion: version, by: office)
                }
            }
        }
    }

    struct AuthorizationPlanItemRow: Decodable {
        var id: Int
    }

    /// The 22 items formally landed by October 2021 (which ones is the demo's choice: 3 to 5 in each area).
    static let landedNumbers: Set<Int> = [1, 2, 3, 5, 6, 8, 11, 12, 13, 15, 16, 19, 20, 22, 23, 25, 27, 29, 31, 32, 35, 37]

    /// The six areas with their items (wording after the kinds of authority the batch granted) and whether laws must change.
    static let firstBatch: [(String, String, [(String, Bool)])] = [
        (
            "要素市场化配置", "自然资源部、国家发展改革委",
            [
                ("将国务院可授权的永久基本农田以外的农用地转为建设用地审批事项委托深圳市政府批准", true),
                ("支持深圳探索二三产业混合用地和建设用地使用权立体分层设权", false),
                ("支持深圳开展数据要素市场化配置改革，设立数据交易平台", false),
                ("支持深圳建设技术交易市场，完善科技成果转化收益分配", false),
                ("放宽在深圳就业的境外专业人才执业限制", true),
                ("支持在创业板试点深圳企业发行上市便利措施", true),
                ("深化公共资源交易平台整合共享", false),
                ("支持开展知识产权证券化试点", false),
                ("探索完善土地二级市场交易规则", false),
                ("支持完善人力资源服务业开放政策", false)
            ]
        ),
        (
            "营商环境", "国家市场监督管理总局、司法部",
            [
                ("开展商事主体登记确认制改革", true),
                ("支持深圳完善个人破产制度试点", true),
                ("放宽能源、电信等领域市场准入", true),
                ("深化“证照分离”改革全覆盖试点", false),
                ("建立健全公平竞争审查制度的深圳实施机制", false),
                ("支持深圳国际仲裁院探索国际商事仲裁规则", false),
                ("探索企业简易注销制度", false),
                ("优化建设工程项目审批流程", false)
            ]
        ),
        (
            "科技创新", "科技部、国家药品监督管理局",
            [
                ("赋予科研单位科研经费使用更大自主权", false),
                ("支持新型研发机构享受科研机构同等政策", false),
                ("为外籍高端人才提供出入境和停居留便利", true),
                ("支持开展药品、医疗器械审评审批制度改革试点", true),
                ("探索建立科技伦理审查机制", false),
                ("支持建设国家级技术转移机构", false),
                ("开展职务科技成果所有权或长期使用权试点", true)
            ]
        ),
        (
            "对外开放", "商务部、交通运输部",
            [
                ("进一步放宽外商投资准入限制", true),
                ("开展国际船舶登记制度创新", true),
                ("支持开展跨境资金流动便利化试点", false),
                ("开展国际航行船舶保税燃料油加注业务", false),
                ("为港澳专业人士在深圳执业提供便利", true),
                ("支持建设国际数据传输通道", false)
            ]
        ),
        (
            "公共服务体制", "国家卫生健康委、教育部",
            [
                ("允许在深圳工作的境外医师按规定执业", true),
                ("在深圳港资医疗机构使用已在港澳上市的药品和医疗器械", true),
                ("支持深圳扩大高等教育办学自主权", false),
                ("探索养老服务体系创新", false),
                ("完善社会保险关系跨区域转移接续", false)
            ]
        ),
        (
            "生态环境与城市空间治理", "生态环境部、自然资源部",
            [
                ("授权深圳开展建设项目环境影响评价审批制度改革", true),
                ("支持深圳开展海洋生态保护修复体制创新", false),
                ("支持深圳深化城市更新制度改革", true),
                ("赋予深圳国土空间规划审批更大自主权", true)
            ]
        )
    ]
}
