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

    init(_ text: String) {
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
    }

    var count: Int { chars.count }

    subscript(_ i: Int) -> Character? { i >= 0 && i < chars.count ? chars[i] : nil }

    /// The original text covering kept characters `from..<to`.
    func originalRange(_ from: Int, _ to: Int) -> Range<String.Index> { starts[from]..<ends[to - 1] }

    /// Whether the kept characters at `i` spell `word`.
    func has(_ word: String, at i: Int) -> Bool {
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

    static func isDigit(_ c: Character?) -> Bool {
        guard let c, c.isASCII else { return false }
        return c.isNumber
    }

    /// Characters that make up Chinese numerals as written in dates and quantities.
    static let chineseDigits: Set<Character> = ["〇", "零", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十"]

    static func isChineseDigit(_ c: Character?) -> Bool { c.map { chineseDigits.contains($0) } ?? false }
}
