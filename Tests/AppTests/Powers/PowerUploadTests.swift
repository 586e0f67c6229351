import Foundation
import HTTPTypes
import HummingbirdTesting
import ReformCore
import Testing

@testable import App

/// A power's documents over the API: entrustment agreements and an effect evaluation's reports as multipart uploads,
/// checked by the evidence checker (kind by extension and first bytes, size), by the power's editors only.
struct PowerUploadTests {
    struct FileList: Decodable {
        struct File: Decodable {
            var id: Int
            var kind: String
            var evaluationId: Int?
            var originalName: String
            var contentType: String
            var size: Int
        }
        var items: [File]
    }

    static let pdf = Data("%PDF-1.4 委托协议".utf8)

    @Test func anAgreementIsUploadedAndAWrongKindOrATooLargeFileIsRefused() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await PowerFixture.make(services)
            let office = try await client.as(.office, jurisdiction: w.shenzhen.id)
            let viewer = try await client.as(.viewer, jurisdiction: w.shenzhen.id)
            let uri = "/api/v1/powers/\(w.entrusted.id)/agreements"
            let big = Self.pdf + Data(count: services.config.maxEvidenceBytes)
            // when
            let good = try await ReportPageTests.file(office, uri, [], files: [("agreement", "委托协议.pdf", Self.pdf)])
            let wrongType = try await ReportPageTests.file(
                office, uri, [], files: [("agreement", "协议.pdf", Data([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0]))])
            let wrongExtension = try await ReportPageTests.file(office, uri, [], files: [("agreement", "run.exe", Self.pdf)])
            let tooBig = try await ReportPageTests.file(office, uri, [], files: [("agreement", "大文件.pdf", big)])
            let none = try await ReportPageTests.file(office, uri, [("note", "无文件")], files: [])
            let json = try await office.sendJSON(uri, method: .post, #"{"agreement":"x"}"#)
            let byViewer = try await ReportPageTests.file(viewer, uri, [], files: [("agreement", "委托协议.pdf", Self.pdf)])
            let listed = try await viewer.get("/api/v1/powers/\(w.entrusted.id)/files")
            // then
            #expect(good.status == .created)
            let stored = try good.decode(FileList.self).items
            #expect(stored.count == 1 && stored[0].kind == "agreement" && stored[0].originalName == "委托协议.pdf")
            #expect(stored[0].contentType == "application/pdf" && stored[0].size == Self.pdf.count && stored[0].evaluationId == nil)
            #expect(wrongType.status == .unprocessableContent && wrongType.apiError?.fields?.first?.code == "fileType")
            #expect(wrongType.apiError?.fields?.first?.field == "powerFile")
            #expect(wrongExtension.status == .unprocessableContent && wrongExtension.apiError?.fields?.first?.code == "fileType")
            #expect(tooBig.status == .unprocessableContent && tooBig.apiError?.fields?.first?.code == "fileTooLarge")
            #expect(none.status == .unprocessableContent && none.apiError?.fields?.first?.code == "fileEmpty")
            #expect(json.status == .unsupportedMediaType)
            #expect(byViewer.status == .forbidden)
            let listedIds = try listed.decode(FileList.self).items.map(\.id)
            #expect(listed.status == .ok && listedIds == stored.map(\.id))
            #expect(try await PowerQueries.files(of: w.entrusted.id, on: services.database.sql).count == 1, "a refused upload stores nothing")
        }
    }

    @Test func anEffectEvaluationTakesItsReportsAsMultipart() async throws {
        try await TestApp.run { services, client in
            // given
            let w = try await PowerFixture.make(services)
            _ = try await services.powers.recordHandover(
                w.entrusted.id, handedOverOn: "2026-01-10", termStart: "", note: "", baseVersion: 1, by: w.office)
            let office = try await client.as(.office, jurisdiction: w.shenzhen.id)
            let uri = "/api/v1/powers/\(w.entrusted.id)/evaluations"
            let fields = [("evaluatedOn", "2026-10-01"), ("conclusion", "good"), ("summary", "办理时限缩短")]
            // when
            let refused = try await ReportPageTests.file(office, uri, fields, files: [("report", "评估报告.pdf", Data("not a pdf".utf8))])
            let notAFile = try await ReportPageTests.file(office, uri, fields + [("report", "{}")], files: [])
            let recorded = try await ReportPageTests.file(office, uri, fields, files: [("report", "评估报告.pdf", Self.pdf)])
            let listed = try await office.get("/api/v1/powers/\(w.entrusted.id)/files").decode(FileList.self)
            let evaluations = try await PowerQueries.evaluations(of: w.entrusted.id, on: services.database.sql)
            // then
            #expect(refused.status == .unprocessableContent && refused.apiError?.fields?.first?.field == "powerFile")
            #expect(
                notAFile.status == .unprocessableContent && notAFile.apiError?.fields?.first?.field == "report", "a report sent as text is refused")
            #expect(notAFile.apiError?.fields?.first?.code == "fileType")
            #expect(recorded.status == .created && evaluations.count == 1 && evaluations[0].summary == "办理时限缩短")
            #expect(listed.items.count == 1 && listed.items[0].kind == "evaluation" && listed.items[0].evaluationId == evaluations[0].id)
        }
    }
}
