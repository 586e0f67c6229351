import Foundation
import ReformCore
import SQLKit
import Testing

@testable import App

/// Words in the authorization and delegated-power registers (`q=`, migration 0038): a phrase of three characters or more
/// goes through the trigram index (FTS5 on SQLite, pg_trgm on PostgreSQL) and finds what the plain LIKE finds, in every
/// searched column, after an edit and after a delete, with LIKE's and FTS5's own special characters taken literally.
struct RegisterSearchTests {
    @Test func aPhraseFindsTheAuthorizationItemsThatHoldItInAnySearchedColumn() async throws {
        try await TestDatabase.withServices { services in
            // given: the fixture's two items (授权事项1, 授权事项2; 国家发展改革委; 实施方案) and three more
            let x = try await AuthorizationFixture.make(services)
            func add(_ n: Int, content: String, body: String = "国家发展改革委", basis: String = "实施方案") async throws -> AuthorizationItemRecord {
                var input = AuthorizationFixture.input(n, jurisdiction: x.shenzhen.id)
                input.content = content
                input.grantingBody = body
                input.legalBasis = basis
                return try await services.authorizations.createItem(batchId: x.batch.id, input, by: x.office)
            }
            let market = try await add(3, content: "支持深圳开展要素市场化配置改革", basis: "《深圳建设中国特色社会主义先行示范区综合改革试点实施方案》")
            let odd = try await add(4, content: "放宽100%外资_准入 \"负面清单\"", body: "商务部")
            let court = try await add(5, content: "完善知识产权保护", body: "最高人民法院")
            let sql = services.database.sql
            func found(_ q: String) async throws -> Set<Int> {
                var f = AuthorizationFilter()
                f.q = q
                return Set(try await AuthorizationQueries.all(f, scope: nil, jurisdictionPath: nil, on: sql).map(\.id))
            }
            // then: in the content, the legal basis and the granting body; three characters or more and fewer
            #expect(try await found("要素市场化") == [market.id])
            #expect(try await found("先行示范区") == [market.id], "the legal basis")
            #expect(try await found("最高人民法院") == [court.id], "the granting body")
            #expect(try await found("授权事项") == [x.cityItem.id, x.districtItem.id])
            #expect(try await found("实施方案") == [x.cityItem.id, x.districtItem.id, market.id, odd.id, court.id])
            #expect(try await found("知识") == [court.id], "two characters: a LIKE")
            #expect(try await found("100%外资_准入") == [odd.id])
            #expect(try await found("0%外") == [odd.id])
            #expect(try await found("\"负面清单\"") == [odd.id])
            #expect(try await found("宽%外").isEmpty, "% is a character, not a wildcard")
            #expect(try await found("宽%").isEmpty)
            #expect(try await found("资_准") == [odd.id])
            #expect(try await found("资x准").isEmpty, "_ is a character, not a wildcard")
            #expect(try await found("要素市场化配置改革试点").isEmpty, "the whole phrase, not its parts")
            // when: an item's content is edited and another deleted
            var input = AuthorizationFixture.input(5, jurisdiction: x.shenzhen.id)
            input.content = "健全数据要素市场规则"
            input.grantingBody = "国家数据局"
            _ = try await services.authorizations.updateItem(court.id, input, baseVersion: court.version, by: x.office)
            let marketNow = try await AuthorizationQueries.item(market.id, on: sql)!
            try await services.authorizations.deleteItem(market.id, baseVersion: marketNow.version, by: x.office)
            // then
            #expect(try await found("知识产权").isEmpty, "the old words are gone")
            #expect(try await found("最高人民法院").isEmpty)
            #expect(try await found("数据要素") == [court.id])
            #expect(try await found("国家数据局") == [court.id])
            #expect(try await found("要素市场") == [court.id])
            #expect(try await found("要素市场化").isEmpty, "the deleted item is gone")
        }
    }

    @Test func aPhraseFindsTheDelegatedPowersThatHoldItInAnySearchedColumn() async throws {
        try await TestDatabase.withServices { services in
            // given: the fixture's two powers (职权事项1, 职权事项2; 省市场监督管理局 → 市市场监督管理局; 条例) and one more
            let x = try await PowerFixture.make(services)
            var input = PowerFixture.input(3, jurisdiction: x.shenzhen.id, type: .inspection)
            input.name = "建设工程消防设计审查验收"
            input.grantingDepartment = "省住房和城乡建设厅"
            input.receivingDepartment = "深圳市住房和建设局"
            input.legalBasis = "《中华人民共和国消防法》"
            let fire = try await services.powers.createPower(decisionId: x.decision.id, input, by: x.office)
            let sql = services.database.sql
            func found(_ q: String) async throws -> Set<Int> {
                var f = PowerFilter()
                f.q = q
                return Set(try await PowerQueries.all(f, scope: nil, jurisdictionPath: nil, today: TestClock.today, on: sql).map(\.id))
            }
            // then: the name, both departments and the legal basis
            #expect(try await found("消防设计审查") == [fire.id])
            #expect(try await found("住房和城乡建设厅") == [fire.id], "the granting department")
            #expect(try await found("深圳市住房") == [fire.id], "the receiving department")
            #expect(try await found("消防法") == [fire.id], "the legal basis")
            #expect(try await found("市场监督管理局") == [x.entrusted.id, x.devolved.id])
            #expect(try await found("条例") == [x.entrusted.id, x.devolved.id], "two characters: a LIKE")
            #expect(try await found("职权事项1") == [x.entrusted.id])
            // when: the power is renamed
            input.name = "燃气经营许可"
            _ = try await services.powers.updatePower(fire.id, input, baseVersion: fire.version, by: x.office)
            // then
            #expect(try await found("消防设计").isEmpty)
            #expect(try await found("燃气经营") == [fire.id])
            #expect(try await found("消防法") == [fire.id], "the legal basis kept")
        }
    }
}
