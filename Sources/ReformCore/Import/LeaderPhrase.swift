/// A leader named in a group heading: "一、李明省长主抓重点工作", "（二）王伟中同志牵头负责的工作",
/// "常务副市长陈平分管的工作". Every item under such a heading is that leader's unless it names its own.
public enum LeaderPhrase {
    /// Official titles, longest first, that follow or precede a name.
    static let titles = [
        "常务副省长", "常务副市长", "常务副区长", "常务副县长", "副省长", "副市长", "副区长", "副县长", "副书记", "秘书长",
        "省长", "市长", "区长", "县长", "书记", "同志"
    ]
    /// A heading speaks of a leader's work only with one of these verbs after the name.
    static let verbs = ["主抓", "牵头", "负责", "分管", "抓总", "联系", "统筹"]

    /// The leader's name in a heading's title, if it says whose work follows.
    public static func find(in title: String) -> String? {
        if ScalarText.isPlain(title) { return findPlain(in: Array(title.unicodeScalars)) }
        let text = Array(title)
        guard text.count <= 60 else { return nil }
        var start = 0
        while start < text.count {
            // The longest title here; a shorter one inside it (副市长 in 常务副市长) is never looked at.
            guard let word = titles.first(where: { matches($0, in: text, at: start) }) else {
                start += 1
                continue
            }
            if let name = name(around: word, at: start, in: text) { return name }
            start += word.count
        }
        return nil
    }

    private static func name(around word: String, at start: Int, in text: [Character]) -> String? {
        let after = start + word.count
        // Name before the title: 李明省长主抓, 王伟中同志牵头.
        var nameStart = start
        while nameStart > 0, start - nameStart < 4, PersonName.isNameCharacter(text[nameStart - 1]), text[nameStart - 1] != "由" {
            nameStart -= 1
        }
        if (2...4).contains(start - nameStart), hasVerb(text, from: after), !notNameEnds.contains(text[start - 1]) {
            return String(text[nameStart..<start])
        }
        // Name after the title: 常务副市长陈平分管.
        guard word != "同志" else { return nil }
        for length in [3, 2] where after + length <= text.count {
            let name = text[after..<(after + length)]
            if name.allSatisfy(PersonName.isNameCharacter), verbs.contains(where: { matches($0, in: text, at: after + length) }) {
                return String(name)
            }
        }
        return nil
    }

    /// Characters a name never ends with: 市委书记, 省政府省长 are offices, not names.
    private static let notNameEnds: Set<Character> = ["委", "省", "市", "区", "县", "部", "府", "办", "务", "长"]

    private static func hasVerb(_ text: [Character], from index: Int) -> Bool {
        let window = String(text[index..<min(text.count, index + 4)])
        return verbs.contains(where: window.contains)
    }

    private static func matches(_ word: String, in text: [Character], at index: Int) -> Bool {
        guard index + word.count <= text.count else { return false }
        return zip(word, text[index...]).allSatisfy { $0 == $1 }
    }

    // MARK: - Plain text

    private typealias Scalars = [Unicode.Scalar]
    private static let plainTitles = titles.map { Scalars($0.unicodeScalars) }
    private static let plainVerbs = verbs.map { Scalars($0.unicodeScalars) }
    private static let plainComrade = Scalars("同志".unicodeScalars)

    /// `find` for plain text, by scalars (ScalarText): the same steps on the same characters.
    private static func findPlain(in text: Scalars) -> String? {
        guard text.count <= 60 else { return nil }
        var start = 0
        while start < text.count {
            guard let word = plainTitles.first(where: { matches($0, in: text, at: start) }) else {
                start += 1
                continue
            }
            if let name = plainName(around: word, at: start, in: text) { return name }
            start += word.count
        }
        return nil
    }

    private static func plainName(around word: Scalars, at start: Int, in text: Scalars) -> String? {
        let after = start + word.count
        var nameStart = start
        while nameStart > 0, start - nameStart < 4, isNameScalar(text[nameStart - 1]), text[nameStart - 1] != "由" {
            nameStart -= 1
        }
        if (2...4).contains(start - nameStart), plainHasVerb(text, from: after), !"委省市区县部府办务长".unicodeScalars.contains(text[start - 1]) {
            return ScalarText.string(text[nameStart..<start])
        }
        guard word != plainComrade else { return nil }
        for length in [3, 2] where after + length <= text.count {
            let name = text[after..<(after + length)]
            if name.allSatisfy(isNameScalar), plainVerbs.contains(where: { matches($0, in: text, at: after + length) }) {
                return ScalarText.string(name)
            }
        }
        return nil
    }

    /// `PersonName.isNameCharacter` of a plain scalar's Character.
    private static func isNameScalar(_ s: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value) || s == "×" || s == "·"
    }

    private static func plainHasVerb(_ text: Scalars, from index: Int) -> Bool {
        let window = text[index..<min(text.count, index + 4)]
        return plainVerbs.contains { window.firstRange(of: $0) != nil }
    }

    private static func matches(_ word: Scalars, in text: Scalars, at index: Int) -> Bool {
        guard index + word.count <= text.count else { return false }
        return text[index..<(index + word.count)].elementsEqual(word)
    }
}
