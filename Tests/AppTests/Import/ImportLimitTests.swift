import Foundation
import HummingbirdTesting
import ReformCore
import ReformSpreadsheet
import Testing

@testable import App

/// Issue 10: a 200 KB .xlsx held the server for 131 s and 808 MB, and a slow dry run became a draft after the
/// client had gone. Each bomb is refused with the limit named, in Chinese and in English, and nothing is stored.
struct ImportLimitTests {
    private func post(_ client: SignedInClient, _ content: Data, filename: String, jurisdiction: Int, lang: String) async throws -> TestResponse {
        try await client.sendJSON(
            "/api/v1/imports?lang=\(lang)", method: .post,
            """
            {"content": "\(content.base64EncodedString())", "filename": "\(filename)", "target": {"mode": "newPlan", "jurisdictionId": \(jurisdiction)}}
            """)
    }

    @Test func anXLSXWithOneCellOf200MBIsRefusedNamingTheLimit() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let district = try await f.jurisdiction()
            let bomb = try ZipBomb.workbook(cellMegabytes: 200)
            #expect(bomb.count < 400 * 1024)
            // when
            let zh = try await post(client, bomb, filename: "bomb.xlsx", jurisdiction: district.id, lang: "zh")
            let en = try await post(client, bomb, filename: "bomb.xlsx", jurisdiction: district.id, lang: "en")
            // then
            #expect(zh.status == .unprocessableContent)
            #expect(zh.apiError?.code == "import_limit")
            #expect(zh.apiError?.message == "文件超出导入上限：工作表 sheet1.xml 解压后超过压缩大小的 100 倍（上限），可能是压缩炸弹")
            #expect(
                en.apiError?.message
                    == "The file passes an import limit: worksheet sheet1.xml expands to more than 100 times its compressed size (the limit); it may be a zip bomb"
            )
            #expect(try await f.count("import_batches") == 0)
        }
    }

    @Test func aBombThatLiesAboutItsSizeIsStoppedTheSameWay() async throws {
        try await TestApp.run { services, client in
            // given: the same cell, the zip's headers claiming 1 KB for every part
            let f = Fixtures(services: services)
            let district = try await f.jurisdiction()
            let bomb = ZipBomb.declaringSize(1024, in: try ZipBomb.workbook(cellMegabytes: 200))
            // when
            let response = try await post(client, bomb, filename: "bomb.xlsx", jurisdiction: district.id, lang: "zh")
            // then
            #expect(response.status == .unprocessableContent)
            #expect(response.apiError?.message == "文件超出导入上限：工作表 sheet1.xml 解压后超过压缩大小的 100 倍（上限），可能是压缩炸弹")
            #expect(try await f.count("import_batches") == 0)
        }
    }

    @Test func eachLimitIsNamedInBothLanguages() async throws {
        try await TestDatabase.withServices { services in
            // given: a sheet of 2 MB of cells, under the ratio, against a service whose parts may be 1 MB
            let f = Fixtures(services: services)
            let district = try await f.jurisdiction()
            let sheet = try ZipBomb.workbook(cellMegabytes: 2)
            let strict = ImportService(
                database: services.database, clock: services.clock, limits: UploadLimits(maxPartBytes: 1024 * 1024, maxCompressionRatio: 100_000))
            // when / then
            await #expect(throws: ImportFailure.limitExceeded(.partBytes(part: "xl/worksheets/sheet1.xml", limit: 1024 * 1024))) {
                _ = try await strict.createDraft(
                    .init(kind: .xlsx, filename: "big.xlsx", data: sheet), target: ImportTarget(mode: .newPlan, jurisdictionId: district.id),
                    actor: "测试")
            }
            #expect(try await f.count("import_batches") == 0)
            let messages: [(UploadLimitExceeded, String, String)] = [
                (
                    .partBytes(part: "xl/worksheets/sheet1.xml", limit: 50 * 1024 * 1024), "工作表 sheet1.xml 解压后超过 50 MB 的上限",
                    "worksheet sheet1.xml expands past the limit of 50 MB"
                ),
                (.totalBytes(limit: 256 * 1024 * 1024), "文件解压后合计超过 256 MB 的上限", "the file expands past the limit of 256 MB in all"),
                (.cells(sheet: "台账", limit: 2_000_000), "工作表“台账”超过 2,000,000 个单元格的上限", "sheet “台账” has more than the limit of 2,000,000 cells"),
                (
                    .characters(sheet: "台账", limit: 40_000_000), "工作表“台账”的文字超过 40,000,000 个字符的上限",
                    "sheet “台账” holds more than the limit of 40,000,000 characters of text"
                )
            ]
            for (exceeded, zh, en) in messages {
                #expect(ImportFailure.limitExceeded(exceeded).message(.zh) == "文件超出导入上限：" + zh)
                #expect(ImportFailure.limitExceeded(exceeded).message(.en) == "The file passes an import limit: " + en)
            }
        }
    }

    @Test func aDocxBombIsRefusedByTheSameLimits() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let district = try await f.jurisdiction()
            let honest = try ZipBomb.document(megabytes: 200)
            let lying = ZipBomb.declaringSize(1024, in: honest)
            // when
            let responses = [
                try await post(client, honest, filename: "plan.docx", jurisdiction: district.id, lang: "en"),
                try await post(client, lying, filename: "plan.docx", jurisdiction: district.id, lang: "en")
            ]
            // then
            for response in responses {
                #expect(response.status == .unprocessableContent)
                #expect(
                    response.apiError?.message
                        == "The file passes an import limit: document part document.xml expands to more than 100 times its compressed size (the limit); it may be a zip bomb"
                )
            }
            #expect(try await f.count("import_batches") == 0)
        }
    }

    @Test func aDryRunPastItsTimeStoresNothing() async throws {
        try await TestDatabase.withServices { services in
            // given: a clock that moves 61 seconds at each reading, against a limit of 60
            let f = Fixtures(services: services)
            let district = try await f.jurisdiction()
            let ticks = Looks()
            let slow = AppClock { TestClock.start.addingTimeInterval(Double(ticks.next()) * 61) }
            let service = ImportService(database: services.database, clock: slow, limits: UploadLimits(maxDryRunSeconds: 60))
            let target = ImportTarget(mode: .newPlan, jurisdictionId: district.id)
            // when / then: a pasted text (checked before the draft is stored) and a workbook (checked while it is read)
            for upload in [
                ImportService.Upload(kind: .text, filename: "t.txt", data: Data("一、深化改革\n（一）推进试点。年底前完成。".utf8)),
                try ImportFixtures.upload("longhua-2020-ledger.xlsx")
            ] {
                await #expect(throws: ImportFailure.limitExceeded(.time(seconds: 60))) {
                    _ = try await service.createDraft(upload, target: target, actor: "测试")
                }
            }
            #expect(try await f.count("import_batches") == 0)
            #expect(ImportFailure.limitExceeded(.time(seconds: 60)).message(.zh) == "文件超出导入上限：试导入超过 60 秒的时间上限，已停止，未保存任何内容；请把文件拆分后分别导入")
            // and the same upload within the limit becomes a draft
            let draft = try await services.imports.createDraft(try ImportFixtures.upload("longhua-2020-ledger.xlsx"), target: target, actor: "测试")
            #expect(draft.payload.items.count > 0)
        }
    }

    @Test func theLimitsComeFromTheConfiguration() async throws {
        try await TestDatabase.withServices { services in
            #expect(services.imports.limits == services.config.uploadLimits)
            #expect(services.config.uploadLimits == .standard)
            var config = services.config
            config.uploadLimits.maxCellsPerSheet = 0
            #expect(throws: ConfigError.self) { try config.validate() }
        }
    }
}

/// Counts readings (of a clock, a deadline).
final class Looks: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        count += 1
        return count
    }
}
