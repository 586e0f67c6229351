/// Text prepared for character-level scanning: blanks dropped and full-width forms folded to ASCII,
/// while every kept character remembers where it sits in the original string, so that a match can
/// be reported as a range of the text the caller gave (and the original words kept).
struct FoldedText {
    let chars: [Character]
    /// The first scalar of each kept character, for cheap membership tests in hot loops.
    let scalars: [UInt32]
    /// Start of each kept character in the original string.
    let starts: [String.Index]
    /// End (exclusive) of each kept character in the original string.
    let ends: [String.Index]
    /// Whether the text was plain (ScalarText): then every kept character is the one scalar in `scalars`.
    let isPlain: Bool

    init(_ text: String) {
        if ScalarText.isPlain(text) { self.init(plain: text) } else { self.init(characters: text) }
    }

    /// The same for plain text, by scalars (ScalarText): each kept scalar is a kept Character.
    private init(plain text: String) {
        var chars: [Character] = [], starts: [String.Index] = [], ends: [String.Index] = [], scalars: [UInt32] = []
        chars.reserveCapacity(text.utf8.count / 2)
        let view = text.unicodeScalars
        var index = view.startIndex
        while index < view.endIndex {
            let next = view.index(after: index)
            let scalar = view[index]
            if !ScalarText.isWhitespace(scalar) {
                let folded = Self.fold(scalar)
                chars.append(Character(folded))
                scalars.append(folded.value)
                starts.append(index)
                ends.append(next)
            }
            index = next
        }
        self.chars = chars
        self.scalars = scalars
        self.starts = starts
        self.ends = ends
        self.isPlain = true
    }

    private init(characters text: String) {
        var chars: [Character] = [], starts: [String.Index] = [], ends: [String.Index] = [], scalars: [UInt32] = []
        chars.reserveCapacity(text.utf8.count / 2)
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            let character = text[index]
            if !character.isWhitespace {
                let folded = Self.fold(character)
                chars.append(folded)
                scalars.append(folded.unicodeScalars.first!.value)
                starts.append(index)
                ends.append(next)
            }
            index = next
        }
        self.chars = chars
        self.scalars = scalars
        self.starts = starts
        self.ends = ends
        self.isPlain = false
    }

    var count: Int { chars.count }

    subscript(_ i: Int) -> Character? { i >= 0 && i < chars.count ? chars[i] : nil }

    /// The original text covering kept characters `from..<to`.
    func originalRange(_ from: Int, _ to: Int) -> Range<String.Index> { starts[from]..<ends[to - 1] }

    /// Whether the kept characters at `i` spell `word`.
    func has(_ word: String, at i: Int) -> Bool {
        if isPlain, let first = word.unicodeScalars.first, ScalarText.isPlain(first.value) {
            // Plain characters are equal when their scalars are.
            var j = i
            for scalar in word.unicodeScalars {
                guard ScalarText.isPlain(scalar.value) else { break }
                guard j >= 0, j < scalars.count, scalars[j] == scalar.value else { return false }
                j += 1
            }
            if j - i == word.unicodeScalars.count { return true }
        }
        // Compare the first character before walking the word: most calls fail there.
        guard let first = word.first, self[i] == first else { return false }
        var j = i
        for c in word {
            guard self[j] == c else { return false }
            j += 1
        }
        return true
    }

    /// Full-width ASCII to ASCII, and the many dashes and tildes people type between two dates to "-".
    static func fold(_ c: Character) -> Character {
        guard c.unicodeScalars.count == 1, let scalar = c.unicodeScalars.first else { return c }
        switch scalar.value {
        case 0xFF5E, 0x301C: return "~"
        case 0xFF01...0xFF5D: return Character(Unicode.Scalar(scalar.value - 0xFEE0)!)
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63: return "-"
        default: return c
        }
    }

    /// `fold` of a plain scalar's Character.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF5E, 0x301C: "~"
        case 0xFF01...0xFF5D: Unicode.Scalar(scalar.value - 0xFEE0)!
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63: "-"
        default: scalar
        }
    }

    static func isDigit(_ c: Character?) -> Bool {
        guard let c, c.isASCII else { return false }
        return c.isNumber
    }

    /// Characters that make up Chinese numerals as written in dates and quantities.
    static let chineseDigits: Set<Character> = ["〇", "零", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十"]

    static func isChineseDigit(_ c: Character?) -> Bool {
        guard let c else { return false }
        guard let scalar = plainScalar(c) else { return chineseDigits.contains(c) }
        switch scalar {
        case "〇", "零", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十": return true
        default: return false
        }
    }

    /// The scalar of a Character that is one plain scalar (ScalarText), which equals another such Character exactly
    /// when the scalars are equal; nil for any other Character.
    @inline(__always)
    static func plainScalar(_ c: Character) -> Unicode.Scalar? {
        let scalars = c.unicodeScalars
        guard let first = scalars.first, ScalarText.isPlain(first.value), !ScalarText.characterPathOnly,
            scalars.index(after: scalars.startIndex) == scalars.endIndex
        else { return nil }
        return first
    }
}
