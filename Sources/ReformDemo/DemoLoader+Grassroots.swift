import App
import Foundation
import ReformCore
import SQLKit

extension DemoLoader {
    /// Seed 001: Guangzhou's 2022 call for grassroots innovation projects, two per district: the 22 projects of the 11
    /// districts (titles as the seed names them, back from its English), declared by the districts and selected by the
    /// city, each linked to its item of the demo's plan 《广州市2022年基层改革创新项目清单》, where it is reported on and lit.
    func loadGrassroots() async throws {
        let sql = services.database.sql
        guard let gz = try await sql.scalar(Int.self, column: "id", "SELECT id FROM jurisdictions WHERE division_code = '440100'"),
            let gzPath = try await sql.scalar(String.self, column: "path", "SELECT path FROM jurisdictions WHERE id = \(bind: gz)"),
            let planId = try await sql.scalar(
                Int.self, column: "id", "SELECT id FROM plans WHERE jurisdiction_id = \(bind: gz) AND title = '广州市2022年基层改革创新项目清单'")
        else { return }
        let office = Principal(
            userId: 0, username: "demo-office", displayName: "广州市委改革办（演示）", role: .office, jurisdictionId: gz, jurisdictionPath: gzPath)
        let call = try await services.grassroots.createCall(
            .init(jurisdictionId: gz, year: "2022", title: "广州市2022年基层改革创新项目征集", quotaPerDistrict: "2", declareBy: "2022-01-31", planId: planId),
            by: office, isDemo: true)
        struct Row: Decodable {
            var id: Int
            var title: String
            var content: String
            var expectedResults: String
            var district: String
            var lead: String?
        }
        let rows = try await sql.all(
            Row.self,
            """
            SELECT i.id, i.title, i.content, i.expected_results, p.title AS district, u.name AS lead FROM plan_items i
            JOIN plan_items p ON p.id = i.parent_id LEFT JOIN units u ON u.id = i.lead_unit_id
            WHERE i.plan_id = \(bind: planId) AND i.depth = 1 ORDER BY i.sort_key
            """)
        for row in rows {
            guard
                let district = try await sql.scalar(
                    Int.self, column: "id", "SELECT id FROM jurisdictions WHERE name = \(bind: row.district) AND parent_id = \(bind: gz)")
            else { continue }
            let project = try await services.grassroots.declare(
                callId: call.id,
                .init(
                    jurisdictionId: district, title: row.title, summary: row.content, leadUnit: row.lead ?? row.district + "人民政府",
                    expectedResult: row.expectedResults, contact: row.district + "委改革办（演示）"),
                by: office, isDemo: true)
            _ = try await services.grassroots.review(
                project.id, select: true, note: "符合基层改革创新项目要求，同意列入清单（演示）", planItemId: row.id, leadUnitId: nil,
                baseVersion: project.version, by: office)
        }
    }
}
