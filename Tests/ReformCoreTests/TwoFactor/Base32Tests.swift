import Testing

@testable import ReformCore

struct Base32Tests {
    @Test(arguments: [
        ("", ""), ("f", "MY"), ("fo", "MZXQ"), ("foo", "MZXW6"), ("foob", "MZXW6YQ"), ("fooba", "MZXW6YTB"), ("foobar", "MZXW6YTBOI")
    ])
    func theRFC4648VectorsRoundTrip(plain: String, encoded: String) {
        // given RFC 4648's test vectors (padding left out)
        // when encoded and decoded
        // then they match both ways
        #expect(Base32.encode(Array(plain.utf8)) == encoded)
        #expect(Base32.decode(encoded) == Array(plain.utf8))
    }

    @Test func typedSecretsMayHaveSpacesLowerCaseAndPadding() {
        // given a secret typed in groups, lower case, with padding
        // when decoded
        // then it is the same bytes; a character outside the alphabet is refused
        #expect(Base32.decode("mzxw 6ytb-oi======") == Array("foobar".utf8))
        #expect(Base32.decode("MZXW1") == nil)
        #expect(Base32.grouped("JBSWY3DPEHPK3PXP") == "JBSW Y3DP EHPK 3PXP")
    }
}
