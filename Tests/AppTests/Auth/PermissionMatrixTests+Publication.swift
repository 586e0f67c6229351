import Foundation
import HTTPTypes
import ReformCore

@testable import App

/// Publication's routes in the matrix. The office side: everyone lists what is public in their view; 龙华区's plan's
/// settings are read by whoever sees 龙华区 (广州市's office: 404) and changed by its office and administrators (others 403).
/// The public side, pages, open data and API alike: everyone, signed in or not, gets the same answer.
extension PermissionMatrixTests {
    static let publicationEntries: [String: Entry] = {
        var e: [String: Entry] = [:]
        func add(
            _ key: String, _ expected: @escaping @Sendable (Who) -> Outcome,
            _ request: @escaping @Sendable (PermissionWorld, Who) async throws -> Request
        ) {
            e[key] = Entry(expected: expected, request: request)
        }
        let editors = only(planEditors, hidden: [.otherOffice])

        add("GET /publication", only(everyone)) { _, _ in Request(uri: "/publication") }
        add("GET /publication/plans/{id}", only(longhuaReaders, hidden: [.otherOffice])) { w, _ in Request(uri: "/publication/plans/\(w.plan.id)") }
        add("POST /publication/plans/{id}", editors) { w, _ in
            Request(uri: "/publication/plans/\(w.plan.id)", method: .post, form: [("published", "1"), ("names", "leader"), ("word_done", "正式落地")])
        }
        add("POST /publication/plans/{id}/updates", editors) { w, _ in
            Request(uri: "/publication/plans/\(w.plan.id)/updates", method: .post, form: [("itemId", String(w.task.id)), ("body", "进展动态")])
        }
        add("POST /publication/items/{id}/hold", editors) { w, _ in
            Request(uri: "/publication/items/\(w.task.id)/hold", method: .post, form: [("reason", "暂缓")])
        }
        add("POST /publication/items/{id}/release", editors) { w, _ in
            try await w.services.publication.hold(itemId: w.task.id, reason: "暂缓", by: w.publicationOffice)
            return Request(uri: "/publication/items/\(w.task.id)/release", method: .post, form: [])
        }
        add("POST /publication/updates/{id}/delete", editors) { w, _ in
            let u = try await w.services.publication.addUpdate(itemId: w.task.id, writtenOn: "", body: "进展动态", by: w.publicationOffice)
            return Request(uri: "/publication/updates/\(u.id)/delete", method: .post, form: [])
        }
        add("POST /publication/authorization-batches/{id}", editors) { w, _ in
            Request(uri: "/publication/authorization-batches/\(try await w.freshAuthorizationBatch().id)", method: .post, form: [("published", "1")])
        }

        // The public side.
        @Sendable func published(_ w: PermissionWorld) async throws {
            _ = try await w.services.publication.setSettings(planId: w.plan.id, .init(isPublished: true, namesLevel: "none"), by: w.publicationOffice)
        }
        add("GET /public", publicRoute) { _, _ in Request(uri: "/public") }
        add("GET /public/plans/{id}", publicRoute) { w, _ in
            try await published(w)
            return Request(uri: "/public/plans/\(w.plan.id)")
        }
        add("GET /public/items/{id}", publicRoute) { w, _ in
            try await published(w)
            return Request(uri: "/public/items/\(w.task.id)")
        }
        add("GET /public/authorizations", publicRoute) { _, _ in Request(uri: "/public/authorizations") }
        add("GET /public/data", publicRoute) { _, _ in Request(uri: "/public/data") }
        add("GET /public/updates.atom", publicRoute) { _, _ in Request(uri: "/public/updates.atom") }
        for format in ["csv", "json", "xlsx"] {
            add("GET /public/plans.\(format)", publicRoute) { _, _ in Request(uri: "/public/plans.\(format)") }
            add("GET /public/authorizations.\(format)", publicRoute) { _, _ in Request(uri: "/public/authorizations.\(format)") }
            add("GET /public/plans/{id}/items.\(format)", publicRoute) { w, _ in
                try await published(w)
                return Request(uri: "/public/plans/\(w.plan.id)/items.\(format)")
            }
        }
        add("GET /api/public/openapi.json", publicRoute) { _, _ in Request(uri: "/api/public/openapi.json") }
        add("GET /api/public/v1/plans", publicRoute) { _, _ in Request(uri: "/api/public/v1/plans") }
        add("GET /api/public/v1/plans/{id}", publicRoute) { w, _ in
            try await published(w)
            return Request(uri: "/api/public/v1/plans/\(w.plan.id)")
        }
        add("GET /api/public/v1/items/{id}", publicRoute) { w, _ in
            try await published(w)
            return Request(uri: "/api/public/v1/items/\(w.task.id)")
        }
        add("GET /api/public/v1/authorizations", publicRoute) { _, _ in Request(uri: "/api/public/v1/authorizations") }
        add("GET /api/public/v1/updates", publicRoute) { _, _ in Request(uri: "/api/public/v1/updates") }

        // The office API.
        let apiReaders = only(longhuaReaders, hidden: [.otherOffice], api: true)
        let apiEditors = only(planEditors, hidden: [.otherOffice], api: true)
        add("GET /api/v1/publication/plans", only(everyone, api: true)) { _, _ in Request(uri: "/api/v1/publication/plans") }
        add("GET /api/v1/publication/plans/{id}", apiReaders) { w, _ in Request(uri: "/api/v1/publication/plans/\(w.plan.id)") }
        add("PUT /api/v1/publication/plans/{id}", apiEditors) { w, _ in
            let version = try await PublicationQueries.settings(w.plan.id, on: w.sql).version
            return Request(
                uri: "/api/v1/publication/plans/\(w.plan.id)", method: .put,
                json: #"{"version":\#(version),"isPublished":true,"publicNames":"leader"}"#)
        }
        add("PUT /api/v1/publication/items/{id}/hold", apiEditors) { w, _ in
            Request(uri: "/api/v1/publication/items/\(w.task.id)/hold", method: .put, json: #"{"reason":"暂缓"}"#)
        }
        add("DELETE /api/v1/publication/items/{id}/hold", apiEditors) { w, _ in
            try await w.services.publication.hold(itemId: w.task.id, reason: "暂缓", by: w.publicationOffice)
            return Request(uri: "/api/v1/publication/items/\(w.task.id)/hold", method: .delete)
        }
        add("GET /api/v1/publication/plans/{id}/updates", apiReaders) { w, _ in Request(uri: "/api/v1/publication/plans/\(w.plan.id)/updates") }
        add("POST /api/v1/publication/plans/{id}/updates", apiEditors) { w, _ in
            Request(uri: "/api/v1/publication/plans/\(w.plan.id)/updates", method: .post, json: #"{"itemId":\#(w.task.id),"body":"进展动态"}"#)
        }
        add("PATCH /api/v1/publication/updates/{id}", apiEditors) { w, _ in
            let u = try await w.services.publication.addUpdate(itemId: w.task.id, writtenOn: "", body: "进展动态", by: w.publicationOffice)
            return Request(uri: "/api/v1/publication/updates/\(u.id)", method: .patch, json: #"{"body":"进展动态（改）"}"#)
        }
        add("DELETE /api/v1/publication/updates/{id}", apiEditors) { w, _ in
            let u = try await w.services.publication.addUpdate(itemId: w.task.id, writtenOn: "", body: "进展动态", by: w.publicationOffice)
            return Request(uri: "/api/v1/publication/updates/\(u.id)", method: .delete)
        }
        return e
    }()
}

extension PermissionWorld {
    var publicationOffice: Principal {
        Principal(userId: 0, username: "p-setup", displayName: "龙华区委改革办", role: .office, jurisdictionId: longhua.id, jurisdictionPath: longhua.path)
    }
}
