import Foundation
import ReformCore
import SQLKit
import Testing

@testable import App

/// Commendation, accountability and fault tolerance records: grounds required where the rule asks, a source in view,
/// the unit's page and API, and the per-unit counts the ranking will use.
struct UnitRecordTests {
    @Test func accountabilityAndFaultToleranceNeedGroundsAndEveryRecordASource() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await NoticeFixture.make(services)
            let matter = try await w.m.raise()
            let office = try await client.as(.office, jurisdiction: w.m.shenzhen.id)
            let bureau = w.m.bureau.id
            // when
            let noGrounds = try await office.sendJSON(
                "/api/v1/units/\(bureau)/records", method: .post, #"{"kind":"accountability","sourceType":"matter","sourceId":\#(matter.id)}"#)
            let noSource = try await office.sendJSON(
                "/api/v1/units/\(bureau)/records", method: .post, #"{"kind":"fault_tolerance","grounds":" "}"#)
            let unknownSource = try await office.sendJSON(
                "/api/v1/units/\(bureau)/records", method: .post, #"{"kind":"commendation","sourceType":"matter","sourceId":999999}"#)
            let page = try await office.postForm(
                "/units/\(bureau)/records", [("kind", "accountability"), ("sourceType", "matter"), ("sourceId", String(matter.id))])
            let ok = try await office.sendJSON(
                "/api/v1/units/\(bureau)/records", method: .post,
                #"{"kind":"accountability","person":"张某","grounds":"督办事项逾期未办结，经核实系主观原因","sourceType":"matter","sourceId":\#(matter.id)}"#)
            let tolerated = try await office.sendJSON(
                "/api/v1/units/\(bureau)/records", method: .post,
                #"{"kind":"fault_tolerance","grounds":"先行先试，已及时纠正","sourceType":"matter","sourceId":\#(matter.id)}"#)
            // then
            #expect(noGrounds.status == .unprocessableContent && noGrounds.apiError?.fields?.map(\.field) == ["grounds"])
            #expect(Set(noSource.apiError?.fields?.map(\.field) ?? []) == ["grounds", "source"])
            #expect(unknownSource.apiError?.fields?.map(\.field) == ["source"])
            #expect(page.status == .unprocessableContent && page.text.contains("事实与依据：不能为空"))
            #expect(ok.status == .created && tolerated.status == .created)
            let list = try await client.as(.liaison, unit: bureau).get("/api/v1/units/\(bureau)/records")
            struct Counts: Decodable {
                var commendations: Int
                var accountability: Int
                var faultTolerance: Int
            }
            let counts = try list.decode(Counts.self)
            #expect(counts.accountability == 1 && counts.faultTolerance == 1 && counts.commendations == 0)
        }
    }

    @Test func theCountsPerUnitFollowTheScopeAndTheDate() async throws {
        try await TestDatabase.withServices { services in
            // given: two commendations and one accountability for 发改局, one commendation for 住建局 recorded later
            let w = try await NoticeFixture.make(services)
            let matter = try await w.m.raise()
            func record(_ unit: Int, _ kind: UnitRecordKind, at day: LocalDate) async throws {
                _ = try await services.unitRecords.record(
                    unitId: unit, kind: kind.rawValue, person: "", grounds: "依据", sourceType: "matter", sourceId: matter.id, by: w.office,
                    at: day.iso + "T02:00:00.000Z")
            }
            try await record(w.m.bureau.id, .commendation, at: TestClock.today.adding(days: -10))
            try await record(w.m.bureau.id, .commendation, at: TestClock.today.adding(days: -5))
            try await record(w.m.bureau.id, .accountability, at: TestClock.today.adding(days: -5))
            try await record(w.m.housing.id, .commendation, at: TestClock.today)
            let sql = services.database.sql
            // when
            let all = try await UnitRecordQueries.counts(within: w.m.longhua.path, on: sql)
            let before = try await UnitRecordQueries.counts(within: nil, asOf: TestClock.today.adding(days: -6), on: sql)
            let elsewhere = try await UnitRecordQueries.counts(within: w.m.guangzhou.path, on: sql)
            // then
            let bureau = try #require(all.first { $0.unitId == w.m.bureau.id })
            #expect(bureau.commendations == 2 && bureau.accountability == 1 && bureau.rankingScore == 1)
            #expect(all.first { $0.unitId == w.m.housing.id }?.commendations == 1)
            #expect(before.map(\.unitId) == [w.m.bureau.id] && before.first?.commendations == 1)
            #expect(elsewhere.isEmpty)
        }
    }
}
