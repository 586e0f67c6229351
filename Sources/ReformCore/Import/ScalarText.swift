import Foundation

/// The parser's string work done by Unicode scalar instead of by `Character`, for text in which the two are the same.
///
/// Plans are written in CJK ideographs, CJK and full-width punctuation and ASCII. In such "plain" text every
/// `Character` is one scalar, no scalar joins a neighbour into one cluster, and no two different scalars are
/// canonically equivalent, so walking `unicodeScalars` (or comparing UTF-8 bytes) finds exactly what walking
/// `Character`s finds, without the grapheme breaking, the normalising comparisons and Foundation's bridged searches
/// that made the parser slow (BENCHMARKS.md, session 12). Text with anything else (combining marks, emoji sequences,
/// Hangul, a carriage return, compatibility ideographs, which equal other ideographs) is read the `Character` way,
/// as before.
enum ScalarText {
    /// Scalars that are always a `Character` of their own, whatever stands next to them, and canonically equal to
    /// no other scalar. Deliberately narrow: anything left out only takes the slower path.
    @inline(__always)
    static func isPlain(_ value: UInt32) -> Bool {
        switch value {
        case 0x20...0x7E, 0x09...0x0C: true
        case 0x4E00...0x9FFF: true
        case 0x3000...0x3029, 0x3030...0x303F: true
        case 0xFF01...0xFF9D, 0xFFE0...0xFFE6: true
        case 0xA0...0xBF, 0xD7, 0xF7: true
        case 0x2002...0x200A, 0x2010...0x2027, 0x2030...0x205E: true
        case 0x2190...0x22FF, 0x2460...0x24FF, 0x2500...0x27BF, 0x2E80...0x2FDF: true
        case 0x3400...0x4DBF, 0xFE30...0xFE6B: true
        case 0x20000...0x2EBEF, 0x30000...0x323AF: true
        default: false
        }
    }

    /// Whether every scalar of `text` is plain (see `isPlain(_:)`).
    static func isPlain(_ text: some StringProtocol) -> Bool {
        guard !characterPathOnly else { return false }
        if let plain = text.utf8.withContiguousStorageIfAvailable(isPlainUTF8) { return plain }
        return text.unicodeScalars.allSatisfy { isPlain($0.value) }
    }

    /// `isPlain` over a string's UTF-8 (always well formed), decoded in place.
    private static func isPlainUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let count = bytes.count
        while i < count {
            let lead = bytes[i]
            let value: UInt32
            switch lead {
            case 0x20...0x7E:
                i += 1
                continue
            case ..<0x80:
                value = UInt32(lead)
                i += 1
            case ..<0xE0:
                value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                i += 2
            case ..<0xF0:
                value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                i += 3
            default:
                value =
                    UInt32(lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                    | UInt32(bytes[i + 3] & 0x3F)
                i += 4
            }
            guard isPlain(value) else { return false }
        }
        return true
    }

    /// A string of `scalars`, encoded straight into its UTF-8 storage.
    static func string(_ scalars: some Collection<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 3)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Set by the tests that compare the two paths (`ScalarTextTests`): no text is plain, so everything is read the
    /// `Character` way, as before the scalar paths were written.
    @TaskLocal static var characterPathOnly = false

    // MARK: - Predicates as Character's, for one plain scalar

    /// `Character.isWhitespace` of the scalar's Character.
    @inline(__always)
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x4E00...0x9FFF, 0x21...0x7E: false
        case 0x20, 0x09...0x0D: true
        default: s.properties.isWhitespace
        }
    }

    /// `Character.isNewline` of the scalar's Character.
    @inline(__always)
    static func isNewline(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// `Character.isPunctuation` of the scalar's Character.
    static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            true
        default: false
        }
    }

    /// `UnitCell.isBlankOrPunctuation` of the scalar's Character.
    @inline(__always)
    static func isBlankOrPunctuation(_ s: Unicode.Scalar) -> Bool {
        isWhitespace(s) || isPunctuation(s)
    }

    // MARK: - Searching and trimming

    /// Whether `text` holds `word`: for plain text by UTF-8 bytes (a match of whole scalars, hence of whole
    /// Characters), else Foundation's `contains` as before.
    static func contains(_ text: some StringProtocol, _ word: String) -> Bool {
        guard isPlain(text), isPlain(word) else { return text.contains(word) }
        return firstByteOffset(of: word, in: text) != nil
    }

    /// `text.hasSuffix(word)`, by bytes when `word` and the end of `text` are plain: with the last `n + 1` scalars of
    /// `text` plain (`n` the word's), its last `n` Characters are those scalars, so bytes decide.
    static func hasSuffix(_ text: some StringProtocol, _ word: String) -> Bool {
        guard isPlain(word) else { return text.hasSuffix(word) }
        var seen = 0
        let needed = word.unicodeScalars.count + 1
        for scalar in text.unicodeScalars.reversed() {
            guard isPlain(scalar.value) else { return text.hasSuffix(word) }
            seen += 1
            if seen == needed { break }
        }
        return text.utf8.reversed().starts(with: word.utf8.reversed())
    }

    /// `text.hasPrefix(word)`, by bytes when `word` and the start of `text` are plain (as `hasSuffix`).
    static func hasPrefix(_ text: some StringProtocol, _ word: String) -> Bool {
        guard isPlain(word) else { return text.hasPrefix(word) }
        var seen = 0
        let needed = word.unicodeScalars.count + 1
        for scalar in text.unicodeScalars {
            guard isPlain(scalar.value) else { return text.hasPrefix(word) }
            seen += 1
            if seen == needed { break }
        }
        return text.utf8.starts(with: word.utf8)
    }

    /// The number of Characters: scalars when plain.
    static func count(_ text: some StringProtocol) -> Int {
        var count = 0
        for scalar in text.unicodeScalars {
            guard isPlain(scalar.value) else { return text.count }
            count += 1
        }
        return count
    }

    /// `a == b`: by bytes when both are plain (where equal Characters are equal bytes).
    static func equal(_ a: String, _ b: String) -> Bool {
        guard isPlain(a), isPlain(b) else { return a == b }
        return a.utf8.elementsEqual(b.utf8)
    }

    /// Foundation's sets, made once (each `CharacterSet.whitespaces` makes a new one).
    static let whitespaces = CharacterSet.whitespaces
    static let whitespacesAndNewlines = CharacterSet.whitespacesAndNewlines

    /// Byte offset of the first occurrence of `word` in `text` (both plain).
    static func firstByteOffset(of word: String, in text: some StringProtocol) -> Int? {
        var word = word
        var text = String(text)
        return word.withUTF8 { needle in text.withUTF8 { firstOffset(of: needle, in: $0) } }
    }

    private static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first else { return 0 }
        guard haystack.count >= needle.count else { return nil }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// `text.trimmingCharacters(in: set)`. Foundation trims scalar by scalar; here the same is done natively for
    /// plain text, without bridging to NSString and back.
    static func trimmed(_ text: some StringProtocol, _ set: CharacterSet) -> String {
        guard isPlain(text) else { return text.trimmingCharacters(in: set) }
        return String(trimmedPlain(Substring(text), set))
    }

    /// `text` without the scalars of `set` at either end (text known to be plain).
    static func trimmedPlain(_ text: Substring, _ set: CharacterSet) -> Substring {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        while start < scalars.endIndex, set.contains(scalars[start]) { start = scalars.index(after: start) }
        var end = scalars.endIndex
        while end > start {
            let before = scalars.index(before: end)
            guard set.contains(scalars[before]) else { break }
            end = before
        }
        return Substring(scalars[start..<end])
    }
}
