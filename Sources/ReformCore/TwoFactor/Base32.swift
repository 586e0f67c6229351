/// RFC 4648 base32 (A–Z, 2–7), the alphabet authenticator apps expect for a TOTP secret. Encoded without padding.
public enum Base32 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)

    public static func encode(_ bytes: [UInt8]) -> String {
        var result: [UInt8] = []
        var buffer = 0, bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | Int(byte)
            bits += 8
            while bits >= 5 {
                result.append(alphabet[(buffer >> (bits - 5)) & 31])
                bits -= 5
            }
            buffer &= (1 << bits) - 1
        }
        if bits > 0 { result.append(alphabet[(buffer << (5 - bits)) & 31]) }
        return String(decoding: result, as: UTF8.self)
    }

    /// Case, spaces, hyphens and padding are ignored (people type secrets in groups); nil for any other character.
    public static func decode(_ text: String) -> [UInt8]? {
        var result: [UInt8] = []
        var buffer = 0, bits = 0
        for c in text.uppercased().utf8 where c != 0x20 && c != 0x2D && c != 0x3D {
            guard let value = alphabet.firstIndex(of: c) else { return nil }
            buffer = (buffer << 5) | value
            bits += 5
            if bits >= 8 {
                result.append(UInt8((buffer >> (bits - 8)) & 0xFF))
                bits -= 8
            }
            buffer &= (1 << bits) - 1
        }
        return result
    }

    /// "JBSW Y3DP EHPK 3PXP": groups of four for typing into an app by hand.
    public static func grouped(_ text: String, by size: Int = 4) -> String {
        var groups: [Substring] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            groups.append(rest.prefix(size))
            rest = rest.dropFirst(size)
        }
        return groups.joined(separator: " ")
    }
}
