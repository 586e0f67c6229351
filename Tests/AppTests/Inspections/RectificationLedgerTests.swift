import Foundation
import ReformCore
import ReformSpreadsheet
import SQLKit
import Testing

@testable import App

/// The rectification ledger's filters, paging, light and export, and what each reader sees in it.
struct RectificationLedgerTests {
    static func run(
        _ services: AppServices, _ query: String, reader: Principal, today: LocalDate = TestClock.today
    ) async throws -> RectificationLedgerQuery.Page {
        let filter = try RectificationFilter(query: QueryString.parse(query))
        let path = try await filter.jurisdictionId.asyncMap { try await JurisdictionQueries.require($0, on: services.database.sql).path }
        return try await RectificationLedgerQuery.run(filter, jurisdictionPath: path, today: today, reader: reader, on: services.database.sql)
    }

    @Test func filtersNarrowTheRowsAndPagesFollowTheURL() async throws {
        try await TestDatabase.withServices { services in
            // given: five rectifications, four of 发改局 and one of the reform office's unit
            let x = try await InspectionFixture.make(services)
            for n in 1...3 { _ = try await x.problem(services, deadline: "2026-12-0\(n)", description: "问题\(n)") }
            let other = try await x.problem(
                services, unit: x.ledger.reformOffice.id, category: "weak_mechanism", severity: "serious", description: "无工作台账")
            // when / then
            #expect(try await Self.run(services, "", reader: x.office).total == 5)
            #expect(try await Self.run(services, "unit=\(x.ledger.reformOffice.id)", reader: x.office).rows.map(\.id) == [other.id])
            #expect(try await Self.run(services, "category=weak_mechanism", reader: x.office).rows.map(\.id) == [other.id])
            #expect(try await Self.run(services, "severity=serious", reader: x.office).rows.map(\.id) == [other.id])
            #expect(try await Self.run(services, "q=\(q("台账"))", reader: x.office).rows.map(\.id) == [other.id])
            #expect(try await Self.run(services, "state=closed", reader: x.office).total == 0)
            #expect(try await Self.run(services, "inspection=\(x.inspection.id)&state=assigned", reader: x.office).total == 5)
            let page2 = try await Self.run(services, "per_page=20&page=1", reader: x.office)
            #expect(page2.rows.count == 5 && page2.pageCount == 1)
            // ordered by deadline: the three early ones first
            #expect(try await Self.run(services, "", reader: x.office).rows.prefix(3).map(\.description) == ["问题1", "问题2", "问题3"])
            // a filter the ledger cannot read is a 400 naming it, not everything
            #expect(throws: AppError.self) { try RectificationFilter(query: ["state": ["unknown"]]) }
            #expect(throws: AppError.self) { try RectificationFilter(query: ["per_page": ["7"]]) }
        }
    }

    @Test func pagingSplitsTheRowsAndTheURLKeepsTheFilter() async throws {
        try await TestDatabase.withServices { services in
            // given: 21 rectifications
            let x = try await InspectionFixture.make(services)
            for n in 1...20 { _ = try await x.problem(services, description: "问题\(n)") }
            // when
            let first = try await Self.run(services, "per_page=20", reader: x.office)
            let second = try await Self.run(services, "per_page=20&page=2", reader: x.office)
            // then
            #expect(first.total == 21 && first.pageCount == 2 && first.rows.count == 20 && second.rows.count == 1)
            #expect(Set(first.rows.map(\.id)).isDisjoint(with: second.rows.map(\.id)))
            var filter = try RectificationFilter(query: QueryString.parse("state=assigned&q=\(q("问题"))&per_page=20"))
            filter.page = 1
            #expect(
                filter.url("/rectifications", page: 2)
                    == "/rectifications?" + QueryString.encode([("state", "assigned"), ("q", "问题"), ("per_page", "20"), ("page", "2")]))
        }
    }

    /// The SQL light filter agrees with `SupervisionLight` on every row, on days before, at and after the warning.
    @Test(arguments: ["2026-11-20", "2026-12-13", "2026-12-20", "2026-12-21"])
    func theLightFilterAgreesWithTheRule(_ day: String) async throws {
        try await TestDatabase.withServices { services in
            // given: one open rectification due 2026-12-20 and one closed
            let x = try await InspectionFixture.make(services)
            var closed = try await x.problem(services)
            let rect = services.rectifications
            closed = try await rect.act(closed.id, .sign, baseVersion: closed.version, by: x.liaison)
            closed = try await rect.fileReport(
                closed.id, RectificationReportDraft(narrative: "完成", percent: "100", evidenceCount: 0), final: true,
                files: [try services.supervisionEvidence(filename: "a.pdf", data: InspectionFixture.pdf)], baseVersion: closed.version, by: x.liaison)
            _ = try await rect.act(closed.id, .close, baseVersion: closed.version, by: x.inspector)
            let today = LocalDate.iso(day)
            let all = try await Self.run(services, "", reader: x.office, today: today).rows
            // when / then
            for light in [ScheduleLight.red, .yellow, .green] {
                let filtered = try await Self.run(services, "light=\(light.rawValue)", reader: x.office, today: today).rows.map(\.id)
                #expect(filtered == all.filter { $0.light(today: today) == light }.map(\.id), "\(light) on \(day)")
            }
        }
    }

    @Test func aUnitSeesItsOwnAndTheTeamAndOfficeSeeTheInspections() async throws {
        try await TestDatabase.withServices { services in
            // given: rectifications of 发改局 and of the reform office's unit
            let x = try await InspectionFixture.make(services)
            let other = try await x.problem(services, unit: x.ledger.reformOffice.id)
            // then
            #expect(try await Self.run(services, "", reader: x.liaison).rows.map(\.id) == [x.rectification.id])
            #expect(try await Self.run(services, "", reader: x.otherLiaison).rows.map(\.id) == [other.id])
            #expect(try await Self.run(services, "", reader: x.farLiaison).total == 0)
            #expect(try await Self.run(services, "", reader: x.inspector).total == 2)
            #expect(try await Self.run(services, "", reader: x.outsider).total == 2)
            #expect(try await Self.run(services, "", reader: x.principals["viewer"]!).total == 2)
        }
    }

    @Test func theExportHasAHeaderAndOneRowPerRectificationInTheReadersLanguage() async throws {
        try await TestDatabase.withServices { services in
            // given
            let x = try await InspectionFixture.make(services)
            let rows = try await Self.run(services, "", reader: x.office).rows
            // when
            let zh = RectificationExport.row(rows[0], seq: 1, today: TestClock.today, .zh)
            let en = RectificationExport.row(rows[0], seq: 1, today: TestClock.today, .en)
            let csv = String(decoding: RectificationExport.csv(rows, today: TestClock.today, .zh), as: UTF8.self)
            // then
            #expect(
                zh.map(LedgerExportColumns.csvText) == [
                    "1", "营商环境专项督查", "企业开办全程网办率未达目标", "进度滞后", "较重", "龙华区发展和改革局", "2026-12-20", "", "待签收", "正常", ""
                ])
            #expect(en[3] == .text("Behind schedule") && en[8] == .text("To sign for"))
            let lines = csv.split(separator: "\r\n")
            #expect(lines.count == 2)
            #expect(lines[0].hasPrefix("\u{FEFF}序号,督查,问题"))
            let xlsx = try RectificationExport.xlsx(rows, today: TestClock.today, .en)
            #expect(xlsx.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        }
    }

    @Test func theDashboardCountsByUnitAndCategory() async throws {
        try await TestDatabase.withServices { services in
            // given
            let x = try await InspectionFixture.make(services)
            _ = try await x.problem(services, unit: x.ledger.reformOffice.id, category: "progress_lag")
            _ = try await x.problem(services, category: "weak_results")
            // when
            let units = try await RectificationLedgerQuery.countsByUnit(under: x.ledger.district.path, on: services.database.sql)
            let categories = try await RectificationLedgerQuery.countsByCategory(under: x.ledger.district.path, on: services.database.sql)
            // then
            #expect(units.map(\.label) == ["龙华区发展和改革局", "龙华区委改革办"])
            #expect(units.map(\.open) == [2, 1])
            #expect(categories.map(\.key) == ["progress_lag", "weak_results"])
            #expect(categories.map(\.open) == [2, 1])
            #expect(try await RectificationLedgerQuery.countsByUnit(under: "/999/", on: services.database.sql).isEmpty)
        }
    }
}
