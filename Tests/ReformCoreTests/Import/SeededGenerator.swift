/// SplitMix64: a small, fast generator with a fixed seed, so every randomised test run sees the
/// same inputs and a failure can be reproduced.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A string of `length` characters drawn mostly from the characters plans are made of
    /// (digits, date words, markers, punctuation, unit words) and partly from anywhere in Unicode.
    mutating func messyText(length: Int) -> String {
        var text = ""
        for _ in 0..<length {
            switch Int.random(in: 0..<10, using: &self) {
            case 0..<6: text.append(Self.planAlphabet.randomElement(using: &self)!)
            case 6..<8: text += Self.planWords.randomElement(using: &self)!
            case 8: text.append(Character(Unicode.Scalar(UInt32.random(in: 0x20...0x2FFF, using: &self)) ?? "?"))
            default:
                // Anywhere, including emoji, CJK extensions and private use; surrogates are skipped.
                let value = UInt32.random(in: 0...0x10FFFF, using: &self)
                text.append(Character(Unicode.Scalar(value) ?? "\u{FFFD}"))
            }
        }
        return text
    }

    static let planAlphabet = Array("0123456789０１２３４５６７８９年月日底前内末季度上下半第一二三四五六七八九十〇两号旬初中之以为止至到-—~～./／、，,；;：:。（）()【】 \u{3000}\t\n等牵头配合参与责任单位领导局委办区市省各")
    static let planWords = [
        "2022年", "10月底前", "年底前", "第三季度", "上半年", "长期坚持", "持续推进", "44865", "2022.10.31", "（牵头单位：",
        "；责任单位：", "）", "市发改委、", "市财政局", "牵头，", "配合。", "一、", "（一）", "1．", "（1）", "①", "分管省领导：",
        "部门分工：", "各地、各部门", "\n", "明年", "13月", "2月30日", "截至", "以来"
    ]
}
