import Foundation
import ReformCore
import SQLKit
import Testing

@testable import App

/// The unit ranking as of a day: every component counted from dated facts, the score by the weights in force that day,
/// and the same day giving the same ranking after later facts are added.
struct RankingTests {
    static let day = LocalDate.iso("2026-12-01")

    /// One line per unit: what a reader of the ranking sees (rank, tie, score, each component's value and points).
    static func lines(_ r: RankingResult) -> [String] {
        r.units.map { u in
            "\(u.rank)\(u.tied ? "=" : "") \(u.unitName) \(u.score) "
                + u.components.map { "\($0.component):\($0.raw)×\($0.weight)=\($0.points)" }.joined(separator: " ")
        }
    }

    static func at(_ day: String) -> String { day + "T02:00:00.000Z" }

    @Test func aPastDayGivesTheSameRankingAfterLaterFactsAndTheNewFactsCountAfterIt() async throws {
        try await TestDatabase.withServices { services in
            // given: the bureau filed November on time, was sent back once, closed a rectification on time, has an overdue
            // matter and a commendation; the reform office never filed, leads an overdue item, has a finding, an overdue
            // rectification and an accountability record
            let r = try await ReportingFixture.make(services)
            let l = r.ledger
            let sql = services.database.sql
            let rows = try await services.assignments.assign(
                itemId: r.measure.id, note: "", includeParticipants: true, by: r.office, today: LocalDate.iso("2026-11-10"))
            let lead = rows.first { $0.unitRole == "lead" }!
            _ = try await services.assignments.sign(lead.id, baseVersion: lead.version, by: r.liaison)
            var report = try await services.reports.save(
                reportId: nil, itemId: r.measure.id, unitId: l.developmentBureau.id, r.draft(), baseVersion: nil, by: r.liaison)
            report = try await services.reports.act(report.id, .submit, baseVersion: report.version, by: r.liaison, at: Self.at("2026-11-24"))
            report = try await services.reports.act(report.id, .approve, baseVersion: report.version, by: r.head, at: Self.at("2026-11-24"))
            report = try await services.reports.act(
                report.id, .return, comment: "请补充数据", baseVersion: report.version, by: r.office, at: Self.at("2026-11-26"))
            report = try await services.reports.act(report.id, .submit, baseVersion: report.version, by: r.liaison, at: Self.at("2026-11-27"))
            report = try await services.reports.act(report.id, .approve, baseVersion: report.version, by: r.head, at: Self.at("2026-11-27"))
            _ = try await r.f.item(
                "清理规范涉企收费", plan: l.plan.id, parent: l.task.id, lead: l.reformOffice.id, deadline: LocalDate.iso("2026-11-01"))
            let s = SupervisionFacts(sql: sql, district: l.district)
            let inspection = try await s.inspection()
            _ = try await s.finding(inspection, unit: l.reformOffice.id, on: "2026-11-22")
            let late = try await s.rectification(inspection, unit: l.reformOffice.id, deadline: "2026-11-25", closed: nil)
            _ = try await s.rectification(inspection, unit: l.developmentBureau.id, deadline: "2026-11-30", closed: "2026-11-29")
            let matter = try await s.matter(unit: l.developmentBureau.id, opened: "2026-11-21", deadline: "2026-11-27")
            try await s.record(unit: l.developmentBureau.id, kind: .commendation, source: matter, on: "2026-11-29")
            try await s.record(unit: l.reformOffice.id, kind: .accountability, source: matter, on: "2026-11-29")
            func rank(_ day: LocalDate) async throws -> RankingResult {
                try await RankingQuery.run(
                    jurisdictionId: l.district.id, jurisdictionPath: l.district.path, asOf: day, clock: services.clock, database: services.database)
            }
            let before = try await rank(Self.day)

            // when: facts dated after the day
            _ = try await services.reports.act(
                report.id, .return, comment: "数据仍不完整", baseVersion: report.version, by: r.office, at: Self.at("2026-12-03"))
            try await s.record(unit: l.reformOffice.id, kind: .faultTolerance, source: matter, on: "2026-12-02")
            try await s.extend(matter, to: "2026-12-20", on: "2026-12-03")
            try await sql.raw("UPDATE rectifications SET state = 'closed', closed_on = '2026-12-02' WHERE id = \(bind: late)").run()
            _ = try await s.finding(inspection, unit: l.developmentBureau.id, on: "2026-12-02")
            var heavier = RankingWeights.defaults
            heavier.onTimeRate = 60
            _ = try await services.rankingWeights.save(
                jurisdictionId: l.district.id, scope: .year(2026), weights: heavier, baseVersion: 0, by: r.office, at: Self.at("2026-12-02"))
            let again = try await rank(Self.day)
            let later = try await rank(LocalDate.iso("2026-12-05"))

            // then: as of the day, nothing moved
            #expect(Self.lines(again) == Self.lines(before))
            #expect(before.weights.source == nil && again.weights.source == nil)
            let bureau = try #require(before.units.first { $0.unitId == l.developmentBureau.id })
            let office = try #require(before.units.first { $0.unitId == l.reformOffice.id })
            func raw(_ u: UnitRanking, _ c: RankingComponent) -> Double? { u.component(c)?.raw }
            #expect(bureau.rank == 1 && office.rank == 2 && before.units.count == 2)
            #expect(raw(bureau, .onTimeRate) == 100 && raw(bureau, .reviewReturns) == 1 && raw(bureau, .rectificationsOnTime) == 1)
            #expect(raw(bureau, .mattersOverdue) == 1 && raw(bureau, .commendations) == 1 && raw(bureau, .findings) == 0)
            // 40 − 1 + 1 − 3 + 5
            #expect(bureau.score == 42)
            #expect(raw(office, .onTimeRate) == 0 && raw(office, .overdueItems) == 1 && raw(office, .findings) == 1)
            #expect(raw(office, .rectificationsOverdue) == 1 && raw(office, .accountability) == 1)
            // − 2 − 2 − 2 − 5
            #expect(office.score == -11)
            // and after it, the later facts and weights count: the second return, the finding, the excused accountability,
            // the extended matter; the late closure still counts as overdue
            let bureauLater = try #require(later.units.first { $0.unitId == l.developmentBureau.id })
            let officeLater = try #require(later.units.first { $0.unitId == l.reformOffice.id })
            #expect(later.weights.source?.version == 1 && bureauLater.component(.onTimeRate)?.points == 60)
            #expect(raw(bureauLater, .reviewReturns) == 2 && raw(bureauLater, .findings) == 1 && raw(bureauLater, .mattersOverdue) == 0)
            #expect(raw(officeLater, .accountability) == 0 && raw(officeLater, .rectificationsOverdue) == 1)
        }
    }

    @Test func todaysOverdueItemsFromTheCountersAgreeWithTheDatedCount() async throws {
        try await TestDatabase.withServices { services in
            // given: two red leaves, one done leaf past its deadline, one leaf not yet due
            let r = try await ReportingFixture.make(services)
            let l = r.ledger
            for (title, deadline, status) in [
                ("甲", "2026-11-01", LifecycleStatus.inProgress), ("乙", "2026-11-05", .notStarted), ("丙", "2026-11-02", .done),
                ("丁", "2026-12-30", .inProgress)
            ] {
                _ = try await r.f.item(
                    title, plan: l.plan.id, parent: l.task.id, lead: l.reformOffice.id, deadline: LocalDate.iso(deadline), status: status)
            }
            let yesterday = TestClock.today.adding(days: -1)
            // when: today through the counters, yesterday by reading the items
            let today = try await RankingQuery.facts(
                jurisdictionPath: l.district.path, asOf: TestClock.today, planId: nil, clock: services.clock, database: services.database)
            let dated = try await RankingQuery.facts(
                jurisdictionPath: l.district.path, asOf: yesterday, planId: nil, clock: services.clock, database: services.database)
            // then
            #expect(today.first { $0.facts.unitId == l.reformOffice.id }?.facts.counts[.overdueItems] == 2)
            // The items were created today: yesterday they did not exist yet.
            #expect(dated.first { $0.facts.unitId == l.reformOffice.id }?.facts.counts[.overdueItems] == nil)
        }
    }

    @Test func theOfficeSavesWeightsWithVersionsAStaleSaveIsRefusedAndEverySaveIsAudited() async throws {
        try await TestApp.run { services, client in
            // given
            let r = try await ReportingFixture.make(services, withAccounts: true)
            let district = r.ledger.district.id
            let office = try await r.client("office", from: client, session: false)
            let liaison = try await r.client("liaison", from: client, session: false)
            let uri = "/api/v1/jurisdictions/\(district)/ranking/weights"
            func body(version: Int, onTime: String) -> String {
                #"{"year":2026,"version":\#(version),"weights":{"onTimeRate":\#(onTime),"overdueItems":2,"reviewReturns":1,"findings":2,"rectificationsOnTime":1,"rectificationsOverdue":2,"mattersOverdue":3,"commendations":5,"accountability":0}}"#
            }
            // when
            let first = try await office.sendJSON(uri, method: .put, body(version: 0, onTime: "50"))
            let stale = try await office.sendJSON(uri, method: .put, body(version: 0, onTime: "55"))
            let second = try await office.sendJSON(uri, method: .put, body(version: 1, onTime: "45.5"))
            let tooFine = try await office.sendJSON(uri, method: .put, body(version: 2, onTime: "40.125"))
            let byUnit = try await liaison.sendJSON(uri, method: .put, body(version: 2, onTime: "10"))
            let ranking = try await office.get("/api/v1/jurisdictions/\(district)/ranking")
            let weights = try await office.get(uri + "?year=2026")
            // then
            #expect(first.status == .ok && second.status == .ok)
            #expect(stale.status == .conflict)
            #expect(tooFine.status == .unprocessableContent && tooFine.apiError?.fields?.map(\.field) == ["on_time_rate"])
            #expect(byUnit.status == .forbidden)
            struct WeightSet: Decodable {
                var version: Int
                var isDefault: Bool
                var history: [Version]
                struct Version: Decodable { var version: Int }
            }
            let set = try weights.decode(WeightSet.self)
            #expect(set.version == 2 && !set.isDefault && set.history.map(\.version) == [2, 1])
            struct Result: Decodable { var formula: String }
            // Accountability weighted 0 is left out of the formula.
            #expect(
                try ranking.decode(Result.self).formula
                    == "得分 = 按时报送率 × 45.5 + 整改按期销号数 × 1 + 通报表扬数 × 5 − 逾期事项数 × 2 − 审核退回次数 × 1 − 督查发现问题数 × 2 − 整改逾期数 × 2 − 督办事项逾期数 × 3")
            struct Count: Decodable { var n: Int }
            let audited = try await services.database.sql.first(
                Count.self, "SELECT COUNT(*) AS n FROM audit_log WHERE entity_type = 'ranking_weights'")
            #expect(audited?.n == 2)
        }
    }

    @Test func thePageShowsTheFormulaAndTheBreakdownAndTheExportsCarryTheDayAndTheFormula() async throws {
        try await TestApp.run { services, client in
            // given: the bureau filed on time; the reform office leads an overdue item
            let r = try await ReportingFixture.make(services, withAccounts: true)
            let l = r.ledger
            _ = try await r.assignedAndSigned()
            _ = try await r.f.item("清理规范涉企收费", plan: l.plan.id, parent: l.task.id, lead: l.reformOffice.id, deadline: LocalDate.iso("2026-11-01"))
            let viewer = try await r.client("otherLiaison", from: client, session: true)
            let base = "/jurisdictions/\(l.district.id)/ranking"
            // when
            let zh = try await viewer.get(base + "?asOf=2026-11-20")
            let en = try await viewer.get(base + "?asOf=2026-11-20&lang=en")
            let csv = try await viewer.get(base + "/export.csv?asOf=2026-11-20")
            let xlsx = try await viewer.get(base + "/export.xlsx?asOf=2026-11-20")
            let print = try await viewer.get(base + "/print?asOf=2026-11-20")
            let future = try await viewer.get(base + "?asOf=2026-11-21")
            let settings = try await viewer.get(base + "/weights")
            // then
            #expect(zh.status == .ok && zh.text.contains("得分 = 按时报送率 × 40") && zh.text.contains("默认权重"))
            #expect(zh.text.contains(l.reformOffice.name) && zh.text.contains("-2"))
            #expect(en.status == .ok && en.text.contains("Score = On-time report rate × 40"))
            let lines = csv.text.components(separatedBy: "\r\n")
            #expect(csv.status == .ok && lines[0].contains("2026-11-20") && lines[1].contains("得分 = 按时报送率 × 40"))
            #expect(lines[4].hasPrefix("1,"))
            #expect(lines.contains { $0.contains(l.reformOffice.name) && $0.contains(",-2,") })
            #expect(xlsx.status == .ok && xlsx.body.readableBytesView.starts(with: Array("PK".utf8)))
            #expect(print.status == .ok && print.text.contains("/static/ranking-print.css") && print.text.contains("得分 = 按时报送率 × 40"))
            #expect(future.status == .unprocessableContent)
            #expect(settings.status == .forbidden)
        }
    }
}

/// Supervision facts written straight into their tables with the dates a test needs (the services stamp today).
struct SupervisionFacts {
    let sql: any SQLDatabase
    let district: JurisdictionRecord

    func inspection() async throws -> Int {
        try await sql.insertReturningID(
            """
            INSERT INTO inspections (jurisdiction_id, kind, title, scope_kind, scope_ref, starts_on, ends_on, created_by, created_at, updated_at,
              version, is_demo)
            VALUES (\(bind: district.id), 'comprehensive', '全面督查', 'subtree', \(bind: district.id), '2026-11-21', '2026-11-23', 't',
              '2026-11-21T02:00:00.000Z', '2026-11-21T02:00:00.000Z', 1, false)
            """)
    }

    func finding(_ inspection: Int, unit: Int, on day: String) async throws -> Int {
        try await sql.insertReturningID(
            """
            INSERT INTO findings (inspection_id, unit_id, nature, category, severity, description, created_by, created_at, updated_at, version, is_demo)
            VALUES (\(bind: inspection), \(bind: unit), 'problem', NULL, NULL, '台账更新不及时', 't', \(bind: day + "T02:00:00.000Z"),
              \(bind: day + "T02:00:00.000Z"), 1, false)
            """)
    }

    func rectification(_ inspection: Int, unit: Int, deadline: String, closed: String?) async throws -> Int {
        let finding = try await finding(inspection, unit: unit, on: "2026-11-21")
        try await sql.raw("UPDATE findings SET nature = 'good_practice' WHERE id = \(bind: finding)").run()
        return try await sql.insertReturningID(
            """
            INSERT INTO rectifications (finding_id, inspection_id, jurisdiction_path, lead_unit_id, original_deadline, deadline, warn_from, measures,
              evidence_required, state, return_count, closed_on, created_by, created_at, updated_at, version, is_demo)
            VALUES (\(bind: finding), \(bind: inspection), \(bind: district.path), \(bind: unit), \(bind: deadline), \(bind: deadline),
              \(bind: deadline), '整改', '', \(bind: closed == nil ? "rectifying" : "closed"), 0, \(bind: closed), 't', '2026-11-21T02:00:00.000Z',
              '2026-11-21T02:00:00.000Z', 1, false)
            """)
    }

    func matter(unit: Int, opened: String, deadline: String) async throws -> Int {
        try await sql.insertReturningID(
            """
            INSERT INTO matters (jurisdiction_id, jurisdiction_path, subject, level, source_kind, instruction_text, instructed_by, instructed_on,
              meeting_reference, finding_id, lead_unit_id, responsible_leader, original_deadline, deadline, warn_from, delay_count,
              required_result, state, opened_on, closed_on, search_text, created_by, is_demo, version, created_at, updated_at)
            VALUES (\(bind: district.id), \(bind: district.path), '督办事项', 'general', 'item_late', '', '', NULL, '', NULL, \(bind: unit), '',
              \(bind: deadline), \(bind: deadline), \(bind: deadline), 0, '办结', 'handling', \(bind: opened), NULL, '', 't', false, 1,
              \(bind: opened + "T02:00:00.000Z"), \(bind: opened + "T02:00:00.000Z"))
            """)
    }

    /// An extension approved on `day`: the amendment and the deadline in force.
    func extend(_ matter: Int, to deadline: String, on day: String) async throws {
        try await sql.raw(
            """
            INSERT INTO matter_amendments (matter_id, old_deadline, new_deadline, reason, changed_by, approved_by, changed_at)
            VALUES (\(bind: matter), NULL, \(bind: deadline), '需协调', 't', 't', \(bind: day + "T02:00:00.000Z"))
            """
        ).run()
        try await sql.raw("UPDATE matters SET deadline = \(bind: deadline), delay_count = 1 WHERE id = \(bind: matter)").run()
    }

    func record(unit: Int, kind: UnitRecordKind, source matter: Int, on day: String) async throws {
        try await sql.raw(
            """
            INSERT INTO unit_records (unit_id, jurisdiction_path, kind, person, grounds, source_type, source_id, recorded_on, recorded_by,
              created_at, version, is_demo)
            VALUES (\(bind: unit), \(bind: district.path), \(bind: kind.rawValue), '', '依据', 'matter', \(bind: matter), \(bind: day), 't',
              \(bind: day + "T02:00:00.000Z"), 1, false)
            """
        ).run()
    }
}
