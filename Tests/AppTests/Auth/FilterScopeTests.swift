import Foundation
import HummingbirdTesting
import Testing

@testable import App

/// Issue 10: a filter naming something outside the reader's view answered 404 on some lists and 200 on others. Now
/// every list, page, API answer and export answers 404 for a jurisdiction, plan, field or unit the reader cannot see
/// (or that does not exist), as a direct read of it would; filters inside the view still work.
struct FilterScopeTests {
    @Test func everyListAnswers404ForAFilterOutsideTheView() async throws {
        try await TestApp.run { services, client in
            // given: a viewer of 龙华区; 广州市 is outside their view
            let w = try await PermissionWorld.make(services, client)
            let viewer = w.clients[.viewer]!
            let gz = w.guangzhou.id
            let gzField = try #require(try await ItemQueries.tree(planId: w.gzPlan.id, on: w.sql).first).id
            let outside = [
                "/ledger?jurisdiction=\(gz)", "/ledger?plan=\(w.gzPlan.id)", "/ledger?field=\(gzField)", "/ledger?unit=\(w.gzBureau.id)",
                "/ledger?field=999999", "/ledger?unit=999999", "/ledger/export.csv?unit=\(w.gzBureau.id)",
                "/ledger/export.xlsx?jurisdiction=\(gz)", "/api/v1/ledger?unit=\(w.gzBureau.id)", "/api/v1/ledger?field=\(gzField)",
                "/api/v1/ledger/export?format=csv&plan=\(w.gzPlan.id)", "/api/v1/units?jurisdiction=\(gz)", "/units?jurisdiction=\(gz)",
                "/api/v1/plans?jurisdiction=\(gz)", "/digest?jurisdiction=\(gz)"
            ]
            // when / then
            for uri in outside {
                let response = try await viewer.get(uri)
                #expect(response.status == .notFound, "\(uri): \(response.status)")
            }
        }
    }

    @Test func filtersInsideTheViewAndUnitsFromAboveStillWork() async throws {
        try await TestApp.run { services, client in
            // given: a department of 深圳市 (above the viewer's 龙华区) takes part in 龙华区's plans
            let w = try await PermissionWorld.make(services, client)
            let viewer = w.clients[.viewer]!
            let cityUnit = try await w.f.unit("深圳市发展和改革委员会", in: w.shenzhen.id)
            let inside = [
                "/ledger?jurisdiction=\(w.longhua.id)", "/ledger?plan=\(w.plan.id)", "/ledger?unit=\(w.bureau.id)",
                "/ledger?unit=\(cityUnit.id)", "/api/v1/ledger?unit=\(cityUnit.id)", "/api/v1/units?jurisdiction=\(w.longhua.id)",
                "/units?jurisdiction=\(w.longhua.id)", "/api/v1/plans?jurisdiction=\(w.longhua.id)"
            ]
            // when / then
            for uri in inside {
                let response = try await viewer.get(uri)
                #expect(response.status == .ok, "\(uri): \(response.status)")
            }
        }
    }
}
