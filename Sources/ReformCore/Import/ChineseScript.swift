import COpenCC
import Foundation

/// Traditional characters (牽頭、單位、負責) as simplified ones, through the system's OpenCC with its `t2s` data,
/// so that a plan reprinted in traditional characters reads like the original. Only the parser sees the converted
/// text; what people read keeps the characters as written.
public enum ChineseScript {
    /// The text in simplified characters, or the text unchanged when it has nothing to convert or OpenCC cannot
    /// open its data (then `isAvailable` is false).
    public static func simplified(_ text: String) -> String {
        guard mayContainTraditional(text), let converter = Converter.shared else { return text }
        return converter.convert(text) ?? text
    }

    /// Whether OpenCC and its t2s data could be opened on this machine.
    public static var isAvailable: Bool { Converter.shared != nil }

    /// The text in traditional characters (OpenCC's s2t), for tests and benchmarks that need a reprint of a plan;
    /// unchanged when OpenCC cannot open its data.
    public static func traditional(_ text: String) -> String {
        Converter.toTraditional?.convert(text) ?? text
    }

    /// Characters that are written differently in traditional text and common in plans: a cheap test, so that a
    /// document in simplified characters (nearly all of them) never goes through the converter. The conversion itself
    /// is OpenCC's. (位, written alike in both scripts, was on this list until session 12: every plan naming a 单位 went
    /// through OpenCC whole, 15 % of the parse's time, to come back unchanged.)
    static let telltales: Set<UInt32> = Set(
        "牽頭負責單職關於門區縣鄉鎮廳數據處機構為從發會實現與將對進動務業產權開黨國劃統設計經濟歷過書辦總續規標準證".unicodeScalars.map(\.value))

    /// True when the text holds one of the telltale characters (a scan that stops at the first).
    public static func mayContainTraditional(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value >= 0x4E00 && telltales.contains($0.value) }
    }

    /// One opened converter for the process; OpenCC's converter is not documented as safe to share between
    /// threads, so calls take turns.
    final class Converter: @unchecked Sendable {
        private let handle: opencc_t
        private let lock = NSLock()

        static let shared: Converter? = Converter(configuration: OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP)
        static let toTraditional: Converter? = Converter(configuration: OPENCC_DEFAULT_CONFIG_SIMP_TO_TRAD)

        private init?(configuration: String) {
            // OpenCC answers (opencc_t) -1 when it cannot open the configuration or its dictionaries.
            guard let handle = opencc_open(configuration), Int(bitPattern: handle) != -1 else { return nil }
            self.handle = handle
        }

        func convert(_ text: String) -> String? {
            lock.lock()
            defer { lock.unlock() }
            var utf8 = Array(text.utf8)
            let count = utf8.count
            utf8.append(0)
            let converted: UnsafeMutablePointer<CChar>? = utf8.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { opencc_convert_utf8(handle, $0, count) }
            }
            guard let converted else { return nil }
            defer { opencc_convert_utf8_free(converted) }
            return String(cString: converted)
        }
    }
}
