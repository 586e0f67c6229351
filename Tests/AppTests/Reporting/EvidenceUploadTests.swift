import Foundation
import ReformCore
import SQLKit
import Testing

@testable import App

/// Evidence files: allowed types by extension and magic bytes, a size limit, kept in the database, and nothing left
/// behind on refusal.
struct EvidenceUploadTests {
    static let pdf = Data("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".utf8)

    private func draftReport(_ services: AppServices) async throws -> (ReportingFixture, ReportRecord) {
        let r = try await ReportingFixture.make(services)
        _ = try await r.assignedAndSigned()
        let report = try await services.reports.save(
            reportId: nil, itemId: r.measure.id, unitId: r.ledger.developmentBureau.id,
            r.draft(), baseVersion: nil, by: r.liaison)
        return (r, report)
    }

    private func storedFiles(_ services: AppServices) async throws -> [String] {
        try await services.database.sql.raw("SELECT sha256 FROM stored_files ORDER BY sha256").all().map {
            try $0.decode(column: "sha256", as: String.self)
        }
    }

    private func refusal(_ services: AppServices, _ name: String, _ data: Data, store: EvidenceStore? = nil) async throws -> ValidationIssue? {
        let (r, report) = try await draftReport(services)
        let evidence = store ?? services.evidence
        let error = await #expect(throws: AppError.self) {
            let checked = try evidence.check(filename: name, data: data)
            _ = try await services.reports.addEvidence(reportId: report.id, files: [checked], by: r.liaison)
        }
        #expect(try await r.f.count("evidence_files") == 0)
        #expect(try await storedFiles(services).isEmpty)
        guard case .validation(let issues)? = error else { return nil }
        return issues.first
    }

    @Test func aPDFIsStoredInTheDatabaseUnderItsChecksum() async throws {
        try await TestDatabase.withServices { services in
            // given
            let (r, report) = try await draftReport(services)
            let checked = try services.evidence.check(filename: "C:\\材料\\上线通知.pdf", data: Self.pdf)
            // when
            let saved = try await services.reports.addEvidence(reportId: report.id, files: [checked], by: r.liaison)
            // then
            #expect(saved.count == 1)
            #expect(saved[0].originalName == "上线通知.pdf" && saved[0].contentType == "application/pdf" && saved[0].size == Self.pdf.count)
            #expect(saved[0].sha256.count == 64 && saved[0].storageKey == saved[0].sha256)
            #expect(try await services.files.read(saved[0].storageKey) == Self.pdf)
            #expect(try await storedFiles(services) == [saved[0].storageKey])
            #expect(!FileManager.default.fileExists(atPath: services.config.filesDirectory), "nothing written to the old folder")
        }
    }

    @Test func theSameBytesTwiceAreStoredOnce() async throws {
        try await TestDatabase.withServices { services in
            // given
            let (r, report) = try await draftReport(services)
            let a = try services.evidence.check(filename: "a.pdf", data: Self.pdf)
            let b = try services.evidence.check(filename: "b.pdf", data: Self.pdf)
            // when
            _ = try await services.reports.addEvidence(reportId: report.id, files: [a, b], by: r.liaison)
            // then
            #expect(try await r.f.count("evidence_files") == 2)
            #expect(try await storedFiles(services).count == 1)
        }
    }

    @Test func anEmptyFileIsRefused() async throws {
        try await TestDatabase.withServices { services in
            let issue = try await refusal(services, "空.pdf", Data())
            #expect(issue == ValidationIssue(field: "evidence", code: .fileEmpty))
        }
    }

    @Test func aFileOverTheLimitIsRefused() async throws {
        try await TestDatabase.withServices { services in
            let small = EvidenceStore(files: services.files, maxBytes: 1024 * 1024)
            let issue = try await refusal(services, "big.pdf", Self.pdf + Data(count: 1024 * 1024), store: small)
            #expect(issue == ValidationIssue(field: "evidence", code: .fileTooLarge, limit: 1))
        }
    }

    @Test func anExecutableNamedPDFIsRefused() async throws {
        try await TestDatabase.withServices { services in
            let issue = try await refusal(services, "通知.pdf", Data([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0]))
            #expect(issue == ValidationIssue(field: "evidence", code: .fileType))
        }
    }

    @Test func aDisallowedExtensionIsRefusedEvenWithGoodBytes() async throws {
        try await TestDatabase.withServices { services in
            let issue = try await refusal(services, "run.exe", Self.pdf)
            #expect(issue == ValidationIssue(field: "evidence", code: .fileType))
        }
    }

    @Test func magicBytesOfTheAllowedKinds() async throws {
        // given
        let store = try await TestDatabase.withServices { EvidenceStore(files: $0.files, maxBytes: 1000) }
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0])
        let docx = Data([0x50, 0x4B, 0x03, 0x04]) + Data("[Content_Types].xml word/document.xml".utf8)
        let ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0])
        // then
        #expect(try store.check(filename: "图.PNG", data: png).contentType == "image/png")
        #expect(try store.check(filename: "方案.docx", data: docx).contentType.contains("wordprocessingml"))
        #expect(try store.check(filename: "旧.doc", data: ole).contentType == "application/msword")
        #expect(try store.check(filename: "金山.wps", data: ole).contentType == "application/vnd.ms-works")
        #expect(throws: AppError.self) { try store.check(filename: "表.xlsx", data: docx) }
        #expect(throws: AppError.self) { try store.check(filename: "图.jpg", data: png) }
    }

    @Test func evidenceCannotBeAddedOnceInReview() async throws {
        try await TestDatabase.withServices { services in
            // given
            let (r, report) = try await draftReport(services)
            _ = try await services.reports.act(report.id, .submit, baseVersion: report.version, by: r.liaison)
            let checked = try services.evidence.check(filename: "a.pdf", data: Self.pdf)
            // when / then
            await #expect(throws: AppError.self) {
                try await services.reports.addEvidence(reportId: report.id, files: [checked], by: r.liaison)
            }
            #expect(try await storedFiles(services).isEmpty)
        }
    }
}
