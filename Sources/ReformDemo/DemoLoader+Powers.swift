import App
import Foundation
import ReformCore
import SQLKit

extension DemoLoader {
    /// DOMAIN.md: the 2017 decision moving 124 provincial powers to Guangzhou and Shenzhen — 85 许可, 6 处罚, 1 征收, 4 检查,
    /// 1 确认 and 27 其他; 44 下放 and 80 委托. The counts are real; the powers' names, departments and dates are the demo's
    /// (marked 演示), and each power goes to one of the two cities in turn so the register's rows add up to 124. All but
    /// three were handed over within the 30 working days; the entrusted ones are in their current yearly term (five have
    /// expired unrenewed, ten were renewed after an effect evaluation); two devolved ones were withdrawn in 2020.
    func loadPowers() async throws {
        let sql = services.database.sql
        guard let gd = try await sql.scalar(Int.self, column: "id", "SELECT id FROM jurisdictions WHERE division_code = '440000'"),
            let gdPath = try await sql.scalar(String.self, column: "path", "SELECT path FROM jurisdictions WHERE id = \(bind: gd)"),
            let gz = try await sql.scalar(Int.self, column: "id", "SELECT id FROM jurisdictions WHERE division_code = '440100'"),
            let sz = try await sql.scalar(Int.self, column: "id", "SELECT id FROM jurisdictions WHERE division_code = '440300'")
        else { return }
        let office = Principal(
            userId: 0, username: "demo-office", displayName: "广东省委改革办（演示）", role: .office, jurisdictionId: gd, jurisdictionPath: gdPath)
        let decision = try await services.powers.createDecision(
            .init(
                jurisdictionId: gd, docNumber: "", title: "广东省人民政府关于将一批省级行政职权事项调整由广州、深圳市实施的决定（演示）",
                decidedOn: "2017-03-01", announcedOn: "2017-03-10"),
            by: office, isDemo: true)
        let types = Self.powerTypeCounts.flatMap { Array(repeating: $0.0, count: $0.1) }
        for (i, type) in types.enumerated() {
            let number = i + 1
            // 44 of the 124 devolved, spread evenly; the rest entrusted.
            let devolved = (i + 1) * 44 / 124 > i * 44 / 124
            let city = number % 2 == 1 ? gz : sz
            let cityName = number % 2 == 1 ? "广州市" : "深圳市"
            let department = Self.powerDepartments[i % Self.powerDepartments.count]
            var power = try await services.powers.createPower(
                decisionId: decision.id,
                .init(
                    jurisdictionId: city, number: String(number),
                    name: "\(department.1)\(Self.powerVerbs[type.rawValue] ?? "")事项第\(number)项（演示）", powerType: type.rawValue,
                    method: devolved ? PowerMethod.devolve.rawValue : PowerMethod.entrust.rawValue, grantingDepartment: "广东省" + department.0,
                    receivingDepartment: cityName + department.0, legalBasis: "《广东省行政许可管理条例》等（演示）", remarks: "演示数据"),
                by: office, isDemo: true)
            // Three left overdue; the others handed over between 20 March and 8 April 2017.
            if [7, 64, 111].contains(number) { continue }
            let handed = LocalDate(iso: "2017-03-20")!.adding(days: number % 20)
            // An entrusted power's current term started in the last year (five of them so long ago that it has ended).
            let expired = !devolved && number % 16 == 2
            let termStart =
                expired ? LocalDate(iso: "2025-08-01")!.adding(days: number % 20) : LocalDate(iso: "2026-01-05")!.adding(days: number % 50)
            power = try await services.powers.recordHandover(
                power.id, handedOverOn: handed.iso, termStart: devolved ? "" : termStart.iso, note: "已签订交接清单（演示）", baseVersion: power.version,
                by: office)
            if devolved, [12, 34].contains(number) {
                _ = try await services.powers.withdraw(
                    power.id, withdrawnOn: "2020-06-30", note: "经评估收回省级实施（演示）", baseVersion: power.version, by: office)
            } else if !devolved, !expired, number % 8 == 3 {
                _ = try await services.powers.recordEvaluation(
                    power.id, evaluatedOn: termStart.adding(days: 240).iso, conclusion: PowerEvaluationConclusion.good.rawValue,
                    summary: "承接部门办理规范、时限缩短（演示）", by: office)
                _ = try await services.powers.renew(
                    power.id, effectiveOn: termStart.adding(days: 241).iso, note: "评估后续期一年（演示）", baseVersion: power.version, by: office)
            }
        }
    }

    /// The 2017 decision's counts by type (DOMAIN.md).
    static let powerTypeCounts: [(PowerType, Int)] = [
        (.licensing, 85), (.penalty, 6), (.levy, 1), (.inspection, 4), (.confirmation, 1), (.other, 27)
    ]

    /// Provincial departments (name, the subject of a power's name).
    static let powerDepartments: [(String, String)] = [
        ("发展和改革委员会", "企业投资项目"), ("自然资源厅", "建设用地"), ("生态环境厅", "建设项目环境影响评价"), ("住房和城乡建设厅", "建筑业企业资质"),
        ("交通运输厅", "道路运输经营"), ("商务厅", "对外贸易经营"), ("市场监督管理局", "特种设备"), ("卫生健康委员会", "医疗机构"),
        ("水利厅", "取水"), ("林业局", "林木采伐"), ("教育厅", "民办学校"), ("人力资源和社会保障厅", "职业技能培训机构")
    ]

    static let powerVerbs: [String: String] = [
        "licensing": "审批", "penalty": "违法行为处罚", "levy": "相关费用征收", "inspection": "监督检查", "confirmation": "资格确认", "other": "备案管理"
    ]
}
