import Hummingbird
import Logging

public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Chosen by `LanguageMiddleware`: Chinese unless the user asked for English.
    public var language: Language = .zh
    /// The signed-in user (session cookie or API token); nil only on public routes (login, health, static).
    public var principal: Principal?
    /// What the signed-in user has to do, for the page header (set by `InboxCountMiddleware` on pages).
    public var inboxCount: Int?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    public var maxUploadSize: Int { 1024 * 1024 }
}
