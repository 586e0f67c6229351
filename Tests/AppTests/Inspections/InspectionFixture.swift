import Foundation
import ReformCore

@testable import App

/// 龙华区's ledger with an inspection of its plan by 深圳市's inspector (on the team) and a problem finding on 发改局 with
/// its rectification; an inspector not on the team, a liaison of another 龙华 unit, and a liaison of a 广州 unit outside
/// the view. Every principal is a real account (team membership names users), with an API token.
struct InspectionFixture {
    var ledger: SmallLedger
    var guangzhouUnit: UnitRecord
    var accounts: [String: TestAccounts.Made]
    var principals: [String: Principal]
    var inspection: InspectionRecord
    var finding: FindingRecord
    var rectification: RectificationRecord

    static let pdf = Data("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".utf8)

    var office: Principal { principals["office"]! }
    var inspector: Principal { principals["inspector"]! }
    var outsider: Principal { principals["outsiderInspector"]! }
    var liaison: Principal { principals["liaison"]! }
    var otherLiaison: Principal { principals["otherLiaison"]! }
    var farLiaison: Principal { principals["farLiaison"]! }

    static func make(_ services: AppServices) async throws -> InspectionFixture {
        let f = Fixtures(services: services)
        let l = try await SmallLedger.make(f)
        let guangzhou = try await f.jurisdiction("广州市", level: .city, code: "440100")
        let gzUnit = try await f.unit("广州市发展和改革委员会", in: guangzhou.id)
        let users = TestAccounts(services: services)
        var accounts: [String: TestAccounts.Made] = [:]
        var principals: [String: Principal] = [:]
        let made: [(String, Role, Int?, Int?)] = [
            ("office", .office, l.district.id, nil), ("inspector", .inspector, l.city.id, nil),
            ("outsiderInspector", .inspector, l.district.id, nil), ("liaison", .liaison, nil, l.developmentBureau.id),
            ("otherLiaison", .liaison, nil, l.reformOffice.id), ("farLiaison", .liaison, nil, gzUnit.id), ("viewer", .viewer, l.district.id, nil)
        ]
        for (key, role, jurisdiction, unit) in made {
            let user = try await users.user(role, jurisdiction: jurisdiction, unit: unit)
            accounts[key] = user
            principals[key] = try await users.principal(of: user.user.id)!
        }
        let inspection = try await services.inspections.create(
            InspectionDraft(
                kind: "special", title: "营商环境专项督查", jurisdictionId: l.district.id, scopeKind: "plan", scopeRef: l.plan.id, unitIds: [],
                memberIds: [accounts["inspector"]!.user.id], startsOn: "2026-11-01", endsOn: "2026-11-30"),
            by: principals["office"]!)
        let finding = try await services.inspections.addFinding(
            inspectionId: inspection.id,
            FindingDraft(
                nature: "problem", unitId: l.developmentBureau.id, itemIds: [l.task.id], category: "progress_lag", severity: "moderate",
                description: "企业开办全程网办率未达目标"),
            rectification: RectificationDraft(
                leadUnitId: l.developmentBureau.id, deadline: "2026-12-20", measures: "", evidenceRequired: "网办率统计表"),
            files: [try services.supervisionEvidence(filename: "现场照片.pdf", data: pdf)], by: principals["inspector"]!)
        let rectification = try await InspectionQueries.rectification(finding.rectificationId!, on: services.database.sql)
        return InspectionFixture(
            ledger: l, guangzhouUnit: gzUnit, accounts: accounts, principals: principals, inspection: inspection, finding: finding,
            rectification: rectification)
    }

    /// A client with the API token of one of `accounts`, or a signed-in session (with its CSRF token) for form posts.
    func client(_ key: String, from base: SignedInClient, session: Bool = false) async throws -> SignedInClient {
        let user = accounts[key]!
        if !session { return SignedInClient(inner: base.inner, services: base.services, credential: .bearer(user.token)) }
        let (cookie, csrf) = try await TestAccounts(services: base.services).signIn(user.username)
        return SignedInClient(inner: base.inner, services: base.services, credential: .session(cookie: cookie, csrf: csrf))
    }

    /// Another problem finding on `unit` with its rectification, due `deadline`.
    func problem(
        _ services: AppServices, unit: Int? = nil, deadline: String = "2026-12-20", category: String = "poor_implementation",
        severity: String = "minor", description: String = "台账不全"
    ) async throws -> RectificationRecord {
        let u = unit ?? ledger.developmentBureau.id
        let finding = try await services.inspections.addFinding(
            inspectionId: inspection.id,
            FindingDraft(nature: "problem", unitId: u, itemIds: [], category: category, severity: severity, description: description),
            rectification: RectificationDraft(leadUnitId: u, deadline: deadline, measures: "", evidenceRequired: "整改报告"), files: [],
            by: inspector)
        return try await InspectionQueries.rectification(finding.rectificationId!, on: services.database.sql)
    }
}
