/// Checks bytes for valid UTF-8 chunk by chunk, carrying an unfinished sequence across chunks, so a file is
/// checked without loading it. Invalid UTF-8 in a CSV means it was saved in the Windows code page (GB18030).
struct UTF8Validator {
    private var remaining = 0
    private var lowerBound: UInt8 = 0x80
    private var upperBound: UInt8 = 0xBF
    private(set) var isValid = true

    mutating func consume(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard isValid else { return }
        for byte in bytes {
            if remaining == 0 {
                switch byte {
                case 0x00...0x7F: continue
                case 0xC2...0xDF:
                    remaining = 1
                    lowerBound = 0x80
                    upperBound = 0xBF
                case 0xE0:
                    remaining = 2
                    lowerBound = 0xA0
                    upperBound = 0xBF
                case 0xE1...0xEC, 0xEE, 0xEF:
                    remaining = 2
                    lowerBound = 0x80
                    upperBound = 0xBF
                case 0xED:
                    remaining = 2
                    lowerBound = 0x80
                    upperBound = 0x9F
                case 0xF0:
                    remaining = 3
                    lowerBound = 0x90
                    upperBound = 0xBF
                case 0xF1...0xF3:
                    remaining = 3
                    lowerBound = 0x80
                    upperBound = 0xBF
                case 0xF4:
                    remaining = 3
                    lowerBound = 0x80
                    upperBound = 0x8F
                default:
                    isValid = false
                    return
                }
            } else {
                guard byte >= lowerBound && byte <= upperBound else {
                    isValid = false
                    return
                }
                remaining -= 1
                lowerBound = 0x80
                upperBound = 0xBF
            }
        }
    }

    /// Whether everything fed was valid and no sequence was left unfinished.
    var isCompleteAndValid: Bool { isValid && remaining == 0 }
}
