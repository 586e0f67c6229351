import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Decodes GB18030 fields one after another. On Linux it keeps one glibc iconv converter open for the
/// whole read (glibc ships the GB18030 module in libc6), about ten times faster than going through
/// Foundation per field; where iconv is missing or refuses a field, `GB18030Text` (Foundation) decodes it.
/// Not shared between threads: each read makes its own.
final class GB18030Decoder {
    #if canImport(Glibc)
        private let converter: iconv_t?
    #endif
    private var output = [UInt8](repeating: 0, count: 4096)

    init() {
        #if canImport(Glibc)
            let opened = iconv_open("UTF-8", "GB18030")
            converter = opened == iconv_t(bitPattern: -1) ? nil : opened
        #endif
    }

    deinit {
        #if canImport(Glibc)
            if let converter { iconv_close(converter) }
        #endif
    }

    func decode(_ bytes: [UInt8]) -> String {
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        #if canImport(Glibc)
            if let converter, let text = convert(bytes, with: converter) { return text }
        #endif
        return GB18030Text.decode(bytes) ?? String(decoding: bytes, as: UTF8.self)
    }

    #if canImport(Glibc)
        private func convert(_ bytes: [UInt8], with converter: iconv_t) -> String? {
            // A GB18030 character is at most 4 bytes and becomes at most 4 UTF-8 bytes.
            let needed = bytes.count * 2 + 16
            if output.count < needed { output = [UInt8](repeating: 0, count: needed) }
            var input = bytes
            let capacity = output.count
            let written: Int? = input.withUnsafeMutableBufferPointer { source in
                output.withUnsafeMutableBufferPointer { target in
                    // Reset the shift state left by a previous failure.
                    iconv(converter, nil, nil, nil, nil)
                    var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(source.baseAddress!).assumingMemoryBound(to: CChar.self)
                    var inLeft = source.count
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(target.baseAddress!).assumingMemoryBound(to: CChar.self)
                    var outLeft = capacity
                    let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    guard result != -1, inLeft == 0 else { return nil }
                    return capacity - outLeft
                }
            }
            guard let written else { return nil }
            return String(decoding: output[0..<written], as: UTF8.self)
        }
    #endif
}
