/// What makes a password too easy to guess, beyond its length: one of the passwords people use most (in China and
/// elsewhere, at the length the app requires), a run or a repetition that a guesser tries first, or the username.
public enum PasswordRules {
    /// Why `password` is refused, nil when it is acceptable. Length is checked by the caller.
    public static func weakness(_ password: String, username: String) -> ValidationCode? {
        let lower = password.lowercased()
        let name = username.trimmingCharacters(in: .whitespaces).lowercased()
        if name.count >= 3, lower.contains(name) { return .containsName }
        if common.contains(lower) || isPattern(lower) { return .tooCommon }
        return nil
    }

    /// Few distinct characters ("aaaaaaaaaa", "1212121212"), or the whole password a run along the digits, the
    /// alphabet or a keyboard row, forwards or backwards ("1234567890", "qwertyuiop"), possibly repeated.
    static func isPattern(_ s: String) -> Bool {
        if Set(s).count <= 3 { return true }
        for row in runs {
            for candidate in [row, String(row.reversed())] where candidate.count >= 4 {
                // Every window of the password is a window of the row (a run that may wrap round and repeat).
                let doubled = candidate + candidate
                let chars = Array(s)
                var i = 0
                var allInRun = true
                while i < chars.count {
                    let window = String(chars[i..<min(chars.count, i + 4)])
                    if !doubled.contains(window) {
                        allInRun = false
                        break
                    }
                    i += 3
                }
                if allInRun { return true }
            }
        }
        return false
    }

    private static let runs = [
        "0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./", "1qaz2wsx3edc4rfv5tgb",
        "1q2w3e4r5t6y7u8i9o0p", "qazwsxedcrfvtgbyhnujmikolp"
    ]

    /// Passwords of 10 or more characters found at the top of public leak lists (Chinese sites' and others').
    static let common: Set<String> = [
        "1234567890", "0123456789", "9876543210", "12345678910", "123456789a", "a123456789", "a1234567890", "1234567890a",
        "123456789q", "q123456789", "qwertyuiop", "1qaz2wsx3edc", "1q2w3e4r5t", "1q2w3e4r5t6y", "qazwsxedc123", "zxcvbnm123",
        "123qweasdzxc", "qweasdzxc123", "1qazxsw23edc", "password123", "password1234", "passw0rd123", "p@ssw0rd123",
        "p@ssword123", "admin123456", "administrator", "admin@123456", "root123456", "welcome123", "changeme123",
        "iloveyou123", "abcd123456", "abc1234567", "abcdef123456", "qwerty123456", "qwerty12345", "woaini1314",
        "woaini520", "woaini5201314", "5201314520", "1314520520", "5201314a", "aini1314520", "a5201314520", "wo123456789",
        "qq1234567890", "qq123456789", "147258369a", "1472583690", "147258369258", "3141592653", "11223344556",
        "1122334455", "1234512345", "1234567899", "12341234", "abc123456789", "zhang123456", "wang123456", "li123456789",
        "liu123456789", "chen123456", "huang123456", "zhao123456", "woaini123456", "nihao123456", "football123",
        "baseball123", "sunshine123", "princess123", "superman123", "dragon123456", "monkey123456", "letmein123",
        "trustno1234", "reform2026", "reform123456", "gaige123456", "gaigeban123", "zhengfu123456", "beijing2008",
        "shenzhen123", "guangzhou123", "88888888888", "66666666666", "12344321", "123456123456", "1234qwer1234",
        "qwer1234qwer", "asdf1234asdf", "a12345678910", "aa123456789", "aa1234567890", "1234567890qq", "1234567890abc"
    ]
}
