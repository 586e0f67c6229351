import Foundation

#if canImport(CoreFoundation)
    import CoreFoundation
#endif

/// Decodes GB18030 (and so GBK and GB2312). `String.Encoding` has no case for it, but Foundation converts it
/// through the CoreFoundation encoding constant on Linux as on macOS (checked with swift-corelibs-foundation).
enum GB18030Text {
    static let encoding: String.Encoding = {
        let raw = CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue))
        return String.Encoding(rawValue: raw)
    }()

    /// The text, or nil when the bytes are not GB18030.
    static func decode(_ bytes: [UInt8]) -> String? {
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        return String(data: Data(bytes), encoding: encoding)
    }

    static func encode(_ text: String) -> Data? {
        text.data(using: encoding)
    }
}
