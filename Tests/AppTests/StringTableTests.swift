import Foundation
import ReformCore
import Testing

@testable import App

/// The strings: one table per feature, no key twice, every template key and every error code in both languages.
struct StringTableTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/App")

    @Test func theAppsTablesHaveNoDuplicateAndNoKeyOutsideItsPrefixes() throws {
        // when / then
        try L10n.validate()
    }

    @Test func aKeyDefinedTwiceOrOutsideItsPrefixIsReported() {
        // given: two features that both define field.target, as the import and the indicators once did
        let importing = StringTable(prefixes: ["import.", "field."], entries: [("field.target", "导入到", "Import into")])
        let reporting = StringTable(
            prefixes: ["reporting.", "field."],
            entries: [
                ("field.target", "目标值", "Target"),
                ("ledger.title", "台账", "Ledger")
            ])
        // when
        let (strings, problems) = StringTable.merge([("import", importing), ("reporting", reporting)])
        // then
        #expect(problems.count == 2)
        #expect(problems.contains { $0.contains("field.target") && $0.contains("twice") })
        #expect(problems.contains { $0.contains("ledger.title") && $0.contains("prefixes") })
        #expect(strings["field.target"]?.0 == "导入到")
    }

    @Test func everyTemplateKeyExistsInBothLanguages() throws {
        // given
        let files = try TemplateFiles.all()
        #expect(files.count > 20)
        let pattern = try NSRegularExpression(pattern: #"\{\{[#^/]?t\.([A-Za-z0-9_]+)\}\}"#)
        var missing: [String] = []
        var seen = 0
        for (file, text) in files {
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let key = String(text[Range(match.range(at: 1), in: text)!])
                seen += 1
                // when
                let zh = L10n.table(.zh)[key], en = L10n.table(.en)[key]
                // then
                if zh?.isEmpty ?? true || en?.isEmpty ?? true { missing.append("\(file): t.\(key)") }
            }
        }
        #expect(seen > 300)
        #expect(missing.isEmpty, "\(missing)")
    }

    /// A service's refusal (422, or a delete refused with 409) shows on Chinese pages in Chinese: every code thrown with an
    /// English text has strings.
    @Test func everyRefusalCodeHasAMessageInBothLanguages() throws {
        // given
        let pattern = try NSRegularExpression(pattern: #"(?:unprocessable|inUse)\(code: "([a-z_]+)", message: ""#)
        var codes: Set<String> = []
        let files = FileManager.default.enumerator(atPath: Self.sources.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        for file in files {
            let text = try String(contentsOf: Self.sources.appendingPathComponent(file), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                codes.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        #expect(codes.count >= 6)
        // when / then
        for code in codes.sorted() {
            let zh = L10n.errorMessage(code: code, fallback: "", .zh), en = L10n.errorMessage(code: code, fallback: "", .en)
            #expect(!zh.isEmpty && zh.unicodeScalars.contains { $0.value >= 0x4E00 }, "error.code.\(code) has no Chinese message")
            #expect(!en.isEmpty, "error.code.\(code) has no English message")
        }
    }
}
