import Foundation
import Testing

@testable import ReformSpreadsheet

/// The writer's files read by readers that are not ours: openpyxl and LibreOffice Calc. Each test is skipped
/// with a message when its tool is missing, unless CI asks for it (REFORM_REQUIRE_OPENPYXL=1,
/// REFORM_REQUIRE_LIBREOFFICE=1, as .ci/spreadsheet-check.sh sets after installing them).
@Suite("xlsx checked by openpyxl and LibreOffice", .serialized)
struct ExternalValidationTests {
    /// A two-sheet ledger with the awkward values: Chinese, line breaks, quotes, &<>, control characters,
    /// numbers, dates, a date-time, a percent, a boolean.
    static func writeSample(to url: URL) throws {
        let writer = try XLSXWriter(destination: url, title: "改革台账")
        let columns = [
            ColumnSpec("序号", width: 6), ColumnSpec("领域", width: 16), ColumnSpec("改革任务", width: 40, wrapsText: true),
            ColumnSpec("完成时限", width: 12), ColumnSpec("进展", width: 8), ColumnSpec("备注", width: 24)
        ]
        try writer.addSheet(name: "经济体制改革", columns: columns)
        try writer.appendRow([
            .integer(1), .text("经济体制改革"), .text("深化国资国企改革\n第二行"),
            .date(SpreadsheetDate(year: 2025, month: 6, day: 30)), .percent(0.35), .text("含\"引号\" & <尖括号>")
        ])
        try writer.appendRow([
            .integer(2), .text("经济体制改革"), .text("优化营商环境\u{0007}"),
            .dateTime(SpreadsheetDate(year: 2025, month: 12, day: 31, hour: 17, minute: 30)), .percent(1), .boolean(true)
        ])
        try writer.addSheet(name: "民主/法制", columns: columns)
        try writer.appendRow([.integer(3), .text("民主法制"), .text("推进基层治理"), .empty, .number(12.5), .text("  前后空格  ")])
        try writer.finish()
    }

    private static let openpyxlScript = """
        import json, sys
        from openpyxl import load_workbook
        wb = load_workbook(sys.argv[1])
        out = {"sheets": wb.sheetnames, "cells": {}, "views": {}}
        for ws in wb.worksheets:
            out["views"][ws.title] = {
                "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
                "widthC": ws.column_dimensions["C"].width,
                "headerBold": bool(ws["A1"].font.b), "headerWrap": bool(ws["A1"].alignment.wrap_text),
                "wrapC2": bool(ws["C2"].alignment.wrap_text), "dateFormat": ws["D2"].number_format,
            }
            out["cells"][ws.title] = [[None if c is None else (c.isoformat() if hasattr(c, "isoformat") else c) for c in row]
                                      for row in ws.iter_rows(values_only=True)]
        print(json.dumps(out, ensure_ascii=False))
        """

    @Test("openpyxl reads the sheets, values, dates, frozen header, filter, widths and styles")
    func openpyxl() throws {
        guard ExternalTool.openpyxlAvailable, let python = ExternalTool.find("python3") else {
            if ExternalTool.openpyxlRequired {
                Issue.record("python3 with openpyxl is required (REFORM_REQUIRE_OPENPYXL=1) but missing")
            } else {
                print("SKIPPED openpyxl check: python3 or openpyxl is missing (pip install openpyxl)")
            }
            return
        }
        // given
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("sample.xlsx")
        try Self.writeSample(to: url)
        // when
        let output = try ExternalTool.run(python, ["-c", Self.openpyxlScript, url.path])
        // then
        try #require(output.status == 0, "openpyxl failed: \(output.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any])
        #expect(json["sheets"] as? [String] == ["经济体制改革", "民主_法制"])
        let cells = try #require(json["cells"] as? [String: [[Any]]])
        let first = try #require(cells["经济体制改革"])
        #expect(first.count == 3)
        #expect(first[0].compactMap { $0 as? String } == ["序号", "领域", "改革任务", "完成时限", "进展", "备注"])
        #expect(first[1][0] as? Int == 1)
        #expect(first[1][2] as? String == "深化国资国企改革\n第二行")
        #expect(first[1][3] as? String == "2025-06-30T00:00:00")
        #expect(first[1][4] as? Double == 0.35)
        #expect(first[1][5] as? String == "含\"引号\" & <尖括号>")
        #expect(first[2][2] as? String == "优化营商环境")
        #expect(first[2][3] as? String == "2025-12-31T17:30:00")
        #expect(first[2][5] as? Bool == true)
        let second = try #require(cells["民主_法制"])
        #expect(second[1][4] as? Double == 12.5)
        #expect(second[1][5] as? String == "  前后空格  ")
        let views = try #require(json["views"] as? [String: [String: Any]])
        let view = try #require(views["经济体制改革"])
        #expect(view["freeze"] as? String == "A2")
        #expect(view["filter"] as? String == "A1:F3")
        #expect(view["widthC"] as? Double == 40)
        #expect(view["headerBold"] as? Bool == true)
        #expect(view["headerWrap"] as? Bool == true)
        #expect(view["wrapC2"] as? Bool == true)
        #expect(view["dateFormat"] as? String == "yyyy\\-mm\\-dd")
    }

    @Test("LibreOffice Calc opens the file and exports each sheet to the expected CSV")
    func libreOffice() throws {
        guard let soffice = ExternalTool.libreOffice else {
            if ExternalTool.libreOfficeRequired {
                Issue.record("LibreOffice is required (REFORM_REQUIRE_LIBREOFFICE=1) but missing")
            } else {
                print("SKIPPED LibreOffice check: soffice is missing (apt-get install libreoffice-calc-nogui, or run .ci/spreadsheet-check.sh)")
            }
            return
        }
        // given
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("sample.xlsx")
        try Self.writeSample(to: url)
        // when: every sheet to CSV (UTF-8, values as shown), with a profile of its own so runs do not collide
        let output = try ExternalTool.run(
            soffice,
            [
                "--headless", "-env:UserInstallation=file://\(folder.path)/profile",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
                "--outdir", folder.path, url.path
            ])
        // then
        try #require(output.status == 0, "soffice failed: \(output.standardError)")
        let first = try CSVReader(url: folder.appendingPathComponent("sample-经济体制改革.csv")).table(name: "1")
        let second = try CSVReader(url: folder.appendingPathComponent("sample-民主_法制.csv")).table(name: "2")
        #expect(
            first.rows.map(\.cells) == [
                ["序号", "领域", "改革任务", "完成时限", "进展", "备注"],
                ["1", "经济体制改革", "深化国资国企改革\n第二行", "2025-06-30", "35.00%", "含\"引号\" & <尖括号>"],
                ["2", "经济体制改革", "优化营商环境", "2025-12-31 17:30:00", "100.00%", "TRUE"]
            ])
        #expect(
            second.rows.map(\.cells) == [
                ["序号", "领域", "改革任务", "完成时限", "进展", "备注"],
                ["3", "民主法制", "推进基层治理", "", "12.5", "  前后空格  "]
            ])
    }
}
