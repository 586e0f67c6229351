import Foundation
import ReformCore

@testable import App

/// 广东省 with 广州市, 深圳市 (and 龙华区 below it); the province's office keeps a decision of 15 December 2025 whose
/// handover deadline runs across New Year 2026 (1–3 January off, Sunday 4 January worked): one power entrusted to 深圳市
/// and one devolved to 广州市.
struct PowerFixture {
    let services: AppServices
    let guangdong: JurisdictionRecord, guangzhou: JurisdictionRecord, shenzhen: JurisdictionRecord, longhua: JurisdictionRecord
    let decision: PowerDecisionRecord
    let entrusted: DelegatedPowerRecord, devolved: DelegatedPowerRecord

    var office: Principal {
        Principal(
            userId: 0, username: "gd-office", displayName: "广东省委改革办", role: .office, jurisdictionId: guangdong.id, jurisdictionPath: guangdong.path)
    }

    static func input(
        _ number: Int, jurisdiction: Int?, type: PowerType = .licensing, method: PowerMethod = .entrust
    ) -> PowerService.PowerInput {
        .init(
            jurisdictionId: jurisdiction, number: String(number), name: "职权事项\(number)", powerType: type.rawValue, method: method.rawValue,
            grantingDepartment: "省市场监督管理局", receivingDepartment: "市市场监督管理局", legalBasis: "条例", remarks: "")
    }

    static func make(_ services: AppServices) async throws -> PowerFixture {
        let f = Fixtures(services: services)
        let guangdong = try await f.jurisdiction("广东省", level: .province, code: "440000")
        let guangzhou = try await f.jurisdiction("广州市", level: .city, code: "440100", parent: guangdong.id)
        let shenzhen = try await f.jurisdiction("深圳市", level: .city, code: "440300", parent: guangdong.id)
        let longhua = try await f.jurisdiction("龙华区", level: .district, code: "440309", parent: shenzhen.id)
        let office = Principal(
            userId: 0, username: "gd-office", displayName: "广东省委改革办", role: .office, jurisdictionId: guangdong.id, jurisdictionPath: guangdong.path)
        let decision = try await services.powers.createDecision(
            .init(jurisdictionId: guangdong.id, docNumber: "粤府令第1号", title: "调整决定", decidedOn: "2025-12-15", announcedOn: "2025-12-20"),
            by: office)
        let entrusted = try await services.powers.createPower(decisionId: decision.id, input(1, jurisdiction: shenzhen.id), by: office)
        let devolved = try await services.powers.createPower(
            decisionId: decision.id, input(2, jurisdiction: guangzhou.id, type: .penalty, method: .devolve), by: office)
        return PowerFixture(
            services: services, guangdong: guangdong, guangzhou: guangzhou, shenzhen: shenzhen, longhua: longhua, decision: decision,
            entrusted: entrusted, devolved: devolved)
    }
}
