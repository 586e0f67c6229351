import Foundation

/// The number a plan document was issued under (文号: 穗府〔2021〕3号, 深改办发[2020]12号), found where a document
/// states its own: alone on a line of its header, or after the notice's title. A number cited in the text
/// ("根据《…》（国发〔2020〕5号）") is someone else's and never taken.
public enum PlanDocumentNumber {
    /// The document's own number among the lines before its plan, as written.
    public static func own(in lines: [String]) -> String? {
        for line in lines {
            let text = line.trimmingCharacters(in: .whitespaces)
            guard let (number, range) = find(in: text) else { continue }
            let before = text[..<range.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: " \u{3000}（("))
            let after = text[range.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " \u{3000}）)"))
            // Alone on its line, or closing the notice's title ("…的通知（穗府办〔2021〕5号）").
            if after.isEmpty && (before.isEmpty || (before.hasSuffix("通知") && !before.contains("根据"))) { return number }
        }
        return nil
    }

    /// The first 文号 in a line and where it is: up to 12 Han characters, a year in brackets, a serial, 号.
    public static func find(in text: String) -> (String, Range<String.Index>)? {
        let characters = Array(text)
        let opens: Set<Character> = ["〔", "[", "［", "（", "(", "【", "﹝"], closes: Set<Character> = ["〕", "]", "］", "）", ")", "】", "﹞"]
        for (i, c) in characters.enumerated() where opens.contains(c) {
            var j = i + 1
            var year = ""
            while j < characters.count, let digit = digit(characters[j]) {
                year.append(digit)
                j += 1
            }
            guard year.count == 4, j < characters.count, closes.contains(characters[j]) else { continue }
            j += 1
            if j < characters.count, characters[j] == "第" { j += 1 }
            var serial = ""
            while j < characters.count, let digit = digit(characters[j]) {
                serial.append(digit)
                j += 1
            }
            guard !serial.isEmpty, j < characters.count, characters[j] == "号" else { continue }
            var start = i
            while start > 0, i - start < 12, isHan(characters[start - 1]) { start -= 1 }
            guard start < i else { continue }
            let lower = text.index(text.startIndex, offsetBy: start)
            let upper = text.index(text.startIndex, offsetBy: j + 1)
            return (String(characters[start...j]), lower..<upper)
        }
        return nil
    }

    private static func digit(_ c: Character) -> Character? {
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return nil }
        if c.isASCII, c.isNumber { return c }
        if (0xFF10...0xFF19).contains(scalar.value) { return Character(Unicode.Scalar(scalar.value - 0xFEE0)!) }
        return nil
    }

    private static func isHan(_ c: Character) -> Bool {
        guard let scalar = c.unicodeScalars.first else { return false }
        return (0x4E00...0x9FFF).contains(scalar.value)
    }
}
