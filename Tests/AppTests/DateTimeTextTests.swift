import Foundation
import HummingbirdTesting
import ReformCore
import Testing

@testable import App

/// One way to write dates and times per language (2026年11月30日 10:00 / 2026-11-30 10:00), in the configured time zone.
struct DateTimeTextTests {
    private let stored = "2026-11-30T02:05:00.123Z"

    @Test func aStoredTimeIsWrittenInTheServersTimeZoneInTheReadersStyle() throws {
        // given
        let shanghai = AppClock.defaultTimeZone
        let newYork = try #require(TimeZone(identifier: "America/New_York"))
        // when / then
        #expect(L10n.time(stored, .zh, in: shanghai) == "2026年11月30日 10:05")
        #expect(L10n.time(stored, .en, in: shanghai) == "2026-11-30 10:05")
        #expect(L10n.time(stored, .zh, in: newYork) == "2026年11月29日 21:05")
        #expect(L10n.date("2026-11-30", .zh) == "2026年11月30日")
        #expect(L10n.date("2026-11-30", .en) == "2026-11-30")
    }

    @Test func aDayStartsAtLocalMidnight() throws {
        // given
        let clock = AppClock.fixed(TestClock.start)
        // when / then
        #expect(clock.timestamp(startOf: .iso("2026-11-18")) == "2026-11-17T16:00:00.000Z")
        #expect(clock.localDate(ofTimestamp: "2026-11-17T16:30:00.000Z") == .iso("2026-11-18"))
    }

    @Test func theTimeZoneIsASettingCheckedAtStart() async throws {
        // given
        let bad = AppConfig(database: .sqliteMemory, loadDemoIfEmpty: false, timeZoneIdentifier: "Mars/Olympus_Mons")
        let berlin = AppConfig(database: .sqliteMemory, loadDemoIfEmpty: false, bcryptCost: 4, timeZoneIdentifier: "Europe/Berlin")
        // when
        let error = #expect(throws: ConfigError.self) { try bad.validate() }
        let services = try await buildServices(berlin, logger: TestDatabase.logger)
        await services.database.shutdown()
        // then
        #expect(error?.problems.contains { $0.contains("time zone") && $0.contains("Mars/Olympus_Mons") } == true)
        #expect(AppConfig().timeZoneIdentifier == "Asia/Shanghai")
        #expect(services.clock.timeZone.identifier == "Europe/Berlin")
    }

    @Test func theDigestWritesEveryDateOneWay() async throws {
        try await TestApp.run { services, client in
            // given: an accepted report (a time), an overdue item (a date) and an assignment not signed in time (a date)
            let r = try await ReportingFixture.make(services)
            _ = try await r.assignedAndSigned()
            var report = try await services.reports.save(
                reportId: nil, itemId: r.measure.id, unitId: r.ledger.developmentBureau.id, r.draft(),
                baseVersion: nil, by: r.liaison)
            report = try await services.reports.act(report.id, .submit, baseVersion: report.version, by: r.liaison)
            report = try await services.reports.act(report.id, .approve, baseVersion: report.version, by: r.head)
            _ = try await services.reports.act(report.id, .accept, baseVersion: report.version, by: r.office)
            _ = try await r.f.item(
                "按期完成清理", plan: r.ledger.plan.id, parent: r.ledger.task.id, lead: r.ledger.reformOffice.id,
                deadline: .iso("2026-11-01"))
            // when
            let zh = try await client.get("/digest?jurisdiction=\(r.ledger.district.id)")
            let en = try await client.get("/digest?jurisdiction=\(r.ledger.district.id)&lang=en")
            // then
            let zhDigest = try #require(zh.text.components(separatedBy: #"<article class="digest">"#).last)
            let enDigest = try #require(en.text.components(separatedBy: #"<article class="digest">"#).last)
            #expect(zhDigest.contains("2026年11月20日 10:00"))
            #expect(zhDigest.contains("2026年11月1日"))
            #expect(zhDigest.contains("2026年11月14日 – 2026年11月20日"))
            #expect(zhDigest.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression) == nil)
            #expect(enDigest.contains("2026-11-20 10:00") && enDigest.contains("2026-11-01"))
            #expect(!enDigest.contains("年"))
        }
    }
}
