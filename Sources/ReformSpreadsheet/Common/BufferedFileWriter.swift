import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Appends bytes to a file through a fixed buffer, so writing a million rows costs a few thousand system
/// calls and no growing memory. Text goes in already XML-escaped by `appendEscaped`.
final class BufferedFileWriter {
    static let capacity = 1 << 20

    let url: URL
    private let descriptor: Int32
    /// False for a descriptor the caller gave (a FileHandle it keeps): then `close()` only flushes.
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    /// Instead of a descriptor: takes each full buffer and leaves an empty one in its place (the xlsx writer's
    /// sheets, deflated into the zip as they are written).
    private let sink: ((inout [UInt8]) throws -> Void)?
    private var closed = false
    private(set) var bytesWritten: Int64 = 0

    init(url: URL) throws {
        self.url = url
        let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else {
            throw SpreadsheetError.io(path: url.path, reason: String(cString: strerror(errno)))
        }
        descriptor = fd
        ownsDescriptor = true
        sink = nil
        buffer.reserveCapacity(Self.capacity + 64 * 1024)
    }

    /// Writes to a descriptor the caller owns and closes; `label` names it in errors.
    init(descriptor: Int32, label: String) {
        url = URL(fileURLWithPath: label)
        self.descriptor = descriptor
        ownsDescriptor = false
        sink = nil
        buffer.reserveCapacity(Self.capacity + 64 * 1024)
    }

    /// Hands each full buffer to `sink`, which must leave `buffer` empty (with room for `capacity` bytes).
    init(label: String, sink: @escaping (inout [UInt8]) throws -> Void) {
        url = URL(fileURLWithPath: label)
        descriptor = -1
        ownsDescriptor = false
        self.sink = sink
        buffer.reserveCapacity(Self.capacity + 64 * 1024)
    }

    deinit {
        if !closed && ownsDescriptor { _ = closeDescriptor(descriptor) }
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        buffer.append(byte)
    }

    func append(_ text: StaticString) {
        text.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }

    func append(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
    }

    /// Raw text with no escaping (for markup built here).
    func appendRaw(_ text: String) {
        buffer.append(contentsOf: text.utf8)
    }

    /// An integer in decimal. Named apart from `append(_: UInt8)` so a literal byte never prints as digits.
    func appendDecimal(_ number: Int) {
        if number < 0 {
            buffer.append(UInt8(ascii: "-"))
            appendDecimal(UInt(number.magnitude))
        } else {
            appendDecimal(UInt(number))
        }
    }

    private func appendDecimal(_ number: UInt) {
        if number < 10 {
            buffer.append(UInt8(48 + number))
            return
        }
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var value = number
        withUnsafeMutableBytes(of: &digits) { raw in
            while value > 0 {
                raw[count] = UInt8(48 + value % 10)
                value /= 10
                count += 1
            }
            for index in stride(from: count - 1, through: 0, by: -1) { buffer.append(raw[index]) }
        }
    }

    /// Text as XML character data: &, < and > escaped; characters XML 1.0 cannot hold (control characters,
    /// U+FFFE, U+FFFF) dropped, since Excel refuses a file that has them; CRLF and lone CR written as LF,
    /// the line break Excel uses inside a cell.
    func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var needsWork = false
            for byte in bytes
            where byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<")
                || byte == UInt8(ascii: ">") || byte == 0xEF
            {
                if byte == 0x0A || byte == 0x09 { continue }
                needsWork = true
                break
            }
            if !needsWork {
                buffer.append(contentsOf: bytes)
                return
            }
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "&"): append("&amp;")
                case UInt8(ascii: "<"): append("&lt;")
                case UInt8(ascii: ">"): append("&gt;")
                case 0x09, 0x0A: buffer.append(byte)
                case 0x0D:
                    buffer.append(0x0A)
                    if index + 1 < count && bytes[index + 1] == 0x0A { index += 1 }
                case 0x00..<0x20:
                    break
                case 0xEF where index + 2 < count && bytes[index + 1] == 0xBF && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF):
                    index += 2
                default:
                    buffer.append(byte)
                }
                index += 1
            }
        }
    }

    /// Writes the buffer out when it is full; call after each row.
    @inline(__always)
    func flushIfFull() throws {
        if buffer.count >= Self.capacity { try flush() }
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        if let sink {
            bytesWritten += Int64(buffer.count)
            try sink(&buffer)
            return
        }
        try buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw SpreadsheetError.io(path: url.path, reason: String(cString: strerror(errno)))
                }
                offset += written
            }
        }
        bytesWritten += Int64(buffer.count)
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        guard !closed else { return }
        try flush()
        closed = true
        if ownsDescriptor && closeDescriptor(descriptor) != 0 {
            throw SpreadsheetError.io(path: url.path, reason: String(cString: strerror(errno)))
        }
    }
}

/// `close` is shadowed by the method of the same name inside the class.
@inline(__always)
private func closeDescriptor(_ descriptor: Int32) -> Int32 {
    close(descriptor)
}
