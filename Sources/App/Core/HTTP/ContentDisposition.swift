import Foundation

/// `Content-Disposition: attachment` for a download with a Chinese file name: RFC 6266 with the name in
/// RFC 5987's `filename*=UTF-8''…` (what browsers use) and an ASCII `filename="…"` for clients that
/// know nothing else.
enum ContentDisposition {
    static func attachment(filename: String, asciiFallback: String) -> String {
        let fallback = String(
            asciiFallback.unicodeScalars.filter { $0.isASCII && $0.value >= 0x20 && $0 != "\"" && $0 != "\\" }
                .map(Character.init))
        return "attachment; filename=\"\(fallback)\"; filename*=UTF-8''" + encode(clean(filename))
    }

    /// A file name safe on every desktop: no path separators, reserved or control characters, the name itself is not shortened.
    static func clean(_ name: String) -> String {
        let reserved = Set("/\\:*?\"<>|")
        let kept = name.map { c -> Character in
            reserved.contains(c) || c.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) ? "_" : c
        }
        return String(kept).trimmingCharacters(in: .whitespaces)
    }

    /// RFC 5987 attr-char are kept, every other UTF-8 byte is percent-encoded.
    static func encode(_ value: String) -> String {
        let attrChar = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~".utf8)
        var out = ""
        for byte in value.utf8 {
            if attrChar.contains(byte) { out.append(Character(Unicode.Scalar(byte))) } else { out += String(format: "%%%02X", byte) }
        }
        return out
    }
}
