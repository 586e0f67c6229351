import Foundation
import Testing

@testable import App

/// The renderer finds templates by name ("reporting/report"); a misspelt name renders nothing and only shows at run
/// time, so the names are checked here against the folder.
struct TemplateTests {
    @Test func everyTemplateTheCodeNamesExistsAndEveryTemplateIsUsed() throws {
        // given
        let templates = try TemplateFiles.all()
        let names = Set(templates.map(\.name))
        let rendered = try NSRegularExpression(pattern: #"(?:page|fragment)\(\s*"([a-z_/]+)""#)
        let included = try NSRegularExpression(pattern: #"\{\{[<>]\s*([a-z_/]+)\s*\}\}"#)
        var used: Set<String> = []
        var unknown: [String] = []
        // when
        for (path, text) in try TemplateFiles.swiftSources() {
            for match in rendered.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let name = String(text[Range(match.range(at: 1), in: text)!])
                used.insert(name)
                if !names.contains(name) { unknown.append("\(path): \(name)") }
            }
        }
        for (file, text) in templates {
            for match in included.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let name = String(text[Range(match.range(at: 1), in: text)!])
                used.insert(name)
                if !names.contains(name) { unknown.append("\(file).mustache: \(name)") }
            }
        }
        // then
        #expect(unknown.isEmpty, "templates named but missing: \(unknown)")
        #expect(names.subtracting(used).isEmpty, "templates nothing renders: \(names.subtracting(used).sorted())")
        #expect(
            templates.filter { !$0.name.contains("/") }.map(\.name).sorted() == ["conflict", "error", "form", "layout", "public_layout"],
            "only the shared templates (and the public side's layout, whose name a closing tag must repeat) stay at the top")
    }
}
