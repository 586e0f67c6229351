import Foundation
import HTTPTypes
import HummingbirdTesting
import ReformCore
import Testing

@testable import App

/// The working-day calendar in the database: shipped with the State Council's years, changed by an administrator (and by
/// nobody else), with a conflict for a stale change; `WorkingDays` counts with the calendar as edited.
struct CalendarTests {
    struct Day: Decodable {
        var day: String
        var kind: String
        var festival: String
        var source: String
        var version: Int
    }
    struct Year: Decodable {
        var year: Int
        var workingDays: Int
        var days: [Day]
    }
    struct Answer: Decodable {
        var from: String
        var to: String
        var workingDays: Int
    }

    @Test func theShippedYearsAreInANewDatabaseAndWorkingDaysCountWithThem() async throws {
        try await TestApp.run { services, client in
            // given
            let gd = try await Fixtures(services: services).jurisdiction("广东省", level: .province, code: "440000")
            let viewer = try await client.as(.viewer, jurisdiction: gd.id)
            // when
            let year = try await viewer.get("/api/v1/calendar?year=2026").decode(Year.self)
            let forward = try await viewer.get("/api/v1/working-days?from=2026-02-12&days=30").decode(Answer.self)
            let between = try await viewer.get("/api/v1/working-days?from=2025-12-29&to=2026-01-06").decode(Answer.self)
            let bad = try await viewer.get("/api/v1/working-days?from=2026-02-30&days=3")
            let due = try await services.workingDays.adding(30, to: LocalDate(iso: "2025-09-26")!)
            // then
            #expect(year.days.first?.day == "2026-01-01" && year.days.allSatisfy { $0.source == "official" })
            #expect(year.days.contains { $0.day == "2026-02-14" && $0.kind == "workday" && $0.festival == "spring_festival" })
            // 2026: 261 weekdays, 19 of them off (1–2 Jan; 16–20 and 23 Feb; 6 Apr; 1, 4, 5 May; 19 Jun; 25 Sep; 1, 2, 5–7 Oct),
            // and 6 weekend days worked (4 Jan; 14, 28 Feb; 9 May; 20 Sep; 10 Oct).
            #expect(year.workingDays == 248)
            #expect(forward.to == "2026-04-01" && between.workingDays == 5)
            #expect(bad.status == .badRequest && bad.apiError?.parameter == "from")
            #expect(due == LocalDate(iso: "2025-11-13")!)
        }
    }

    @Test func anAdministratorChangesADayEveryFeatureCountsWithTheChangeAndAStaleChangeIsAConflict() async throws {
        try await TestApp.run { services, client in
            // given: an extra day off on Monday 30 November 2026
            let gd = try await Fixtures(services: services).jurisdiction("广东省", level: .province, code: "440000")
            let office = try await client.as(.office, jurisdiction: gd.id)
            let before = try await services.workingDays.adding(1, to: LocalDate(iso: "2026-11-27")!)
            // when
            let added = try await client.sendJSON("/api/v1/calendar/2026-11-30", method: .put, #"{"kind":"holiday","note":"台风停工"}"#)
            let after = try await services.workingDays.adding(1, to: LocalDate(iso: "2026-11-27")!)
            let stale = try await client.sendJSON("/api/v1/calendar/2026-11-30", method: .put, #"{"kind":"workday","note":"补班","version":7}"#)
            let noVersion = try await client.sendJSON("/api/v1/calendar/2026-11-30", method: .put, #"{"kind":"workday","note":"补班"}"#)
            let byOffice = try await office.sendJSON("/api/v1/calendar/2026-12-01", method: .put, #"{"kind":"holiday","note":"x"}"#)
            let noReason = try await client.sendJSON("/api/v1/calendar/2026-12-02", method: .put, #"{"kind":"holiday"}"#)
            var h = HTTPFields()
            h[.ifMatch] = "\"1\""
            let removed = try await client.executeRequest(uri: "/api/v1/calendar/2026-11-30", method: .delete, headers: h, body: nil)
            let restored = try await services.workingDays.adding(1, to: LocalDate(iso: "2026-11-27")!)
            // then
            #expect(before == LocalDate(iso: "2026-11-30")!)
            #expect(try added.status == .created && added.decode(Day.self).source == "admin")
            #expect(after == LocalDate(iso: "2026-12-01")!)
            #expect(stale.status == .conflict && noVersion.status == .conflict)
            #expect(byOffice.status == .forbidden)
            #expect(noReason.status == .unprocessableContent && noReason.apiError?.fields?.first?.field == "calendarNote")
            #expect(removed.status == .noContent && restored == LocalDate(iso: "2026-11-30")!)
        }
    }

    @Test func theCalendarPageListsTheYearInBothLanguagesAndOnlyTheAdministratorSeesTheForms() async throws {
        try await TestApp.run { services, client in
            // given
            let gd = try await Fixtures(services: services).jurisdiction("广东省", level: .province, code: "440000")
            let admin = try await client.session(as: .admin)
            let viewer = try await client.as(.viewer, jurisdiction: gd.id)
            // when
            let zh = try await viewer.get("/calendar?year=2025")
            let en = try await viewer.get("/calendar?year=2025&lang=en")
            let adminPage = try await admin.get("/calendar?year=2025&from=2025-09-26&days=30")
            let set = try await admin.postForm("/calendar/days", [("day", "2025-12-31"), ("kind", "holiday"), ("festival", ""), ("note", "演练")])
            let refused = try await viewer.postForm("/calendar/days", [("day", "2025-12-30"), ("kind", "holiday"), ("note", "x")])
            let row = try await WorkingDays.day("2025-12-31", on: services.database.sql)
            // then
            #expect(zh.status == .ok && zh.text.contains("中秋节、国庆节") && zh.text.contains("调休上班"))
            #expect(en.status == .ok && en.text.contains("Make-up working day") && en.text.contains("Spring Festival"))
            #expect(!zh.text.contains("action=\"/calendar/days\"") && adminPage.text.contains("action=\"/calendar/days\""))
            #expect(adminPage.text.contains("2025年11月13日"))
            #expect(set.status == .seeOther && row?.note == "演练")
            #expect(refused.status == .forbidden)
        }
    }
}
