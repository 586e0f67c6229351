import Foundation
import Testing

@testable import App

/// Printing from the app's stylesheet: pages print on A3 landscape (the ledger's paper); A4 portrait is a named page
/// that a page asks for (the digest, the matters ledger's A4 button), never a bare @page that would turn every page to
/// A4; and the phone layout (tables as cards) is for screens only, so an A4 print keeps its table.
struct PrintStylesheetTests {
    @Test func a3IsThePaperAndA4IsOnlyANamedPage() async throws {
        try await TestApp.run { services, client in
            // given
            let shenzhen = try await Fixtures(services: services).jurisdiction("深圳市", level: .city, code: "440300")
            // when
            let css = try await client.get("/static/app.css").text
            let matters = try await client.session(as: .office, jurisdiction: shenzhen.id).get("/matters")
            // then
            let bare = css.ranges(of: /@page\s*\{[^}]*\}/).map { String(css[$0]) }
            #expect(bare == ["@page { size: A3 landscape; margin: 10mm; }"])
            #expect(css.contains("@page a4portrait { size: A4 portrait;") && css.contains("body.print-a4 { page: a4portrait;"))
            #expect(css.contains("@page digest { size: A4 portrait;") && css.contains("page: digest;"))
            #expect(!css.contains("@media (max-width: 760px)") && css.contains("@media screen and (max-width: 760px)"))
            #expect(matters.text.contains(#"data-print="a4""#))
        }
    }
}
