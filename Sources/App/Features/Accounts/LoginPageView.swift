/// The sign-in page (`accounts/login.mustache`).
struct LoginPageView {
    /// Where to go once signed in (a path on this site).
    var next: String
    var username: String
    var failed: Bool
    var signedOut: Bool
    /// The form's double-submit CSRF token (see `AccountPages.loginCSRFCookie`).
    var loginCsrf: String
    /// Set when sign-in is paused for this client (`LoginThrottle`): how long to wait, in words.
    var wait: String? = nil
    /// Sent back from the code step of a two-factor sign-in: it expired or took too many wrong codes.
    var challengeExpired = false
}
