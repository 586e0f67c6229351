import Foundation
import ReformCore
import SQLKit
import Testing

@testable import App

/// 签发 takes the next number of the kind's sequence in the transaction that stores the notice: never reused or skipped,
/// also when many are issued at once; drafts carry none; a failed issue leaves no gap.
struct NoticeNumberingTests {
    @Test func fiftyNoticesIssuedAtOnceGetOneToFifty() async throws {
        try await TestDatabase.withServices { services in
            // given: fifty drafts of one sequence
            let w = try await NoticeFixture.make(services)
            var drafts: [NoticeRecord] = []
            for _ in 0..<50 { drafts.append(try await w.draft()) }
            #expect(drafts.allSatisfy { $0.number == nil && $0.documentNumber == nil })
            // when: all issued concurrently
            let issued = try await withThrowingTaskGroup(of: NoticeRecord.self) { group in
                for d in drafts {
                    group.addTask { try await services.notices.issue(d.id, baseVersion: d.version, by: w.office) }
                }
                var all: [NoticeRecord] = []
                for try await n in group { all.append(n) }
                return all
            }
            // then
            let numbers = issued.compactMap(\.number)
            #expect(numbers.count == 50)
            #expect(NoticeNumbering.isConsecutive(numbers))
            #expect(numbers.sorted() == Array(1...50))
            let year = TestClock.today.year
            let stored = try await NoticeQueries.numbers(sequence: issued[0].sequenceId!, year: year, on: services.database.sql)
            #expect(stored == Array(1...50))
            #expect(Set(issued.compactMap(\.documentNumber)).count == 50)
            #expect(issued.contains { $0.documentNumber == "龙华改办督〔\(year)〕50号" })
        }
    }

    @Test func aFailedIssueSkipsNoNumberAndKindsShareTheirSequence() async throws {
        try await TestDatabase.withServices { services in
            // given
            let w = try await NoticeFixture.make(services)
            let first = try await w.issued(.reminder)
            let stale = try await w.draft(.supervisionNotice)
            // when: a stale version, then the same notice issued twice
            await #expect(throws: AppError.self) {
                try await services.notices.issue(stale.id, baseVersion: stale.version + 1, by: w.office)
            }
            let second = try await services.notices.issue(stale.id, baseVersion: stale.version, by: w.office)
            var again: AppError?
            do { _ = try await services.notices.issue(stale.id, baseVersion: second.version, by: w.office) } catch let e as AppError { again = e }
            let bulletin = try await w.issued(.commendation)
            // then: 督办通知 and 催办单 share one series; the bulletin has its own, by issue
            let year = TestClock.today.year
            #expect(first.documentNumber == "龙华改办督〔\(year)〕1号")
            #expect(second.documentNumber == "龙华改办督〔\(year)〕2号")
            guard case .conflict? = again else {
                Issue.record("issuing twice should be 409, got \(String(describing: again))")
                return
            }
            #expect(bulletin.documentNumber == "龙华改办通报〔\(year)〕第1期")
            #expect(DocumentNumber(parsing: bulletin.documentNumber!)?.number == 1)
        }
    }

    @Test func theYearOfTheIssueDateStartsAgainAtOne() async throws {
        try await TestDatabase.withServices { services in
            // given
            let w = try await NoticeFixture.make(services)
            let a = try await w.draft(), b = try await w.draft()
            let year = TestClock.today.year
            // when: one issued this year, one on the first day of next year (China time)
            let thisYear = try await services.notices.issue(a.id, baseVersion: a.version, by: w.office)
            let nextYear = try await services.notices.issue(b.id, baseVersion: b.version, by: w.office, at: "\(year)-12-31T16:30:00.000Z")
            // then
            #expect(thisYear.number == 1 && thisYear.year == year)
            #expect(nextYear.number == 1 && nextYear.year == year + 1)
            #expect(nextYear.documentNumber == "龙华改办督〔\(year + 1)〕1号")
        }
    }

    @Test func withoutASequenceIssuingIsRefusedAndNothingIsTaken() async throws {
        try await TestDatabase.withServices { services in
            // given: no sequence configured
            let w = try await NoticeFixture.make(services, sequences: false)
            let d = try await w.draft()
            // when
            var refusal: AppError?
            do { _ = try await services.notices.issue(d.id, baseVersion: d.version, by: w.office) } catch let e as AppError { refusal = e }
            // then
            guard case .unprocessable(let code, _)? = refusal else {
                Issue.record("expected 422, got \(String(describing: refusal))")
                return
            }
            #expect(code == "no_notice_sequence")
            #expect(try await NoticeQueries.require(d.id, on: services.database.sql).state == "draft")
            #expect(try await Fixtures(services: services).count("notice_counters") == 0)
        }
    }

    @Test func aSequenceRefusesABadPrefixAndAKindNumberedTwice() async throws {
        try await TestDatabase.withServices { services in
            // given
            let w = try await NoticeFixture.make(services)
            // when
            var issues: [ValidationIssue] = []
            do {
                _ = try await services.notices.createSequence(
                    jurisdictionId: w.m.longhua.id, name: " ", prefix: "龙华〔督〕", suffix: "number", kinds: ["reminder"], by: w.office)
            } catch AppError.validation(let found) { issues = found }
            // then: each problem on its field
            #expect(Set(issues.map(\.field)) == ["name", "prefix", "kinds"])
            #expect(issues.first { $0.field == "kinds" }?.code == .duplicate)
        }
    }
}
