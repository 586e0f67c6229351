import HummingbirdBcrypt

/// bcrypt with the configured cost. Verification reads the cost from the hash, so hashes of any cost verify.
package struct PasswordHasher: Sendable {
    let cost: UInt8

    static let minimumLength = 10
    static let maximumLength = 72  // bcrypt reads at most 72 bytes

    package func hash(_ password: String) -> String { Bcrypt.hash(password, cost: cost) }

    func verify(_ password: String, hash: String) -> Bool { Bcrypt.verify(password, hash: hash) }

    /// A hash of nothing anyone knows, verified when the username is unknown so that the answer takes as long
    /// as for a real user and does not tell which usernames exist.
    func dummyHash() -> String { hash("no user has this password") }
}
