import Foundation
import ReformCore

@testable import App

/// 广东省 with 深圳市 (and 龙华区 below it) and 广州市; Shenzhen's office keeps a first batch issued on 11 October 2020 with
/// two items: one received by 深圳市, one by 龙华区; a plan of 龙华区 with one item to link.
struct AuthorizationFixture {
    let services: AppServices
    let guangdong: JurisdictionRecord, shenzhen: JurisdictionRecord, longhua: JurisdictionRecord, guangzhou: JurisdictionRecord
    let batch: AuthorizationBatchRecord
    let cityItem: AuthorizationItemRecord, districtItem: AuthorizationItemRecord
    let planItem: ItemRecord

    var f: Fixtures { Fixtures(services: services) }
    var office: Principal {
        Principal(
            userId: 0, username: "sz-office", displayName: "深圳市委改革办", role: .office, jurisdictionId: shenzhen.id, jurisdictionPath: shenzhen.path)
    }

    static func input(
        _ number: Int, area: String = "营商环境", jurisdiction: Int?, status: LandingStatus = .notLanded, on day: String = "2020-10-11",
        links: [Int] = []
    ) -> AuthorizationService.ItemInput {
        .init(
            jurisdictionId: jurisdiction, number: String(number), area: area, content: "授权事项\(number)", grantingBody: "国家发展改革委",
            legalBasis: "实施方案", needsLawChange: false, lawChange: "", approvalMode: "filing", remarks: "", planItemIds: links,
            landingStatus: status.rawValue, statusOn: day)
    }

    static func make(_ services: AppServices) async throws -> AuthorizationFixture {
        let f = Fixtures(services: services)
        let guangdong = try await f.jurisdiction("广东省", level: .province, code: "440000")
        let shenzhen = try await f.jurisdiction("深圳市", level: .city, code: "440300", parent: guangdong.id)
        let longhua = try await f.jurisdiction("龙华区", level: .district, code: "440309", parent: shenzhen.id)
        let guangzhou = try await f.jurisdiction("广州市", level: .city, code: "440100", parent: guangdong.id)
        let unit = try await f.unit("深圳市龙华区发展和改革局", in: longhua.id)
        let plan = try await f.plan(in: longhua.id)
        let planItem = try await f.item("推进商事登记确认制", plan: plan.id, lead: unit.id)
        let office = Principal(
            userId: 0, username: "sz-office", displayName: "深圳市委改革办", role: .office, jurisdictionId: shenzhen.id, jurisdictionPath: shenzhen.path)
        let batch = try await services.authorizations.createBatch(
            .init(jurisdictionId: shenzhen.id, ordinal: "首批", title: "首批授权事项清单", issuer: "国家发展改革委", docNumber: "", issuedOn: "2020-10-11"),
            by: office)
        let cityItem = try await services.authorizations.createItem(batchId: batch.id, input(1, jurisdiction: shenzhen.id), by: office)
        let districtItem = try await services.authorizations.createItem(
            batchId: batch.id, input(2, area: "科技创新", jurisdiction: longhua.id, links: [planItem.id]), by: office)
        return AuthorizationFixture(
            services: services, guangdong: guangdong, shenzhen: shenzhen, longhua: longhua, guangzhou: guangzhou, batch: batch, cityItem: cityItem,
            districtItem: districtItem, planItem: planItem)
    }
}
