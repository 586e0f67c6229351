import Foundation
import HummingbirdTesting
import ReformCore
import SQLKit
import Testing

@testable import App

/// Lists show only what lies in the user's view, liaisons change only their unit's progress, and the audit log
/// names the person and stays inside the searcher's subtree.
struct ScopeTests {
    private struct Titled: Decodable { var title: String }
    private struct Named: Decodable { var name: String }
    private struct Page<T: Decodable>: Decodable { var items: [T] }
    private struct LedgerRowTitle: Decodable { var title: String }

    @Test func listsOfAnotherCitysOfficeLeaveLonghuaOut() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await PermissionWorld.make(services, client)
            let gz = w.clients[.otherOffice]!, sz = w.clients[.office]!
            // when
            let gzPlans = try await gz.get("/api/v1/plans").decode(Page<Titled>.self).items.map(\.title)
            let szPlans = try await sz.get("/api/v1/plans").decode(Page<Titled>.self).items.map(\.title)
            let gzUnits = try await gz.get("/api/v1/units").decode(Page<Named>.self).items.map(\.name)
            let gzJurisdictions = try await gz.get("/api/v1/jurisdictions").decode(Page<Named>.self).items.map(\.name)
            let gzLedger = try await gz.get("/api/v1/ledger?scope=all").decode(Page<LedgerRowTitle>.self).items.map(\.title)
            let gzLedgerPage = try await gz.get("/ledger?scope=all").text
            let gzPlansPage = try await gz.get("/plans").text
            let forced = try await gz.get("/api/v1/ledger?jurisdiction=\(w.longhua.id)")
            // then
            #expect(gzPlans == [w.gzPlan.title])
            #expect(Set(szPlans) == [w.plan.title])
            #expect(gzUnits == ["广州市发展和改革委员会"])
            #expect(gzJurisdictions == ["广州市"])
            #expect(gzLedger == ["要素市场化配置"])
            #expect(gzLedgerPage.contains("要素市场化配置") && !gzLedgerPage.contains("一网通办"))
            #expect(!gzPlansPage.contains(w.plan.title))
            #expect(forced.status == .notFound)
        }
    }

    @Test func anExportHoldsOnlyWhatItsReaderMaySee() async throws {
        try await TestApp.run { services, client in
            // given: Guangzhou's office and Longhua's plan, which it may not see
            let w = try await PermissionWorld.make(services, client)
            let gz = w.clients[.otherOffice]!
            // when
            let csv = try await gz.get("/api/v1/ledger/export?format=csv&scope=all").text
            let page = try await gz.get("/ledger/export.csv?scope=all").text
            let forced = try await gz.get("/ledger/export.csv?jurisdiction=\(w.longhua.id)")
            // then
            #expect(csv.contains("要素市场化配置") && !csv.contains("一网通办"))
            #expect(page.contains("要素市场化配置") && !page.contains("一网通办"))
            #expect(forced.status == .notFound)
        }
    }

    @Test func aLiaisonReportsProgressOnTheirUnitsItemsAndNothingElse() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await PermissionWorld.make(services, client)
            let liaison = w.clients[.liaison]!
            let task = try await w.f.reload(w.task.id)
            let before = try await w.snapshot()
            // when
            let retitle = try await liaison.sendJSON(
                "/api/v1/items/\(task.id)", method: .patch,
                #"{"title": "改了标题", "ownPercent": 50, "version": \#(task.version)}"#)
            let notTheirs = try await liaison.sendJSON(
                "/api/v1/items/\(w.otherTask.id)", method: .patch,
                #"{"ownPercent": 50, "version": \#(w.otherTask.version)}"#)
            let newChild = try await liaison.sendJSON(
                "/api/v1/plans/\(w.plan.id)/items", method: .post, #"{"title": "x", "leadUnitId": \#(w.bureau.id)}"#)
            // status and percent move only through an accepted progress report
            let percent = try await liaison.sendJSON(
                "/api/v1/items/\(task.id)", method: .patch,
                #"{"status": "partly_done", "ownPercent": 60, "version": \#(task.version)}"#)
            let unchanged = try await w.snapshot()
            let progress = try await liaison.sendJSON(
                "/api/v1/items/\(task.id)", method: .patch,
                #"{"handler": "王五", "remarks": "已完成系统联调", "version": \#(task.version)}"#)
            let formPage = try await liaison.get("/items/\(task.id)/edit").text
            // then
            #expect(retitle.status == .forbidden)
            #expect(retitle.apiError?.message == L10n.t("deny.edit_item_fields", .zh))
            #expect(notTheirs.status == .forbidden)
            #expect(newChild.status == .forbidden)
            #expect(percent.status == .forbidden)
            #expect(unchanged == before)
            #expect(progress.status == .ok)
            let after = try await w.f.reload(task.id)
            #expect(after.handler == "王五" && after.remarks == "已完成系统联调" && after.title == task.title)
            #expect(after.ownPercent == task.ownPercent && after.status == task.status)
            #expect(
                formPage.contains("name=\"remarks\"") && !formPage.contains("name=\"ownPercent\"") && !formPage.contains("name=\"title\"")
                    && !formPage.contains("name=\"deadline\""))
            let history = try await ItemQueries.history(entity: "item", id: task.id, on: w.sql)
            #expect(history.first?.actor == "测试liaison（m-liaison）")
        }
    }

    @Test func pagesHideWhatTheUserCannotUse() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await PermissionWorld.make(services, client)
            // when
            let viewerPlan = try await w.clients[.viewer]!.get("/plans/\(w.plan.id)").text
            let officePlan = try await w.clients[.office]!.get("/plans/\(w.plan.id)").text
            let viewerItem = try await w.clients[.viewer]!.get("/items/\(w.task.id)").text
            let liaisonItem = try await w.clients[.liaison]!.get("/items/\(w.task.id)").text
            let viewerNav = try await w.clients[.viewer]!.get("/ledger").text
            let adminNav = try await w.clients[.admin]!.get("/ledger").text
            // then
            #expect(!viewerPlan.contains("/plans/\(w.plan.id)/edit") && officePlan.contains("/plans/\(w.plan.id)/edit"))
            #expect(!viewerItem.contains("/items/\(w.task.id)/edit") && !viewerItem.contains("/items/\(w.task.id)/delete"))
            #expect(
                liaisonItem.contains("/items/\(w.task.id)/edit") && !liaisonItem.contains("/items/\(w.task.id)/delete")
                    && !liaisonItem.contains("/items/\(w.task.id)/amend"))
            #expect(!viewerNav.contains("href=\"/imports\"") && !viewerNav.contains("href=\"/audit\"") && !viewerNav.contains("href=\"/users\""))
            #expect(adminNav.contains("href=\"/imports\"") && adminNav.contains("href=\"/audit\"") && adminNav.contains("href=\"/users\""))
            #expect(viewerNav.contains("测试viewer") && viewerNav.contains(L10n.t("role.viewer", .zh)) && viewerNav.contains("龙华区"))
        }
    }

    @Test func theAuditSearchNamesThePersonAndStaysInTheSubtree() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await PermissionWorld.make(services, client)
            let office = w.clients[.office]!
            let task = try await w.f.reload(w.task.id)
            _ = try await office.sendJSON("/api/v1/items/\(task.id)", method: .patch, #"{"ownPercent": 35, "version": \#(task.version)}"#)
            _ = try await w.clients[.otherOffice]!.sendJSON(
                "/api/v1/plans/\(w.gzPlan.id)", method: .patch,
                #"{"issuer": "市委深改委", "version": \#(w.gzPlan.version)}"#)
            struct Entry: Decodable {
                var actor: String
                var entityType: String
                var entityId: Int
                var action: String
                struct Change: Decodable {
                    var field: String
                    var before: String?
                    var after: String?
                }
                var changes: [Change]
            }
            struct AuditPage: Decodable { var items: [Entry] }
            // when
            let mine = try await office.get("/api/v1/audit?actor=m-office&entity=item").decode(AuditPage.self).items
            let fromGuangzhou = try await office.get("/api/v1/audit?actor=m-otherOffice").decode(AuditPage.self).items
            let byText = try await office.get("/api/v1/audit?q=\(q("市委深改委"))").decode(AuditPage.self).items
            let adminSees = try await w.clients[.admin]!.get("/api/v1/audit?q=\(q("市委深改委"))").decode(AuditPage.self).items
            let page = try await office.get("/audit?actor=m-office").text
            // then
            let edit = try #require(mine.first)
            #expect(edit.actor == "测试office（m-office）" && edit.entityId == task.id && edit.action == "update")
            #expect(edit.changes.contains { $0.field == "ownPercent" && $0.after == "35" })
            #expect(fromGuangzhou.isEmpty)
            #expect(byText.isEmpty)
            #expect(adminSees.count == 1)
            #expect(page.contains("测试office（m-office）") && page.contains("/items/\(task.id)"))
        }
    }
}
