import Hummingbird

/// CSRF protection for the forms shown before there is a session (sign-in, its code step, the first-run setup): the
/// form's hidden `_csrf` field must equal a cookie that only this site can set or read (SameSite=Strict, HttpOnly),
/// so a foreign site can neither sign a victim into the attacker's account nor post the form for them.
struct DoubleSubmitCSRF {
    let cookieName: String
    /// The cookie goes only to the pages that post these forms.
    let path: String
    let secure: Bool

    /// The token for a form: the one the browser already holds, or a new one. Keeping the held one matters: any other
    /// GET of the page (a second tab, a stray redirect) would otherwise replace the cookie and fail the form on screen.
    func token(for request: Request) -> String {
        let held = request.cookies[cookieName]?.value ?? ""
        return SecretToken.looksGenerated(held) ? held : SecretToken.generate()
    }

    func cookie(_ token: String) -> Cookie {
        Cookie(name: cookieName, value: token, path: path, secure: secure, httpOnly: true, sameSite: .strict)
    }

    /// Sent once the forms are done with (signed in, set up).
    var expired: Cookie {
        Cookie(name: cookieName, value: "", maxAge: 0, path: path, secure: secure, httpOnly: true, sameSite: .strict)
    }

    /// Throws `csrfRejected` unless the form's field matches the cookie.
    func verify(_ request: Request, _ form: FormData) throws {
        guard let cookie = request.cookies[cookieName]?.value, !cookie.isEmpty, SecretToken.equal(cookie, form.string(CSRFMiddleware.field))
        else { throw AppError.csrfRejected }
    }
}
