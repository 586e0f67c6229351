import Foundation
import Hummingbird
import HummingbirdTesting
import SQLKit
import Testing

@testable import App

/// Issue 10, finding 9: evidence is kept in the database, so every instance serves what another received, and the
/// files of the old folder are moved in at start.
struct EvidenceFileStoreTests {
    static func draftReport(_ services: AppServices) async throws -> (ReportingFixture, ReportRecord) {
        let r = try await ReportingFixture.make(services)
        _ = try await r.assignedAndSigned()
        let report = try await services.reports.save(
            reportId: nil, itemId: r.measure.id, unitId: r.ledger.developmentBureau.id, r.draft(), baseVersion: nil, by: r.liaison)
        return (r, report)
    }

    @Test func aFileUploadedThroughOneInstanceIsServedByAnother() async throws {
        try await TestDatabase.withTwoInstances { first, second in
            // given: a file received by the first instance
            let (r, report) = try await Self.draftReport(first)
            let pdf = EvidenceUploadTests.pdf + Data(repeating: 0x20, count: FileStore.chunkBytes + 10)
            let checked = try first.evidence.check(filename: "纪要.pdf", data: pdf)
            let saved = try await first.reports.addEvidence(reportId: report.id, files: [checked], by: r.liaison)
            // when: the second instance is asked for it
            let admin = try await TestAccounts(services: second).user(.admin)
            let app = Application(
                router: buildRouter(second), configuration: .init(address: .hostname("127.0.0.1", port: 0)), logger: TestDatabase.logger)
            let response = try await app.test(.router) { client in
                try await client.get("/api/v1/evidence/\(saved[0].id)", headers: [.authorization: "Bearer \(admin.token)"])
            }
            // then: the same bytes, in two chunks
            #expect(response.status == .ok)
            #expect(Data(buffer: response.body) == pdf)
            #expect(try await second.files.file(saved[0].storageKey)?.chunkCount == 2)
        }
    }

    @Test func filesOfTheOldFolderAreMovedIntoTheDatabaseAtStart() async throws {
        try await TestDatabase.withServices { services in
            // given: rows of the old store, one file in the folder, one missing, one changed since
            let (_, report) = try await Self.draftReport(services)
            let folder = URL(fileURLWithPath: services.config.filesDirectory)
            let kept = EvidenceUploadTests.pdf
            let missing = EvidenceUploadTests.pdf + Data("missing".utf8)
            let changed = EvidenceUploadTests.pdf + Data("changed".utf8)
            var keys: [Data: String] = [:]
            for data in [kept, missing, changed] {
                let sha = FileStore.key(for: data)
                let key = "\(sha.prefix(2))/\(sha.dropFirst(2).prefix(2))/\(sha)"
                keys[data] = key
                try await services.database.sql.execute(
                    """
                    INSERT INTO evidence_files (report_id, original_name, content_type, size, sha256, storage_key, uploaded_by, uploaded_at)
                    VALUES (\(bind: report.id), 'a.pdf', 'application/pdf', \(bind: data.count), \(bind: sha), \(bind: key), 'test', '2026-11-01T00:00:00.000Z')
                    """)
                guard data != missing else { continue }
                let url = folder.appendingPathComponent(key)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try (data == changed ? Data("tampered".utf8) : data).write(to: url)
            }
            let importer = EvidenceFolderImport(database: services.database, directory: folder, clock: services.clock)
            // when
            let outcome = try await importer.run(logger: TestDatabase.logger)
            let again = try await importer.run(logger: TestDatabase.logger)
            // then: the good file is in the store and its row points at it; the others are reported and left alone
            #expect(outcome == .init(imported: 1, missing: [keys[missing]!], altered: [keys[changed]!]))
            #expect(again.imported == 0)
            #expect(try await services.files.read(FileStore.key(for: kept)) == kept)
            let storageKeys = try await services.database.sql.raw("SELECT storage_key FROM evidence_files ORDER BY id").all()
                .map { try $0.decode(column: "storage_key", as: String.self) }
            #expect(storageKeys == [FileStore.key(for: kept), keys[missing]!, keys[changed]!])
        }
    }
}
