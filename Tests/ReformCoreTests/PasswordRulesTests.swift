import Testing

@testable import ReformCore

struct PasswordRulesTests {
    @Test(arguments: [
        "aaaaaaaaaa", "1212121212", "1234567890", "0987654321", "qwertyuiop", "QWERTYUIOP", "abcdefghijk", "zyxwvutsrq",
        "1qaz2wsx3edc", "password123", "woaini1314", "5201314520", "asdfghjkl;", "1234512345"
    ])
    func theMostGuessedPasswordsAreRefused(password: String) {
        #expect(PasswordRules.weakness(password, username: "office") == .tooCommon, "\(password)")
    }

    @Test(arguments: ["lh-office 2026!", "xLH-Office-secret", "my lh-office pw"])
    func aPasswordContainingTheUsernameIsRefused(password: String) {
        #expect(PasswordRules.weakness(password, username: "LH-Office") == .containsName)
    }

    @Test(arguments: ["reform-demo-2026", "long enough 1", "改革办2026年工作台账", "Tk9#mV2q!xLp", "fresh password 9"])
    func ordinaryPasswordsPass(password: String) {
        #expect(PasswordRules.weakness(password, username: "office") == nil, "\(password)")
    }

    @Test func aShortUsernameIsNotLookedForInsideThePassword() {
        #expect(PasswordRules.weakness("ab-strong-passphrase", username: "ab") == nil)
    }
}
