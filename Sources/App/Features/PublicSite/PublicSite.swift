import Foundation
import Hummingbird
import ReformCore

/// What the public pages share: their paths, the license of the open data, and rendering in the public layout (no
/// session, no office menu: `AuthMiddleware` resolves no cookie on these paths).
enum PublicSite {
    static let licenseName = "CC BY 4.0"
    static let licenseURL = "https://creativecommons.org/licenses/by/4.0/"

    /// Paths served to everyone without a session (pages, open data, the public API and its document).
    static func isPublicPath(_ path: String) -> Bool {
        path == "/public" || path.hasPrefix("/public/") || path.hasPrefix("/api/public/")
    }

    /// Renders a page in the public layout.
    static func page<View>(
        _ template: String, title: String, view: View, services: AppServices, context: AppRequestContext, request: Request,
        isDemo: Bool = false, active: String = ""
    ) -> PublicBody {
        let l = context.language
        var frame: [String: Any] = [:]
        frame["t"] = L10n.table(l)
        frame["pageTitle"] = title
        frame["htmlLang"] = l.htmlLang
        frame["isDemo"] = isDemo
        frame["nav_" + active] = true
        frame["langSwitchURL"] = PageRenderer.switchURL(request: request, to: l == .zh ? .en : .zh)
        frame["currentYear"] = services.clock.today.year
        let html =
            services.renderer.library.render(PageContext(view: view, frame: frame), withTemplate: template) ?? "template \(template) is missing"
        return PublicBody(bytes: ByteBuffer(string: html), headers: [.contentType: "text/html; charset=utf-8"])
    }

    /// A part of a public page rendered on its own (a section another feature adds).
    static func fragment<View>(_ template: String, view: View, services: AppServices, language l: Language) -> String {
        services.renderer.library.render(PageContext(view: view, frame: ["t": L10n.table(l), "htmlLang": l.htmlLang]), withTemplate: template) ?? ""
    }

    static func percent(_ value: Double) -> String { String(Int(value.rounded())) }

    static func date(_ iso: String?, _ l: Language) -> String { iso.map { L10n.date($0, l) } ?? "" }

    /// "已正式落地 22 项，共 40 项" / "22 of 40 landed".
    static func landedSentence(_ counts: PublicCounts, words: PublicStatusWords, _ l: Language) -> String {
        L10n.fill("public.landedSentence", l, words.word(.done, l), String(counts.landed), String(counts.total))
    }
}
