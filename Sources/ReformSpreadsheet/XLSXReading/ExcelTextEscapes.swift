/// Excel writes characters that XML 1.0 cannot hold as "_xHHHH_" (a carriage return in a cell becomes
/// "_x000D_", and a literal "_x" is protected as "_x005F_x"). Readers must undo it or cells show the codes.
enum ExcelTextEscapes {
    static func decode(_ text: String) -> String {
        // A byte scan: Foundation's String.contains(_:) goes through CFString on Linux and was the reader's
        // largest cost when checked on every cell.
        guard text.utf8.count >= 7, text.containsBytePair(UInt8(ascii: "_"), UInt8(ascii: "x")) else { return text }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "_"), index + 6 < bytes.count, bytes[index + 1] == UInt8(ascii: "x"),
                bytes[index + 6] == UInt8(ascii: "_"), let value = hexValue(bytes[(index + 2)..<(index + 6)]),
                let scalar = Unicode.Scalar(value)
            {
                output.append(contentsOf: String(Character(scalar)).utf8)
                index += 7
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func hexValue(_ digits: ArraySlice<UInt8>) -> UInt32? {
        var value: UInt32 = 0
        for byte in digits {
            switch byte {
            case 48...57: value = value * 16 + UInt32(byte - 48)
            case 65...70: value = value * 16 + UInt32(byte - 55)
            case 97...102: value = value * 16 + UInt32(byte - 87)
            default: return nil
            }
        }
        return value
    }
}
