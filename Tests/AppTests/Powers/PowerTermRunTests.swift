import Foundation
import ReformCore
import SQLKit
import Testing

@testable import App

/// An entrusted power's run of terms (`term_run_start`, migration 0038): the counts as of a day read it instead of the
/// terms, and must count what the terms say on every day — before the handover, in the first term, in a lapse between a
/// term's end and a late renewal, after it, and after the last term ended.
struct PowerTermRunTests {
    @Test func theCountsInForceFollowTheTermsAcrossALapseAndAnOnTimeRenewal() async throws {
        try await TestDatabase.withServices { services in
            // given: decided 10 January 2023, handed over 1 February 2023 (term to 31 January 2024), renewed late on 15 March
            // 2024 (the lapse 1 February – 14 March), renewed on time from 15 March 2025, ended 14 March 2026
            let w = try await PowerFixture.make(services)
            let decision = try await services.powers.createDecision(
                .init(jurisdictionId: w.guangdong.id, docNumber: "", title: "2023年决定", decidedOn: "2023-01-10", announcedOn: ""), by: w.office)
            var power = try await services.powers.createPower(
                decisionId: decision.id, PowerFixture.input(1, jurisdiction: w.shenzhen.id), by: w.office)
            power = try await services.powers.recordHandover(
                power.id, handedOverOn: "2023-02-01", termStart: "", note: "", baseVersion: power.version, by: w.office)
            let sql = services.database.sql
            struct Run: Decodable { var termRunStart: String? }
            func run() async throws -> String? {
                try await sql.first(Run.self, "SELECT term_run_start FROM delegated_powers WHERE id = \(bind: power.id)")?.termRunStart
            }
            let afterHandover = try await run()
            _ = try await services.powers.recordEvaluation(power.id, evaluatedOn: "2023-12-01", conclusion: "good", summary: "", by: w.office)
            power = try await services.powers.renew(power.id, effectiveOn: "2024-03-15", note: "", baseVersion: power.version, by: w.office)
            let afterLapse = try await run()
            _ = try await services.powers.recordEvaluation(power.id, evaluatedOn: "2025-02-01", conclusion: "good", summary: "", by: w.office)
            power = try await services.powers.renew(power.id, effectiveOn: "2025-03-01", note: "", baseVersion: power.version, by: w.office)
            let afterOnTime = try await run()
            // then: the run restarts at the lapse and not at an on-time renewal
            #expect(afterHandover == "2023-02-01" && afterLapse == "2024-03-15" && afterOnTime == "2024-03-15")
            #expect(power.termStart == "2025-03-15" && power.termEnd == "2026-03-14")
            // and the counts agree with the terms themselves on every day
            var f = PowerFilter()
            f.decision = decision.id
            let days = [
                "2023-01-31", "2023-02-01", "2023-06-01", "2024-01-31", "2024-02-01", "2024-03-14", "2024-03-15", "2025-03-14", "2025-03-15",
                "2026-03-14", "2026-03-15", "2026-11-20"
            ]
            var inForce: [Int] = []
            for day in days {
                let counts = try await PowerCounts.load(f, scope: nil, jurisdictionPath: nil, asOf: LocalDate(iso: day)!, on: sql)
                let terms =
                    try await sql.scalar(
                        Int.self, column: "n",
                        """
                        SELECT COUNT(*) AS n FROM power_terms t WHERE t.power_id = \(bind: power.id) AND t.term_start <= \(bind: day)
                          AND t.term_end >= \(bind: day)
                        """) ?? 0
                #expect(counts.all.inForce == terms, "as of \(day)")
                inForce.append(counts.all.inForce)
            }
            #expect(inForce == [0, 1, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0])
        }
    }

    @Test func theMigrationFindsEachPowersRunFromItsTerms() {
        // given: power 1 renewed on time once, then after a lapse; power 2 with one term; power 3 renewed a day late
        let terms: [(powerId: Int, start: String, end: String)] = [
            (1, "2020-01-01", "2020-12-31"), (1, "2021-01-01", "2021-12-31"), (1, "2022-03-01", "2023-02-28"),
            (2, "2021-05-05", "2022-05-04"),
            (3, "2020-01-01", "2020-12-31"), (3, "2021-01-02", "2022-01-01")
        ]
        // when
        let runs = AddPowerTermRuns.runStarts(terms)
        // then
        #expect(runs.map(\.0) == [1, 2, 3])
        #expect(runs.map(\.1) == ["2022-03-01", "2021-05-05", "2021-01-02"])
    }
}
