/// A multipart/form-data body (RFC 7578) read as it arrives, chunk by chunk, so that an upload of any size passes
/// through a few kilobytes of memory: the caller writes each file part's bytes where it wants them (a file on disk)
/// and keeps the text fields. Strict: anything malformed stops the read with a reason.
///
/// Only the bytes that may still turn out to be the start of a delimiter are held back between chunks, and a part's
/// headers, which are small, are collected whole (up to `maxHeaderBytes`).
public struct MultipartStreamParser: Sendable {
    /// The start of one part, from its headers.
    public struct Part: Sendable, Equatable {
        public var name: String?
        public var filename: String?
        public var contentType: String?
    }

    public enum Event {
        case begin(Part)
        /// Some of the current part's content; a part's content may come in any number of pieces.
        case content(UnsafeRawBufferPointer)
        case end
    }

    public enum Failure: Error, Equatable, Sendable {
        case malformed(String)
    }

    private enum State {
        case preamble, afterDelimiter, headers, content, done
    }

    /// "--" + boundary: begins the body and follows each part's CRLF.
    private let delimiter: [UInt8]
    /// CRLF + "--" + boundary: ends a part's content.
    private let partEnd: [UInt8]
    public let maxHeaderBytes: Int
    public let maxParts: Int
    private var state = State.preamble
    private var pending: [UInt8] = []
    private var parts = 0
    private var preambleBytes = 0

    public init(boundary: String, maxHeaderBytes: Int = 16 * 1024, maxParts: Int = 1_000) {
        delimiter = Array(("--" + boundary).utf8)
        partEnd = [13, 10] + delimiter
        self.maxHeaderBytes = maxHeaderBytes
        self.maxParts = maxParts
    }

    /// True once the closing delimiter has been read.
    public var isComplete: Bool {
        if case .done = state { return true }
        return false
    }

    /// Reads the next chunk of the body, calling `handle` for each part's start, content and end.
    public mutating func feed(_ chunk: UnsafeRawBufferPointer, _ handle: (Event) throws -> Void) throws {
        if case .done = state { return }  // the epilogue, if any, is ignored
        if pending.isEmpty {
            try process(chunk, handle)
        } else {
            var joined = pending
            joined.append(contentsOf: chunk)
            pending = []
            try joined.withUnsafeBytes { try process($0, handle) }
        }
    }

    public mutating func feed(_ bytes: [UInt8], _ handle: (Event) throws -> Void) throws {
        try bytes.withUnsafeBytes { try feed($0, handle) }
    }

    /// Ends the body: a body that stops before its closing delimiter is malformed.
    public func finish() throws {
        switch state {
        case .done: return
        case .preamble: throw Failure.malformed("no boundary")
        case .headers: throw Failure.malformed("part without headers")
        case .content: throw Failure.malformed("unterminated part")
        case .afterDelimiter: throw Failure.malformed("bad delimiter line")
        }
    }

    private mutating func process(_ bytes: UnsafeRawBufferPointer, _ handle: (Event) throws -> Void) throws {
        var position = 0
        while position < bytes.count {
            switch state {
            case .done:
                return
            case .preamble:
                // Browsers send no preamble; one is allowed, but not an unbounded one.
                if let found = Self.find(delimiter, in: bytes, from: position) {
                    position = found + delimiter.count
                    state = .afterDelimiter
                } else {
                    let kept = max(position, bytes.count - (delimiter.count - 1))
                    preambleBytes += kept - position
                    if preambleBytes > 64 * 1024 { throw Failure.malformed("no boundary") }
                    keep(bytes, from: kept)
                    return
                }
            case .afterDelimiter:
                guard bytes.count - position >= 2 else {
                    keep(bytes, from: position)
                    return
                }
                let a = bytes[position]
                let b = bytes[position + 1]
                if a == UInt8(ascii: "-"), b == UInt8(ascii: "-") {
                    state = .done
                    return
                }
                guard a == 13, b == 10 else { throw Failure.malformed("bad delimiter line") }
                parts += 1
                if parts > maxParts { throw Failure.malformed("more than \(maxParts) parts") }
                position += 2
                state = .headers
            case .headers:
                guard let end = Self.find([13, 10, 13, 10], in: bytes, from: position) else {
                    if bytes.count - position > maxHeaderBytes { throw Failure.malformed("part headers longer than \(maxHeaderBytes) bytes") }
                    keep(bytes, from: position)
                    return
                }
                if end - position > maxHeaderBytes { throw Failure.malformed("part headers longer than \(maxHeaderBytes) bytes") }
                let headers = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<end]), as: UTF8.self)
                try handle(.begin(Self.part(headers)))
                position = end + 4
                state = .content
            case .content:
                if let found = Self.find(partEnd, in: bytes, from: position) {
                    if found > position { try handle(.content(UnsafeRawBufferPointer(rebasing: bytes[position..<found]))) }
                    try handle(.end)
                    position = found + partEnd.count
                    state = .afterDelimiter
                } else {
                    // Everything but a tail that may be the start of the part's end is content.
                    let safe = max(position, bytes.count - (partEnd.count - 1))
                    if safe > position { try handle(.content(UnsafeRawBufferPointer(rebasing: bytes[position..<safe]))) }
                    keep(bytes, from: safe)
                    return
                }
            }
        }
    }

    private mutating func keep(_ bytes: UnsafeRawBufferPointer, from start: Int) {
        pending = Array(UnsafeRawBufferPointer(rebasing: bytes[start...]))
    }

    /// `name`, `filename` and the content type from a part's headers.
    static func part(_ headers: String) -> Part {
        var part = Part()
        for line in headers.split(separator: "\r\n") {
            let pair = line.split(separator: ":", maxSplits: 1)
            guard pair.count == 2 else { continue }
            let field = pair[0].trimmingWhitespace().lowercased()
            if field == "content-type" {
                part.contentType = String(pair[1].trimmingWhitespace())
                continue
            }
            guard field == "content-disposition" else { continue }
            for parameter in pair[1].split(separator: ";").dropFirst() {
                let kv = parameter.split(separator: "=", maxSplits: 1)
                guard kv.count == 2 else { continue }
                let key = kv[0].trimmingWhitespace().lowercased()
                var value = Substring(kv[1].trimmingWhitespace())
                if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
                if key == "name" { part.name = String(value) }
                if key == "filename" { part.filename = String(value) }
            }
        }
        return part
    }

    /// The first position of `needle` in `haystack` at or after `start`.
    static func find(_ needle: [UInt8], in haystack: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        let first = needle[0]
        let last = haystack.count - needle.count
        return needle.withUnsafeBufferPointer { n in
            var i = start
            while i <= last {
                if haystack[i] == first {
                    var j = 1
                    while j < n.count, haystack[i + j] == n[j] { j += 1 }
                    if j == n.count { return i }
                }
                i += 1
            }
            return nil
        }
    }

    /// The boundary of a `multipart/form-data; boundary=…` content type, nil for any other type.
    public static func boundary(contentType: String) -> String? {
        let parts = contentType.split(separator: ";").map { $0.trimmingWhitespace() }
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        for part in parts.dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingWhitespace().lowercased() == "boundary" else { continue }
            var value = pair[1].trimmingWhitespace()
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
            return value.isEmpty || value.utf8.count > 200 ? nil : String(value)
        }
        return nil
    }
}

extension StringProtocol {
    fileprivate func trimmingWhitespace() -> SubSequence {
        var start = startIndex
        var end = endIndex
        while start < end, self[start] == " " || self[start] == "\t" { start = index(after: start) }
        while end > start, self[index(before: end)] == " " || self[index(before: end)] == "\t" { end = index(before: end) }
        return self[start..<end]
    }
}
