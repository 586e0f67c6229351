import Foundation
import SQLKit
import Testing

@testable import App

/// A draft's items are stored in parts apart from the rest of its payload (`SplitImportPayloadItems`).
struct ImportPayloadStorageTests {
    struct Part: Decodable {
        var part: Int
        var items: String
    }

    @Test func aDraftIsStoredInPartsAndReadBackWhole() async throws {
        try await TestDatabase.withServices { services in
            // given
            let district = try await Fixtures(services: services).jurisdiction()
            // when
            let draft = try await services.imports.createDraft(
                try ImportFixtures.upload("outline-ledger.csv"),
                target: ImportTarget(mode: .newPlan, jurisdictionId: district.id), actor: "测试")
            // then
            let sql = services.database.sql
            let parts = try await sql.all(Part.self, "SELECT part, items FROM import_batch_payload_items WHERE batch_id = \(bind: draft.record.id)")
            #expect(parts.map(\.part) == [0])
            #expect(try JSONDecoder().decode([ImportItem].self, from: Data(parts[0].items.utf8)) == draft.payload.items)
            let shell = try #require(
                try await sql.raw("SELECT payload FROM import_batch_payloads WHERE batch_id = \(bind: draft.record.id)").first()?
                    .decode(column: "payload", as: String.self))
            #expect(!shell.contains("\n") && shell.contains("\"items\":[]"))
            #expect(try await services.imports.load(draft.record.id).payload == draft.payload)
        }
    }

    /// Drafts stored before the split (items as lines of the payload) are split by the migration, and put back by its revert.
    @Test func theMigrationSplitsAndJoinsExistingDrafts() async throws {
        try await TestDatabase.withServices { services in
            // given
            let district = try await Fixtures(services: services).jurisdiction()
            let draft = try await services.imports.createDraft(
                try ImportFixtures.upload("outline-ledger.csv"),
                target: ImportTarget(mode: .newPlan, jurisdictionId: district.id), actor: "测试")
            let sql = services.database.sql
            // when: back to the single text, then split again
            try await SplitImportPayloadItems().revert(on: services.database.db)
            let joined = try #require(
                try await sql.raw("SELECT payload FROM import_batch_payloads WHERE batch_id = \(bind: draft.record.id)").first()?
                    .decode(column: "payload", as: String.self))
            try await SplitImportPayloadItems().prepare(on: services.database.db)
            // then
            #expect(joined.split(separator: "\n").count == 2)
            #expect(try await services.imports.load(draft.record.id).payload == draft.payload)
            let parts = try await sql.all(Part.self, "SELECT part, items FROM import_batch_payload_items WHERE batch_id = \(bind: draft.record.id)")
            #expect(parts.map(\.part) == [0])
        }
    }
}
