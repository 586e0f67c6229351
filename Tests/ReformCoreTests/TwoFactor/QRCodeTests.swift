import Testing

@testable import ReformCore

struct QRCodeTests {
    /// python3-qrcode 7.4.2 (Debian), byte mode, level M, mask 3, no border: the same text as a module grid. The same
    /// grid decoded with zbarimg (zbar-tools 0.23.92) gives the text back.
    static let referenceText =
        "otpauth://totp/ReformLedger:office?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=ReformLedger&algorithm=SHA1&digits=6&period=30"
    static let referenceGrid = """
        #######.#....#.#..###..##.....##.#.###..#.#######
        #.....#.####..##...#..#####.....##.#.####.#.....#
        #.###.#..#..###.#....###.##..####.#.##.##.#.###.#
        #.###.#.#.##.##.####.#..#.#...##.#####.#..#.###.#
        #.###.#..#.#..#.#...#.#####.....##.#.#....#.###.#
        #.....#...#.#.##.....##...#...#.#..#..#...#.....#
        #######.#.#.#.#.#.#.#.#.#.#.#.#.#.#.#.#.#.#######
        ........#.###.......#.#...##....##...#.##........
        #.##.###.#.#######.###########....##.##...#..#.##
        #..#.#.######.#..#.#.#.###.######..#.#...##..#...
        .########.#.#.###..#.#.#.......###.#..#####.###..
        ...##...#..#.#...##...#....#.#.#.###..##.#..###.#
        .##...########..#.....###.##.#.#..#######.#...#.#
        ##..#...#.##.#.#...#.###.##.#..###..####........#
        ##....##..#.#......##...##..#.#.#..##.#...##.#.#.
        ...##..##...###.#..##.######.#....#.##...##..#.#.
        ###.###.#.##..####.......#######..#.#.#....####.#
        #...##.#####.##..##...####...#####..##.###..#####
        .##..##...........##..#.###.#.####.#.##.####.#.##
        ##.##....#..###.#....#.###..#....#.#####..##.#.#.
        ....####.####.#.#..##..#.#####...###.#...#...#.#.
        ..####...#.##....#...#...###.###...###.#.###...#.
        ..#.#####..######.###.######.##.#.#....#######...
        #.#.#...##.##.#..###.##...#.#.##..####.##...####.
        .#..#.#.###...#####.###.#.#....#....#.#.#.#.#.#..
        .#.##...##.###.....####...#.#..###...####...#...#
        ##.######...##..#...#.######...#..#.#...######.#.
        ###.#..#.####..#.##..#.##...##..#.......####...#.
        .##..###..##.#...####..#.#.#..####.#....#..#.###.
        ###....#....#.##...#...##.####.####.....##...#..#
        ..#...#..##..#.###.#.....#...#....#.#.#..##.#..##
        ...#.....#...#.#.##.#...#..#.#.##..#.#.##.###..#.
        ..#..##..##.#.#..#.##.#.....##.#.##.......#.##...
        #####..#####..##..##.######...##.#..#..##.##.#.#.
        #..##.#....#.##.#.#.#...###.....##.#.#...#.##....
        #...#..#..####..##.........#.#.####.#.#..##..###.
        ..#.######....##.###.###.##...##.#######.....##..
        #....#.##..#.##.##.##.##.###.....#.#.##.######.##
        .#...####.######.#######......#....##.#.##....##.
        .###....#..##.#####.#.#..#.#.###..####....####...
        ###...####.#...##..#.#######.#.####.....#######..
        ........#.###.###....##...##.#.######...#...###.#
        #######.#..##.#....##.#.#.#...#.##.##...#.#.#..##
        #.....#.#.....#...##..#...#.##.#....##..#...##...
        #.###.#..#.#..##.###.########.#....#...######..#.
        #.###.#.#.....##.#####......######..##.##.###...#
        #.###.#.##.#..#...#..#...###.###..#...##.####.###
        #.....#....#.###..#.#...##..####.#.###...#....#..
        #######.#..##..##...#..###..#..####.####.....####
        """

    @Test func anOtpauthURIEncodesToTheReferenceGrid() throws {
        // given the reference text (128 bytes: version 8, two block groups and the version field)
        // when it is encoded with the reference's mask
        let code = try QRCode.encode(Self.referenceText, mask: 3)
        // then every module agrees
        let rows = (0..<code.size).map { y in String((0..<code.size).map { code[x: $0, y: y] ? "#" : "." }) }
        #expect(code.version == 8)
        #expect(rows == Self.referenceGrid.split(separator: "\n").map(String.init))
    }

    @Test func theSmallestVersionThatHoldsTheTextIsChosen() throws {
        // given texts at the edges of versions 1 and 2 at level M (14 and 26 bytes)
        // when they are encoded
        // then they take the version whose capacity they fit
        #expect(try QRCode.encode(String(repeating: "a", count: 14)).version == 1)
        #expect(try QRCode.encode(String(repeating: "a", count: 15)).version == 2)
        #expect(try QRCode.encode(String(repeating: "a", count: 26)).version == 2)
        #expect(try QRCode.encode(String(repeating: "a", count: 213)).version == 10)
    }

    @Test func aTextLongerThanVersionTenIsRefused() {
        // given 214 bytes, one more than version 10 at level M holds
        // when it is encoded
        // then it is refused, naming the limit
        #expect(throws: QRCode.Failure.tooLong(bytes: 214, limit: 213)) { try QRCode.encode(String(repeating: "a", count: 214)) }
    }

    @Test func theChosenMaskHasTheLowestPenalty() throws {
        // given a text
        let chosen = try QRCode.encode(Self.referenceText)
        // when every mask is tried
        let penalties = try (0..<8).map { mask in
            let code = try QRCode.encode(Self.referenceText, mask: mask)
            var grid = QRCode.Grid(version: code.version)
            grid.modules = (0..<code.size * code.size).map { code[x: $0 % code.size, y: $0 / code.size] }
            return grid.penalty()
        }
        // then the one chosen scores least
        #expect(penalties[chosen.mask] == penalties.min())
    }

    @Test func reedSolomonMatchesTheStandardsWorkedExample() {
        // given the data codewords of ISO/IEC 18004 Annex I ("01234567", version 1-M)
        let data: [UInt8] = [16, 32, 12, 86, 97, 128, 236, 17, 236, 17, 236, 17, 236, 17, 236, 17]
        // when the 10 error correction codewords are computed
        let ecc = ReedSolomon.remainder(data, divisor: ReedSolomon.divisor(degree: 10))
        // then they are the example's
        #expect(ecc == [165, 36, 212, 193, 237, 54, 199, 135, 44, 85])
    }

    @Test func theSVGDrawsTheDarkModulesInsideAQuietZone() throws {
        // given a version 1 code
        let code = try QRCode.encode("hello", mask: 0)
        // when it is drawn
        let svg = code.svg(moduleSize: 4, label: "a \"label\" & <more>")
        // then the box is the code plus four modules each side, the finder's top row is one run, and the label is escaped
        #expect(svg.contains(#"viewBox="0 0 29 29""#))
        #expect(svg.contains(#"width="116""#))
        #expect(svg.contains("M4 4h7v1h-7z"))
        #expect(svg.contains(#"aria-label="a &quot;label&quot; &amp; &lt;more>""#))
    }
}
