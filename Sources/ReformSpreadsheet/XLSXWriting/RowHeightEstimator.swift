/// Estimates the height of a row whose cells wrap. LibreOffice does not recompute row heights when it opens
/// a file (it draws wrapped text over the next rows), so the writer stores a height; Excel and WPS treat a
/// height without `customHeight` as the row's current automatic height. The estimate counts a CJK or
/// full-width character as two widths of the digit "0" (the unit of column widths) and others as one,
/// which matches how 等线/宋体 11 pt lays text out closely enough for whole lines.
enum RowHeightEstimator {
    /// Points per line of 11 pt text, and Excel's ceiling for a row.
    static let lineHeight = 15.0
    static let maximumHeight = 409.0

    /// Lines the text takes in a column `width` units wide.
    static func lineCount(_ text: String, columnWidth width: Double) -> Int {
        let usable = max(width - 0.5, 1)
        var lines = 0
        var lineWidth = 0.0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                lines += max(1, Int((lineWidth / usable).rounded(.up)))
                lineWidth = 0
                continue
            }
            lineWidth += isWide(scalar) ? 2 : 1
        }
        lines += max(1, Int((lineWidth / usable).rounded(.up)))
        return lines
    }

    /// The height in points for a row whose tallest cell has `lines` lines.
    static func height(lines: Int) -> Double {
        min(Double(lines) * lineHeight + 3, maximumHeight)
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
