import Foundation
import HummingbirdTesting
import NIOCore
import ReformCore
import Testing

@testable import App

/// The import pages in a browser's terms: upload (multipart), the dry-run report, corrections, commit, undo.
struct ImportPageTests {
    /// A multipart/form-data body as a browser sends the upload form.
    static func multipart(fields: [(String, String)], file: (name: String, data: Data)?) -> (ByteBuffer, String) {
        let boundary = "----ReformTestBoundary7MA4YWxkTrZu0gW"
        var body = Data()
        for (name, value) in fields {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        if let file {
            body.append(
                Data(
                    "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                        .utf8))
            body.append(file.data)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        return (ByteBuffer(data: body), "multipart/form-data; boundary=\(boundary)")
    }

    private static func upload(
        _ client: any TestClientProtocol, path: String = "/imports", fields: [(String, String)],
        file: (name: String, data: Data)?
    ) async throws -> TestResponse {
        let (body, type) = multipart(fields: fields, file: file)
        return try await client.executeRequest(uri: path, method: .post, headers: [.contentType: type], body: body)
    }

    @Test(arguments: ["/imports", "/imports/new", "/imports/new?lang=en"])
    func theImportPagesAnswerInUTF8(_ path: String) async throws {
        try await TestApp.run { services, client in
            // given
            _ = try await SmallLedger.make(Fixtures(services: services))
            // when
            let response = try await client.get(path)
            // then
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            #expect(response.text.contains(path.hasSuffix("en") ? ">Import</a>" : ">导入</a>"))
            #expect(response.text.contains(#"<meta name="viewport" content="width=device-width, initial-scale=1">"#))
        }
    }

    @Test func aLargeUploadStreamsToDiskAndBecomesADraft() async throws {
        try await TestApp.run { services, client in
            // given a ledger CSV of more than 1 MB (so it passes the heavy-work gate), 8,000 measures under one task
            let f = Fixtures(services: services)
            let district = try await f.jurisdiction("龙华区", level: .district, code: "440309")
            _ = try await f.unit("区委编办", in: district.id)
            var csv = "序号,改革任务,主办单位,协办单位,分管领导,办结时限\n一、,深化行政体制改革,,,,\n（一）,推进机构职能优化协同高效,区委编办,,王五,2021年底前\n"
            for n in 1...8_000 {
                csv += "\(n).,开展第\(n)项机构编制评估并形成可复制推广的经验做法和制度成果,区委编办,,王五,2021年6月底前\n"
            }
            let data = Data(csv.utf8)
            #expect(data.count > AppServices.heavyUploadBytes)
            // when it is uploaded through the page
            let created = try await Self.upload(
                client, fields: [("mode", "newPlan"), ("jurisdictionId", String(district.id)), ("title", "大台账")],
                file: ("大台账.csv", data))
            // then it is a draft of every row, and nothing waits at the gate afterwards
            #expect(created.status == .seeOther)
            let id = try #require(created.headers[.location].flatMap { Int($0.split(separator: "/").last ?? "") })
            let batch = try await services.imports.load(id)
            #expect(batch.payload.items.count == 8_002)
            #expect(await services.heavyWork.load == (running: 0, waiting: 0))
        }
    }

    @Test func uploadingADocxShowsTheReportWithLinesAndTheSourceBesideEachItem() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let district = try await f.jurisdiction("龙华区", level: .district, code: "440309")
            _ = try await f.unit("深圳市龙华区发展和改革局", in: district.id, shortNames: "区发展和改革局")
            // when
            let created = try await Self.upload(
                client, fields: [("mode", "newPlan"), ("jurisdictionId", String(district.id))],
                file: ("龙华区2020年工作要点.docx", try ImportFixtures.data("longhua-2020-work-points.docx")))
            // then
            #expect(created.status == .seeOther)
            let location = try #require(created.headers[.location])
            #expect(location.hasPrefix("/imports/"))
            let page = try await client.get(location)
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("龙华区2020年工作要点.docx"))
            #expect(html.contains("第13行"))  // the automatically numbered paragraph
            #expect(html.contains("未知单位“区司法局”"))
            #expect(html.contains("梳理综合授权改革试点重点领域和授权清单"))  // the source paragraph
            #expect(html.contains(#"name="i.1.title" value="推动实施综合授权改革试点""#))
            #expect(html.contains("disabled title=\"请先改正全部错误再提交\""))
            #expect(try await f.count("plan_items") == 0)
        }
    }

    @Test func pastedTextCanBeCorrectedCommittedAndUndoneFromThePages() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let gz = try await GuangzhouUnits.make(f)
            let text = String(decoding: try ImportFixtures.data("guangzhou-2022-work-points.txt"), as: UTF8.self)
            let created = try await client.postForm("/imports", [("mode", "newPlan"), ("jurisdictionId", String(gz.city.id)), ("text", text)])
            let location = try #require(created.headers[.location])
            let id = Int(location.split(separator: "/").last!)!
            let draft = try await services.imports.load(id)
            let unknown = draft.payload.units.enumerated().filter { !$0.element.isResolved }.map(\.offset)
            #expect(unknown.count == 2)
            // when: both unknown units are created, one title is corrected
            let corrected = try await client.postForm(
                "/imports/\(id)/corrections",
                [
                    ("version", String(draft.record.version)), ("keys", "0,1,2"), ("i.2.title", "推行企业开办“一网通办”改革"),
                    ("i.2.number", "1．"), ("i.2.lead", "市政务服务数据管理局"), ("i.2.participants", "市市场监管局、市税务局"),
                    ("i.2.deadline", "年底前"), ("u.\(unknown[0])", "create"), ("u.\(unknown[1])", "create")
                ])
            #expect(corrected.status == .seeOther)
            let report = try await client.get("/imports/\(id)")
            #expect(!report.text.contains("disabled title="))
            let committed = try await client.postForm("/imports/\(id)/commit", [])
            // then
            #expect(committed.status == .seeOther)
            let batch = try await services.imports.load(id)
            #expect(batch.record.status == "committed")
            let tree = try await ItemQueries.tree(planId: batch.record.planId!, on: f.sql)
            #expect(tree.count == 19 && tree[2].title == "推行企业开办“一网通办”改革")
            let after = try await client.get("/imports/\(id)")
            #expect(after.text.contains("/plans/\(batch.record.planId!)"))
            #expect(after.text.contains("撤销导入"))
            let itemPage = try await client.get("/items/\(tree[2].id)")
            #expect(itemPage.text.contains("完成时限（原文）") && itemPage.text.contains("年底前"))
            #expect(itemPage.text.contains("导入创建"))
            // and undone
            let undone = try await client.postForm("/imports/\(id)/undo", [])
            #expect(undone.status == .seeOther)
            #expect(try await f.count("plan_items") == 0)
            let list = try await client.get("/imports")
            #expect(list.text.contains("已撤销"))
        }
    }

    @Test func aFileThatIsNotADocxIsReportedOnTheForm() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let district = try await f.jurisdiction()
            // when
            let response = try await Self.upload(
                client, fields: [("mode", "newPlan"), ("jurisdictionId", String(district.id))],
                file: ("plan.docx", Data("this is not a zip".utf8)))
            // then
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("无法读取文件：不是 .docx（zip）文件"))
            #expect(try await f.count("import_batches") == 0)
        }
    }

    @Test func aTruncatedWorkbookIsExplainedInTheReadersLanguage() async throws {
        try await TestApp.run { services, client in
            // given: the first 3,000 bytes of a real workbook, as a cut-off download leaves it
            let f = Fixtures(services: services)
            let district = try await f.jurisdiction()
            let whole = try ImportFixtures.data("longhua-2020-ledger.xlsx")
            let cut = whole.prefix(3_000)
            // when
            let zh = try await Self.upload(
                client, fields: [("mode", "newPlan"), ("jurisdictionId", String(district.id))],
                file: ("台账.xlsx", cut))
            let en = try await Self.upload(
                client, path: "/imports?lang=en", fields: [("mode", "newPlan"), ("jurisdictionId", String(district.id))],
                file: ("ledger.xlsx", cut))
            // then
            #expect(zh.status == .unprocessableContent)
            #expect(zh.text.contains("无法读取文件：文件不完整或已损坏"))
            #expect(!zh.text.contains("truncated"))
            #expect(en.text.contains("The file cannot be read: The file is truncated or damaged"))
            #expect(try await f.count("import_batches") == 0)
        }
    }

    @Test func anEmptyFileIsCalledEmpty() async throws {
        try await TestApp.run { services, client in
            // given
            let f = Fixtures(services: services)
            let district = try await f.jurisdiction()
            let target = [("mode", "newPlan"), ("jurisdictionId", String(district.id))]
            // when
            let zh = try await Self.upload(client, fields: target, file: ("台账.xlsx", Data()))
            let en = try await Self.upload(client, path: "/imports?lang=en", fields: target, file: ("ledger.xlsx", Data()))
            // then
            #expect(zh.status == .unprocessableContent)
            #expect(zh.text.contains("文件“台账.xlsx”是空的（0 字节）"))
            #expect(!zh.text.contains("请上传文件或粘贴文本"))
            #expect(en.text.contains("The file “ledger.xlsx” is empty (0 bytes)"))
            #expect(try await f.count("import_batches") == 0)
        }
    }

    @Test func aMissingTargetIsReportedOnTheForm() async throws {
        try await TestApp.run { _, client in
            // when
            let response = try await client.postForm("/imports", [("mode", "newPlan"), ("text", "一、深化改革")])
            // then
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("所属行政区：不能为空"))
        }
    }
}
