import Hummingbird
import Logging

public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Chosen by `LanguageMiddleware`: Chinese unless the user asked for English.
    public var language: Language = .zh
    /// The signed-in user (session cookie or API token); nil only on public routes (login, health, static).
    public var principal: Principal?
    /// How the principal was established: a session (whose forms must carry its CSRF token) or an API token.
    public var authentication: Authentication?
    /// Set by the reporting loop's inbox: the count the page header shows beside the user's name (nil shows none).
    public var inboxCount: Int?
    /// Set by `NotificationCountMiddleware`: the user's unread notifications (capped, see `NotificationQueries.headerCap`).
    public var notificationCount: Int?
    /// A multipart body once read (by `CSRFMiddleware`, to find its token): fields in memory, files on disk.
    /// Handlers take it through `UploadedForm.of`, as the body itself has been consumed.
    var uploadedForm: UploadedForm?
    /// The signed-in user as the request log sees it (`RequestLogMiddleware`), one box per request.
    let requestUser = RequestUser()

    public enum Authentication: Sendable, Equatable {
        case session(id: Int, csrfToken: String)
        case token(id: Int)
    }

    /// The CSRF token every form of a signed-in page carries in its hidden `_csrf` field.
    public var csrfToken: String? {
        if case .session(_, let token) = authentication { return token }
        return nil
    }

    /// The address of the connection's other end (a proxy's, behind one; see `ClientAddress`).
    public var peerAddress: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peerAddress = source.channel.remoteAddress?.ipAddress
    }

    public var maxUploadSize: Int { 1024 * 1024 }
}
