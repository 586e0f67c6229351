import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@testable import App

/// HEAD on the public side answers as GET, with the same status and cache headers and no body; a matching ETag is a 304.
@Suite struct PublicHeadTests {
    @Test func headAnswersAsGetWithoutABody() async throws {
        try await TestApp.run { services, client in
            // given
            let fx = try await PublicSiteFixture.make(services)
            let anonymous = client.anonymous
            for uri in [
                "/public", "/public/plans/\(fx.plan.id)", "/public/items/\(fx.task.id)", "/public/plans.csv", "/public/updates.atom",
                "/api/public/v1/plans", "/public/ideas"
            ] {
                let get = try await anonymous.get(uri)
                // when
                let head = try await anonymous.executeRequest(uri: uri, method: .head, headers: [:], body: nil)
                // then
                #expect(head.status == get.status && head.status == .ok, "\(uri): \(head.status)")
                #expect(head.body.readableBytes == 0, "\(uri) has a body")
                #expect(head.headers[.eTag] == get.headers[.eTag] && head.headers[.cacheControl] == get.headers[.cacheControl], "\(uri)")
                #expect(head.headers[.lastModified] == get.headers[.lastModified] && head.headers[.contentType] == get.headers[.contentType])
                if let etag = get.headers[.eTag] {
                    let again = try await anonymous.executeRequest(uri: uri, method: .head, headers: [.ifNoneMatch: etag], body: nil)
                    #expect(again.status == .notModified, "\(uri)")
                }
            }
            // what is not public is not found, with no body either
            let hidden = try await anonymous.executeRequest(uri: "/public/plans/\(fx.hiddenPlan.id)", method: .head, headers: [:], body: nil)
            #expect(hidden.status == .notFound && hidden.body.readableBytes == 0)
        }
    }
}
