import Crypto
import Foundation
import ReformCore

/// Time-based one-time passwords (RFC 6238): HMAC-SHA1 of the number of `step`-second periods since 1970, truncated
/// to `digits` decimal digits (RFC 4226 §5.3). What authenticator apps compute by default: SHA-1, 6 digits, 30 s.
package struct TOTP: Sendable {
    let key: [UInt8]
    var digits = 6
    var step: TimeInterval = 30

    /// RFC 4226 asks for at least 128 bits and recommends 160.
    static let secretBytes = 20

    static func newSecret() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<secretBytes).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    /// The time step `date` falls in.
    func counter(at date: Date) -> Int64 { Int64((date.timeIntervalSince1970 / step).rounded(.down)) }

    /// The code of one time step, zero-padded to `digits`.
    func code(counter: Int64) -> String {
        let mac = Array(
            HMAC<Insecure.SHA1>.authenticationCode(for: withUnsafeBytes(of: UInt64(counter).bigEndian, Array.init), using: .init(data: key)))
        let offset = Int(mac[mac.count - 1] & 0x0F)
        let binary = (UInt32(mac[offset] & 0x7F) << 24) | (UInt32(mac[offset + 1]) << 16) | (UInt32(mac[offset + 2]) << 8) | UInt32(mac[offset + 3])
        var modulus: UInt32 = 1
        for _ in 0..<digits { modulus &*= 10 }
        let value = String(binary % modulus)
        return String(repeating: "0", count: max(0, digits - value.count)) + value
    }

    func code(at date: Date) -> String { code(counter: counter(at: date)) }

    /// The step whose code `entered` is, looking `window` steps either side of `date` (a phone's clock drifts, and a
    /// code typed at the end of its 30 s arrives in the next), and only at steps after `lastUsed`: a code that has
    /// signed in once is refused, as is any older one. Nil when no step matches.
    func matchingStep(_ entered: String, at date: Date, window: Int64 = 1, after lastUsed: Int64?) -> Int64? {
        let typed = entered.filter { !$0.isWhitespace }
        guard typed.count == digits, typed.allSatisfy(\.isASCII), typed.allSatisfy(\.isNumber) else { return nil }
        let now = counter(at: date)
        var found: Int64?
        // Every candidate is compared (no early return), so the time taken does not tell which step matched.
        for step in (now - window)...(now + window) where step > (lastUsed ?? .min) {
            if SecretToken.equal(code(counter: step), typed), found == nil { found = step }
        }
        return found
    }

    /// The URI an authenticator app reads from the QR code (Google's Key URI format): the account is shown as
    /// "issuer:username". Algorithm, digits and period are the apps' defaults, left out to keep the QR code small.
    static func provisioningURI(secret: String, username: String, issuer: String) -> String {
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        func escape(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: unreserved) ?? s }
        return "otpauth://totp/\(escape(issuer)):\(escape(username))?secret=\(secret)&issuer=\(escape(issuer))"
    }
}
