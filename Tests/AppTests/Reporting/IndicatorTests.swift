import Foundation
import ReformCore
import Testing

@testable import App

/// The office edits and deletes an item's indicators; a stale edit is a conflict, and an indicator that reports hold
/// values for is kept.
struct IndicatorTests {
    @Test func theOfficeEditsAnIndicatorAndAStaleEditIsAConflict() async throws {
        try await TestDatabase.withServices { services in
            // given
            let r = try await ReportingFixture.make(services)
            let added = try await services.indicators.add(
                itemId: r.measure.id, name: "办理时长", unitOfMeasure: "天", baseline: "5", target: "1",
                by: r.office)
            // when
            let edited = try await services.indicators.update(
                added.id, name: " 办理时长 ", unitOfMeasure: "小时", baseline: "120", target: "24",
                baseVersion: added.version, by: r.office)
            // then
            #expect(edited.name == "办理时长" && edited.unitOfMeasure == "小时" && edited.target == "24" && edited.version == added.version + 1)
            await #expect(throws: AppError.self) {
                try await services.indicators.update(
                    added.id, name: "旧名", unitOfMeasure: "", baseline: "", target: "",
                    baseVersion: added.version, by: r.office)
            }
            await #expect(throws: AppError.self) {
                try await services.indicators.update(
                    added.id, name: "联络员改名", unitOfMeasure: "", baseline: "", target: "",
                    baseVersion: edited.version, by: r.liaison)
            }
            #expect(try await ReportQueries.indicator(added.id, on: r.f.sql) == edited)
            let history = try await ItemQueries.history(entity: "item", id: r.measure.id, on: r.f.sql)
            #expect(history.contains { $0.action == "indicator_update" })
        }
    }

    @Test func anIndicatorWithReportedValuesIsKeptAndOneWithoutIsDeleted() async throws {
        try await TestDatabase.withServices { services in
            // given: two indicators, one with a value in a report
            let r = try await ReportingFixture.make(services)
            let used = try await services.indicators.add(
                itemId: r.measure.id, name: "兑现率", unitOfMeasure: "%", baseline: "60", target: "95",
                by: r.office)
            let unused = try await services.indicators.add(
                itemId: r.measure.id, name: "误加的指标", unitOfMeasure: "", baseline: "", target: "",
                by: r.office)
            _ = try await r.assignedAndSigned()
            var draft = r.draft()
            draft.indicatorValues = [used.id: "70"]
            _ = try await services.reports.save(
                reportId: nil, itemId: r.measure.id, unitId: r.ledger.developmentBureau.id, draft,
                baseVersion: nil, by: r.liaison)
            // when
            var refusal: String?
            do {
                try await services.indicators.delete(used.id, baseVersion: used.version, by: r.office)
            } catch AppError.unprocessable(let code, _) {
                refusal = code
            }
            try await services.indicators.delete(unused.id, baseVersion: unused.version, by: r.office)
            // then
            #expect(refusal == "indicator_has_values")
            #expect(try await ReportQueries.indicators(ofItem: r.measure.id, on: r.f.sql).map(\.id) == [used.id])
        }
    }
}
