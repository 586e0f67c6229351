/// Estimates how wide text will be without a font engine, and truncates labels to fit.
///
/// CJK ideographs, kana, hangul, full-width forms and emoji count as 1 em; ASCII as 0.55 em;
/// other scripts as 0.6 em. The estimate errs wide so truncated text does not spill over.
enum TextMetrics {
    static let ellipsis = "…"
    /// "…" is full-width in CJK fonts.
    static let ellipsisEm = 1.0

    @inline(__always)
    static func em(_ scalar: Unicode.Scalar) -> Double { em(scalar.value) }

    static func em(_ v: UInt32) -> Double {
        if v < 0x80 { return v < 0x20 ? 0 : 0.55 }
        if v >= 0x0300 && v <= 0x036F { return 0 }  // combining marks
        if v >= 0xFE00 && v <= 0xFE0F { return 0 }  // variation selectors
        if v == 0x200B || v == 0x200C || v == 0x200D { return 0 }
        if v >= 0x1100 && v <= 0x115F { return 1 }
        if v == 0x2014 || (v >= 0x2018 && v <= 0x201D) || v == 0x2026 { return 1 }  // — ‘’ “” … are full-width in CJK fonts
        if v >= 0x2E80 && v <= 0xA4CF { return 1 }  // CJK radicals, punctuation, kana, ideographs, Yi
        if v >= 0xAC00 && v <= 0xD7A3 { return 1 }  // hangul
        if v >= 0xF900 && v <= 0xFAFF { return 1 }
        if v >= 0xFE30 && v <= 0xFE4F { return 1 }
        if v >= 0xFF00 && v <= 0xFF60 { return 1 }  // full-width forms
        if v >= 0xFFE0 && v <= 0xFFE6 { return 1 }
        if v >= 0x1F300 && v <= 0x1FAFF { return 1 }  // emoji
        if v >= 0x20000 && v <= 0x3FFFD { return 1 }
        return 0.6
    }

    /// Estimated width in px at `fontSize`.
    static func width(_ s: String, fontSize: Double) -> Double { ems(s) * fontSize }

    /// Estimated width in em. Decodes the UTF-8 bytes by hand: iterating `unicodeScalars` is several
    /// times slower in debug builds, and this runs for every label of every row.
    static func ems(_ s: String) -> Double {
        var s = s
        return s.withUTF8 { buffer -> Double in
            guard let p = buffer.baseAddress else { return 0 }
            let count = buffer.count
            var i = 0
            var total = 0.0
            while i < count {
                let b0 = UInt32(p[i])
                let v: UInt32
                if b0 < 0x80 {
                    v = b0
                    i += 1
                } else if b0 < 0xE0 {
                    v = (b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F)
                    i += 2
                } else if b0 < 0xF0 {
                    v = (b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
                    i += 3
                } else {
                    v = (b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F)
                    i += 4
                }
                total += em(v)
            }
            return total
        }
    }

    /// Returns `s` if it fits in `maxWidth`, else the longest prefix of whole characters followed by "…".
    static func truncate(_ s: String, maxWidth: Double, fontSize: Double) -> (text: String, truncated: Bool) {
        let limitEm = maxWidth / fontSize
        if ems(s) <= limitEm { return (s, false) }
        let budget = limitEm - ellipsisEm
        guard budget > 0 else { return (ellipsis, true) }
        var used = 0.0
        var end = s.startIndex
        for index in s.indices {
            var w = 0.0
            for scalar in s[index].unicodeScalars { w += em(scalar) }
            if used + w > budget { break }
            used += w
            end = s.index(after: index)
        }
        var prefix = String(s[s.startIndex..<end])
        while let last = prefix.last, last == " " { prefix.removeLast() }
        return (prefix + ellipsis, true)
    }
}
