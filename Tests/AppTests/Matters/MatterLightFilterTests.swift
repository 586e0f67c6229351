import ReformCore
import SQLKit
import Testing

@testable import App

/// The matters ledger's SQL light filter (`MatterQueries.lightCondition`) agrees with `SupervisionLight`, matter by
/// matter, on the deadline in force; and every supervision word the matters use is named in both languages.
struct MatterLightFilterTests {
    /// One matter per case the rules distinguish, read on `today` (the matters were raised on the test clock's day).
    private func makeCases(_ w: MatterFixture) async throws {
        for days in [0, 1, 2, 3, 4, 10, 30] {
            _ = try await w.raise(w.draft(subject: "到期\(days)", deadline: TestClock.today.adding(days: days)))
        }
        _ = try await w.walk(try await w.raise(w.draft(subject: "已办结")), [.approve, .issueNotice, .sign, .handle, .feedBack, .verify, .close])
        _ = try await w.walk(try await w.raise(w.draft(subject: "已撤销")), [.cancel])
    }

    @Test(arguments: ScheduleLight.allCases)
    func sqlLightFilterAgreesWithSupervisionLight(_ light: ScheduleLight) async throws {
        try await TestDatabase.withServices { services in
            // given: read two days on, so some are overdue, some due within the warn days, some not yet
            let w = try await MatterFixture.make(services)
            try await makeCases(w)
            let today = TestClock.today.adding(days: 2)
            let all = try await services.database.sql.all(MatterRecord.self, "SELECT \(MatterQueries.columns) FROM matters")
            let expected = Set(all.filter { $0.light(today: today) == light }.map(\.id))
            var filter = MatterFilter()
            filter.lights = [light]
            filter.perPage = 500
            // when
            let found = Set(try await MatterQueries.page(filter, principal: nil, today: today, on: services.database.sql).rows.map(\.id))
            // then
            #expect(found == expected)
            #expect(!found.isEmpty)
        }
    }

    @Test func everyWordTheMattersUseIsNamedInBothLanguages() {
        // given
        let named = MattersFeature.vocabulary + ["judgement"]
        let keys = SupervisionVocabulary.namespaces.filter { named.contains($0.namespace) }
            .flatMap { entry in entry.rawValues.map { entry.namespace + "." + $0 } }
        // then
        #expect(keys.count > 44)
        for key in keys {
            let zh = L10n.t(key, .zh), en = L10n.t(key, .en)
            #expect(zh != key && en != key && zh != en, "\(key) is not named in both languages")
        }
        #expect(Set(MattersFeature.vocabulary).isSubset(of: Set(SupervisionVocabulary.namespaces.map(\.namespace))))
    }
}
