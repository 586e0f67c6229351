import Foundation
import ReformCore
import Testing

@testable import App

/// The TOTP primitive against RFC 6238's own test vectors, and the window and replay rules, on fixed instants.
struct TOTPTests {
    /// RFC 6238 appendix B, SHA-1: the ASCII key "12345678901234567890", 8 digits, 30-second steps.
    @Test(arguments: [
        (59.0, "94287082"), (1_111_111_109, "07081804"), (1_111_111_111, "14050471"), (1_234_567_890, "89005924"),
        (2_000_000_000, "69279037"), (20_000_000_000, "65353130")
    ])
    func theRFC6238SHA1VectorsAgree(seconds: TimeInterval, expected: String) {
        // given the RFC's key with 8 digits
        let totp = TOTP(key: Array("12345678901234567890".utf8), digits: 8)
        // when the code of the instant is computed
        // then it is the RFC's
        #expect(totp.code(at: Date(timeIntervalSince1970: seconds)) == expected)
    }

    @Test func sixDigitCodesKeepTheirLeadingZeros() {
        // given the RFC's key at 6 digits: at 1111111109 the 8-digit code is 07081804
        let totp = TOTP(key: Array("12345678901234567890".utf8))
        // when / then: the last six digits, zero kept
        #expect(totp.code(at: Date(timeIntervalSince1970: 1_111_111_109)) == "081804")
    }

    @Test func aCodeIsAcceptedOneStepEitherSideAndNoFurther() {
        // given a secret and an instant
        let totp = TOTP(key: Array("12345678901234567890".utf8))
        let now = Date(timeIntervalSince1970: 1_234_567_890)
        let step = totp.counter(at: now)
        // when codes of nearby steps are checked
        // then the previous, current and next steps match, two away do not
        #expect(totp.matchingStep(totp.code(counter: step - 1), at: now, after: nil) == step - 1)
        #expect(totp.matchingStep(totp.code(counter: step), at: now, after: nil) == step)
        #expect(totp.matchingStep(totp.code(counter: step + 1), at: now, after: nil) == step + 1)
        #expect(totp.matchingStep(totp.code(counter: step - 2), at: now, after: nil) == nil)
        #expect(totp.matchingStep(totp.code(counter: step + 2), at: now, after: nil) == nil)
        // and spaces are ignored, letters or a wrong length are not a code
        let code = totp.code(counter: step)
        #expect(totp.matchingStep(code.prefix(3) + " " + code.dropFirst(3), at: now, after: nil) == step)
        #expect(totp.matchingStep("12a456", at: now, after: nil) == nil)
        #expect(totp.matchingStep(code + "0", at: now, after: nil) == nil)
    }

    @Test func aStepAlreadyUsedOrOlderIsRefused() {
        // given the current step was used to sign in
        let totp = TOTP(key: Array("12345678901234567890".utf8))
        let now = Date(timeIntervalSince1970: 1_234_567_890)
        let step = totp.counter(at: now)
        // when its code, or the previous step's, is entered again
        // then both are refused; the next step's is still good
        #expect(totp.matchingStep(totp.code(counter: step), at: now, after: step) == nil)
        #expect(totp.matchingStep(totp.code(counter: step - 1), at: now, after: step) == nil)
        #expect(totp.matchingStep(totp.code(counter: step + 1), at: now, after: step) == step + 1)
    }

    @Test func theProvisioningURIIsWhatAuthenticatorAppsRead() throws {
        // given a new secret
        let secret = TOTP.newSecret()
        // when it is put in a URI
        let uri = TOTP.provisioningURI(secret: Base32.encode(secret), username: "lh-office", issuer: "ReformLedger")
        // then it is 20 bytes, base32 in the key URI format, and fits a QR code
        #expect(secret.count == 20)
        #expect(uri == "otpauth://totp/ReformLedger:lh-office?secret=\(Base32.encode(secret))&issuer=ReformLedger")
        #expect(try QRCode.encode(uri).version <= 6)
    }
}
