import Crypto
import Foundation
import Hummingbird
import SQLKit

/// CSRF protection for the public submission form, which has no session: the form page sets a random nonce in a cookie
/// (SameSite=Strict, HttpOnly, only for /public/ideas) and puts a signed token in the form, an HMAC of the call, the time
/// it was issued and that nonce, under a key the instances share (kept in `app_settings`). A post must carry both, from
/// the same browser, within two hours: a foreign site can neither read the token nor send the cookie with its post.
enum IdeaFormToken {
    static let cookieName = "idea_form"
    static let field = "_csrf"
    static let maxAge = 2 * 3600
    static let keyName = "idea_form_key"

    /// The shared key, made on first use.
    static func key(on sql: any SQLDatabase, now: String) async throws -> String {
        if let key = try await sql.scalar(String.self, column: "value", "SELECT value FROM app_settings WHERE key = \(bind: keyName)") { return key }
        try await sql.execute(
            """
            INSERT INTO app_settings (key, value, updated_at) VALUES (\(bind: keyName), \(bind: SecretToken.generate()), \(bind: now))
            ON CONFLICT (key) DO NOTHING
            """)
        return try await sql.scalar(String.self, column: "value", "SELECT value FROM app_settings WHERE key = \(bind: keyName)") ?? ""
    }

    static func sign(callId: Int, issuedAt: Int, nonce: String, key: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(callId)|\(issuedAt)|\(nonce)".utf8), using: SymmetricKey(data: Data(key.utf8)))
        return "\(issuedAt)." + mac.map { String(format: "%02x", $0) }.joined()
    }

    static func verify(_ token: String, callId: Int, nonce: String?, key: String, now: Int) -> Bool {
        guard let nonce, SecretToken.looksGenerated(nonce), let issuedAt = Int(token.split(separator: ".").first ?? ""),
            (0...maxAge).contains(now - issuedAt)
        else { return false }
        return SecretToken.equal(sign(callId: callId, issuedAt: issuedAt, nonce: nonce, key: key), token)
    }

    static func cookie(_ nonce: String, secure: Bool) -> Cookie {
        Cookie(name: cookieName, value: nonce, maxAge: maxAge, path: "/public/ideas", secure: secure, httpOnly: true, sameSite: .strict)
    }
}
