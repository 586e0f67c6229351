/// A QR code (ISO/IEC 18004) for a short text such as an `otpauth://` URI, drawn by the server as SVG so the
/// two-factor setup page needs no script and no outside service.
///
/// Enough of the standard for that and no more: byte mode, error correction level M, versions 1–10 (up to 213 bytes).
/// The mask is chosen by the standard's penalty rules unless a test fixes it.
public struct QRCode: Sendable, Equatable {
    public let version: Int
    /// Modules per side: 17 + 4 × version.
    public let size: Int
    public let mask: Int
    /// Row-major, `true` = dark.
    private let modules: [Bool]

    public enum Failure: Error, Equatable {
        /// More bytes than version 10 at level M holds.
        case tooLong(bytes: Int, limit: Int)
    }

    /// Dark at column `x`, row `y`.
    public subscript(x x: Int, y y: Int) -> Bool { modules[y * size + x] }

    public static let maxVersion = 10

    /// Codewords of level M for versions 1–10: error correction per block, and the blocks' data lengths.
    static let blocksM: [(ecPerBlock: Int, dataLengths: [Int])] = [
        (10, [16]), (16, [28]), (26, [44]), (18, [32, 32]), (24, [43, 43]), (16, [27, 27, 27, 27]), (18, [31, 31, 31, 31]),
        (22, [38, 38, 39, 39]), (22, [36, 36, 36, 37, 37]), (26, [43, 43, 43, 43, 44])
    ]

    static func alignmentCentres(_ version: Int) -> [Int] {
        [[], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50]][version - 1]
    }

    /// The largest input, in bytes, that fits.
    public static var capacity: Int { dataCapacityBits(maxVersion).map { ($0 - 4 - 16) / 8 } ?? 0 }

    private static func dataCapacityBits(_ version: Int) -> Int? {
        guard (1...maxVersion).contains(version) else { return nil }
        return blocksM[version - 1].dataLengths.reduce(0, +) * 8
    }

    public static func encode(_ text: String, mask fixedMask: Int? = nil) throws(Failure) -> QRCode {
        try encode(Array(text.utf8), mask: fixedMask)
    }

    /// The smallest version that holds `bytes`.
    public static func encode(_ bytes: [UInt8], mask fixedMask: Int? = nil) throws(Failure) -> QRCode {
        var chosen: Int?
        for v in 1...maxVersion {
            let countBits = v < 10 ? 8 : 16
            if let capacity = dataCapacityBits(v), 4 + countBits + bytes.count * 8 <= capacity, bytes.count < 1 << countBits {
                chosen = v
                break
            }
        }
        guard let version = chosen else { throw .tooLong(bytes: bytes.count, limit: capacity) }
        let codewords = interleaved(dataCodewords(bytes, version: version), version: version)
        var grid = Grid(version: version)
        grid.drawFunctionPatterns()
        grid.drawCodewords(codewords)
        let mask =
            fixedMask
            ?? (0..<8).min { a, b in
                var ga = grid, gb = grid
                ga.applyMask(a)
                ga.drawFormatBits(mask: a)
                gb.applyMask(b)
                gb.drawFormatBits(mask: b)
                return ga.penalty() < gb.penalty()
            } ?? 0
        grid.applyMask(mask)
        grid.drawFormatBits(mask: mask)
        return QRCode(version: version, size: grid.size, mask: mask, modules: grid.modules)
    }

    /// Mode indicator, count, the bytes, terminator and padding up to the version's data capacity.
    static func dataCodewords(_ bytes: [UInt8], version: Int) -> [UInt8] {
        let capacity = dataCapacityBits(version) ?? 0
        var bits: [Bool] = []
        func append(_ value: Int, _ count: Int) {
            for i in stride(from: count - 1, through: 0, by: -1) { bits.append((value >> i) & 1 == 1) }
        }
        append(0b0100, 4)
        append(bytes.count, version < 10 ? 8 : 16)
        for b in bytes { append(Int(b), 8) }
        append(0, min(4, capacity - bits.count))
        append(0, (8 - bits.count % 8) % 8)
        var pad = 0xEC
        while bits.count < capacity {
            append(pad, 8)
            pad ^= 0xEC ^ 0x11
        }
        return stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<start + 8].reduce(UInt8(0)) { $0 << 1 | ($1 ? 1 : 0) }
        }
    }

    /// Splits the data into the version's blocks, adds each block's Reed–Solomon codewords and interleaves them.
    static func interleaved(_ data: [UInt8], version: Int) -> [UInt8] {
        let (ecLength, lengths) = blocksM[version - 1]
        let divisor = ReedSolomon.divisor(degree: ecLength)
        var blocks: [[UInt8]] = []
        var start = 0
        for length in lengths {
            blocks.append(Array(data[start..<start + length]))
            start += length
        }
        let ecc = blocks.map { ReedSolomon.remainder($0, divisor: divisor) }
        var result: [UInt8] = []
        for i in 0..<(lengths.max() ?? 0) {
            for block in blocks where i < block.count { result.append(block[i]) }
        }
        for i in 0..<ecLength {
            for block in ecc { result.append(block[i]) }
        }
        return result
    }

    // MARK: Drawing

    /// `moduleSize` user units per module and the standard's quiet zone of 4 modules, dark runs merged into one path.
    public func svg(moduleSize: Int = 4, label: String) -> String {
        let quiet = 4
        let side = (size + 2 * quiet) * moduleSize
        var path = ""
        for y in 0..<size {
            var x = 0
            while x < size {
                guard self[x: x, y: y] else {
                    x += 1
                    continue
                }
                let start = x
                while x < size, self[x: x, y: y] { x += 1 }
                path += "M\(start + quiet) \(y + quiet)h\(x - start)v1h-\(x - start)z"
            }
        }
        let escaped = label.map { c in c == "&" ? "&amp;" : c == "\"" ? "&quot;" : c == "<" ? "&lt;" : String(c) }.joined()
        let box = size + 2 * quiet
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(box) \(box)" width="\(side)" height="\(side)" \
            shape-rendering="crispEdges" role="img" aria-label="\(escaped)"><rect width="\(box)" height="\(box)" fill="#fff"/>\
            <path d="\(path)" fill="#000"/></svg>
            """
    }
}

extension QRCode {
    /// The module grid while it is drawn, and which modules belong to function patterns (never masked).
    struct Grid {
        let version: Int
        let size: Int
        var modules: [Bool]
        var isFunction: [Bool]

        init(version: Int) {
            self.version = version
            size = 17 + 4 * version
            modules = Array(repeating: false, count: size * size)
            isFunction = Array(repeating: false, count: size * size)
        }

        mutating func set(_ x: Int, _ y: Int, _ dark: Bool) {
            modules[y * size + x] = dark
            isFunction[y * size + x] = true
        }

        mutating func drawFunctionPatterns() {
            for i in 0..<size {
                set(6, i, i % 2 == 0)
                set(i, 6, i % 2 == 0)
            }
            for (cx, cy) in [(3, 3), (size - 4, 3), (3, size - 4)] {
                for dy in -4...4 {
                    for dx in -4...4 where (0..<size).contains(cx + dx) && (0..<size).contains(cy + dy) {
                        let distance = max(abs(dx), abs(dy))
                        set(cx + dx, cy + dy, distance != 2 && distance != 4)
                    }
                }
            }
            let centres = QRCode.alignmentCentres(version)
            let last = centres.count - 1
            for (i, cx) in centres.enumerated() {
                for (j, cy) in centres.enumerated() where !((i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0)) {
                    for dy in -2...2 {
                        for dx in -2...2 { set(cx + dx, cy + dy, max(abs(dx), abs(dy)) != 1) }
                    }
                }
            }
            // Reserve the format areas now (drawn for real once the mask is known).
            drawFormatBits(mask: 0)
            drawVersion()
        }

        /// Level M (format bits 00) and the mask, BCH(15,5) coded and masked with 0x5412, in both copies.
        mutating func drawFormatBits(mask: Int) {
            let data = mask  // level M's two bits are 00
            var remainder = data
            for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
            let bits = ((data << 10) | remainder) ^ 0x5412
            func bit(_ i: Int) -> Bool { (bits >> i) & 1 == 1 }
            for i in 0...5 { set(8, i, bit(i)) }
            set(8, 7, bit(6))
            set(8, 8, bit(7))
            set(7, 8, bit(8))
            for i in 9..<15 { set(14 - i, 8, bit(i)) }
            for i in 0..<8 { set(size - 1 - i, 8, bit(i)) }
            for i in 8..<15 { set(8, size - 15 + i, bit(i)) }
            set(8, size - 8, true)
        }

        /// Versions 7 and up carry their number, BCH(18,6) coded, beside two finders.
        mutating func drawVersion() {
            guard version >= 7 else { return }
            var remainder = version
            for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
            let bits = (version << 12) | remainder
            for i in 0..<18 {
                let dark = (bits >> i) & 1 == 1
                let a = size - 11 + i % 3, b = i / 3
                set(a, b, dark)
                set(b, a, dark)
            }
        }

        /// Two-column zigzag from the bottom right, skipping the vertical timing column.
        mutating func drawCodewords(_ codewords: [UInt8]) {
            var i = 0
            var right = size - 1
            while right >= 1 {
                if right == 6 { right = 5 }
                for vertical in 0..<size {
                    for j in 0..<2 {
                        let x = right - j
                        let upward = (right + 1) & 2 == 0
                        let y = upward ? size - 1 - vertical : vertical
                        if !isFunction[y * size + x], i < codewords.count * 8 {
                            modules[y * size + x] = (codewords[i >> 3] >> (7 - UInt8(i & 7))) & 1 == 1
                            i += 1
                        }
                    }
                }
                right -= 2
            }
        }

        mutating func applyMask(_ mask: Int) {
            for y in 0..<size {
                for x in 0..<size where !isFunction[y * size + x] {
                    let flip: Bool
                    switch mask {
                    case 0: flip = (x + y) % 2 == 0
                    case 1: flip = y % 2 == 0
                    case 2: flip = x % 3 == 0
                    case 3: flip = (x + y) % 3 == 0
                    case 4: flip = (x / 3 + y / 2) % 2 == 0
                    case 5: flip = x * y % 2 + x * y % 3 == 0
                    case 6: flip = (x * y % 2 + x * y % 3) % 2 == 0
                    default: flip = ((x + y) % 2 + x * y % 3) % 2 == 0
                    }
                    if flip { modules[y * size + x].toggle() }
                }
            }
        }

        /// The standard's four penalty rules: runs of five or more, 2×2 blocks, finder-like 1:1:3:1:1 patterns with
        /// four light modules beside them, and imbalance of dark and light.
        func penalty() -> Int {
            var total = 0
            func at(_ x: Int, _ y: Int) -> Bool { modules[y * size + x] }
            let finderLike: [Bool] = [true, false, true, true, true, false, true]
            for line in 0..<size {
                for horizontal in [true, false] {
                    let cells = (0..<size).map { horizontal ? at($0, line) : at(line, $0) }
                    var run = 1
                    for i in 1..<size {
                        if cells[i] == cells[i - 1] {
                            run += 1
                        } else {
                            if run >= 5 { total += 3 + run - 5 }
                            run = 1
                        }
                    }
                    if run >= 5 { total += 3 + run - 5 }
                    for i in 0...(size - 7) where Array(cells[i..<i + 7]) == finderLike {
                        // Beyond the edge is the quiet zone: light.
                        let before = (max(0, i - 4)..<i).allSatisfy { !cells[$0] }
                        let after = (i + 7..<min(size, i + 11)).allSatisfy { !cells[$0] }
                        if before { total += 40 }
                        if after { total += 40 }
                    }
                }
            }
            for y in 0..<size - 1 {
                for x in 0..<size - 1 {
                    let c = at(x, y)
                    if c == at(x + 1, y), c == at(x, y + 1), c == at(x + 1, y + 1) { total += 3 }
                }
            }
            let dark = modules.filter { $0 }.count
            let deviation = abs(dark * 20 - modules.count * 10)
            total += max(0, (deviation + modules.count - 1) / modules.count - 1) * 10
            return total
        }
    }
}

/// Reed–Solomon error correction over GF(2⁸) with the QR polynomial x⁸ + x⁴ + x³ + x² + 1.
enum ReedSolomon {
    static func multiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
        var z = 0
        for i in stride(from: 7, through: 0, by: -1) {
            z = (z << 1) ^ ((z >> 7) * 0x11D)
            z ^= Int((y >> UInt8(i)) & 1) * Int(x)
        }
        return UInt8(z & 0xFF)
    }

    /// The generator polynomial's coefficients (highest first, the leading 1 left out).
    static func divisor(degree: Int) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: degree)
        result[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            for j in 0..<degree {
                result[j] = multiply(result[j], root)
                if j + 1 < degree { result[j] ^= result[j + 1] }
            }
            root = multiply(root, 0x02)
        }
        return result
    }

    static func remainder(_ data: [UInt8], divisor: [UInt8]) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: divisor.count)
        for byte in data {
            let factor = byte ^ result.removeFirst()
            result.append(0)
            for i in divisor.indices { result[i] ^= multiply(divisor[i], factor) }
        }
        return result
    }
}
