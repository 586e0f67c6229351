import Crypto
import Foundation

/// Random secrets for session cookies, CSRF tokens and API tokens, and the digests stored in their place.
package enum SecretToken {
    /// 256 random bits from the system's generator, as 43 URL-safe base64 characters (cookie- and header-safe).
    package static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// Whether a value has the shape `generate()` gives (43 URL-safe base64 characters).
    static func looksGenerated(_ value: String) -> Bool {
        value.utf8.count == 43
            && value.utf8.allSatisfy {
                ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D || $0 == 0x5F
            }
    }

    /// What the database keeps: SHA-256 of the secret, hex. A 256-bit secret needs no salt or slow hash.
    static func digest(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Compares without stopping at the first difference, so the time taken does not reveal a prefix.
    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for i in x.indices { difference |= x[i] ^ y[i] }
        return difference == 0
    }
}
