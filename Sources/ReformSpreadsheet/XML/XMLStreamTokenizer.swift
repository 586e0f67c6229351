import Foundation

/// A small push (SAX-style) XML tokenizer fed with chunks as a zip entry inflates, so a 100,000-row sheet is
/// never held whole: memory stays at one chunk plus one unfinished tag. It is written for SpreadsheetML rather
/// than using Foundation's `XMLParser`, which needs the whole part in memory (or an InputStream that a zip
/// entry cannot give) and builds an attribute dictionary of bridged strings per element, several times slower
/// on Linux.
///
/// It checks what matters for safety and for clear errors: tags nest and close, attributes are quoted, entities
/// are the five predefined ones or character references (no DTD entities, so no entity expansion attacks), and
/// the input ends with the root closed. Line ends are normalised to "\n" as XML requires.
struct XMLStreamTokenizer {
    /// The longest unfinished token kept while waiting for more input. SpreadsheetML tags are short; a
    /// longer one is a damaged or hostile file, and refusing it keeps rescanning the pending bytes cheap.
    static let maximumPendingBytes = 8 << 20

    private var buffer: [UInt8] = []
    /// Bytes already dropped from the front of `buffer`, so errors can give an offset in the whole part.
    private var discarded = 0
    /// The qualified names of the open elements, end to end in one buffer (no array per element), with
    /// where each starts, and their interned local names for the end events.
    private var openNameBytes: [UInt8] = []
    private var openNameStarts: [Int] = []
    private var openLocalNames: [String] = []
    private var elementNames = XMLNameTable()
    private var attributeNames = XMLNameTable()
    private var text: [UInt8] = []
    private var attributes: [XMLAttribute] = []
    private var sawRoot = false
    private var checkedByteOrderMark = false

    init() {}

    mutating func feed<Handler: XMLEventHandler>(_ chunk: Data, into handler: inout Handler) throws {
        buffer.append(contentsOf: chunk)
        try process(&handler, isFinal: false)
    }

    mutating func feed<Handler: XMLEventHandler>(bytes chunk: [UInt8], into handler: inout Handler) throws {
        buffer.append(contentsOf: chunk)
        try process(&handler, isFinal: false)
    }

    /// Ends the input: anything left unfinished is an unexpected end of file.
    mutating func finish<Handler: XMLEventHandler>(_ handler: inout Handler) throws {
        try process(&handler, isFinal: true)
        let leftover = buffer.contains { !Self.isWhitespace($0) }
        if !openNameStarts.isEmpty || !sawRoot || leftover {
            throw XMLTokenizerError.unexpectedEnd
        }
    }

    // MARK: - Scanning

    private mutating func process<Handler: XMLEventHandler>(_ handler: inout Handler, isFinal: Bool) throws {
        if !checkedByteOrderMark {
            guard buffer.count >= 3 || isFinal else { return }
            checkedByteOrderMark = true
            if buffer.starts(with: [0xEF, 0xBB, 0xBF]) {
                buffer.removeFirst(3)
                discarded += 3
            }
        }
        // The buffer is moved out so the loop can read it through a pointer while mutating the rest of self.
        var bytes = buffer
        buffer = []
        defer { buffer = bytes }
        let consumed = try bytes.withUnsafeBufferPointer { pointer in
            try scan(pointer, &handler, isFinal: isFinal)
        }
        if consumed > 0 {
            bytes.removeSubrange(0..<consumed)
            discarded += consumed
        }
        if bytes.count > Self.maximumPendingBytes {
            throw XMLTokenizerError.malformed(offset: discarded, reason: "a tag that does not end within 8 MiB")
        }
    }

    /// Handles every complete token in `input`; returns how many bytes were used. An unfinished token at the
    /// end stays for the next chunk.
    private mutating func scan<Handler: XMLEventHandler>(
        _ input: UnsafeBufferPointer<UInt8>, _ handler: inout Handler,
        isFinal: Bool
    ) throws -> Int {
        let count = input.count
        var position = 0
        while position < count {
            if input[position] != UInt8(ascii: "<") {
                let (next, stalled) = try scanText(input, from: position, handler.capturesText, isFinal: isFinal)
                position = next
                if stalled { break }
                continue
            }
            guard position + 1 < count else { break }
            let second = input[position + 1]
            if second == UInt8(ascii: "/") {
                guard let close = Self.find(UInt8(ascii: ">"), in: input, from: position + 2) else { break }
                try flushText(&handler)
                try endTag(input, nameFrom: position + 2, to: close, &handler)
                position = close + 1
            } else if second == UInt8(ascii: "?") {
                guard let close = Self.find(sequence: [UInt8(ascii: "?"), UInt8(ascii: ">")], in: input, from: position + 2) else { break }
                position = close + 2
            } else if second == UInt8(ascii: "!") {
                guard let next = try markupDeclaration(input, at: position, &handler, isFinal: isFinal) else { break }
                position = next
            } else {
                guard let close = Self.findTagEnd(in: input, from: position + 1) else { break }
                try flushText(&handler)
                try startTag(input, from: position + 1, to: close, &handler)
                position = close + 1
            }
        }
        if isFinal && position < count && input[position] == UInt8(ascii: "<") {
            throw XMLTokenizerError.unexpectedEnd
        }
        return position
    }

    /// Text up to the next "<". Returns how far it got, and whether it stopped early because more input is
    /// needed (an entity or a CR cut by the chunk boundary); the text before that point is already taken.
    private mutating func scanText(
        _ input: UnsafeBufferPointer<UInt8>, from start: Int, _ captures: Bool,
        isFinal: Bool
    ) throws -> (position: Int, stalled: Bool) {
        let count = input.count
        var position = start
        if openNameStarts.isEmpty {
            // Outside the root only whitespace is allowed.
            while position < count, input[position] != UInt8(ascii: "<") {
                if !Self.isWhitespace(input[position]) {
                    throw XMLTokenizerError.malformed(offset: discarded + position, reason: "text outside the root element")
                }
                position += 1
            }
            return (position, false)
        }
        if !captures {
            // Skipped text needs no decoding.
            return (Self.find(UInt8(ascii: "<"), in: input, from: position) ?? count, false)
        }
        while position < count {
            let byte = input[position]
            if byte == UInt8(ascii: "<") { break }
            if byte == UInt8(ascii: "&") {
                guard let semicolon = Self.find(UInt8(ascii: ";"), in: input, from: position + 1, limit: 12) else {
                    if !isFinal && count - position < 12 { return (position, true) }
                    throw XMLTokenizerError.malformed(offset: discarded + position, reason: "an & that starts no entity")
                }
                try appendEntity(input, from: position + 1, to: semicolon, into: &text)
                position = semicolon + 1
            } else if byte == UInt8(ascii: "\r") {
                guard position + 1 < count || isFinal else { return (position, true) }
                text.append(UInt8(ascii: "\n"))
                position += (position + 1 < count && input[position + 1] == UInt8(ascii: "\n")) ? 2 : 1
            } else {
                text.append(byte)
                position += 1
            }
        }
        return (position, false)
    }

    private mutating func flushText<Handler: XMLEventHandler>(_ handler: inout Handler) throws {
        guard !text.isEmpty else { return }
        try handler.characters(String(decoding: text, as: UTF8.self))
        text.removeAll(keepingCapacity: true)
    }

    /// Comments, CDATA sections and a DOCTYPE. Returns the position after it, or nil when more input is needed.
    private mutating func markupDeclaration<Handler: XMLEventHandler>(
        _ input: UnsafeBufferPointer<UInt8>, at start: Int,
        _ handler: inout Handler, isFinal: Bool
    ) throws -> Int? {
        let rest = input.count - start
        if Self.matches(input, at: start, "<!--") {
            guard let close = Self.find(sequence: Array("-->".utf8), in: input, from: start + 4) else { return nil }
            return close + 3
        }
        if Self.matches(input, at: start, "<![CDATA[") {
            guard let close = Self.find(sequence: Array("]]>".utf8), in: input, from: start + 9) else { return nil }
            if handler.capturesText && !openNameStarts.isEmpty {
                text.append(contentsOf: UnsafeBufferPointer(rebasing: input[(start + 9)..<close]))
            }
            return close + 3
        }
        if Self.matches(input, at: start, "<!DOCTYPE") {
            // Skipped with its internal subset; entities it declares are never expanded.
            var depth = 0
            var position = start + 9
            while position < input.count {
                switch input[position] {
                case UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "]"): depth -= 1
                case UInt8(ascii: ">") where depth <= 0: return position + 1
                default: break
                }
                position += 1
            }
            return nil
        }
        if rest < 9 && !isFinal { return nil }
        throw XMLTokenizerError.malformed(offset: discarded + start, reason: "an unknown <! declaration")
    }

    private mutating func startTag<Handler: XMLEventHandler>(
        _ input: UnsafeBufferPointer<UInt8>, from start: Int, to close: Int,
        _ handler: inout Handler
    ) throws {
        var end = close
        var selfClosing = false
        if end > start && input[end - 1] == UInt8(ascii: "/") {
            selfClosing = true
            end -= 1
        }
        var position = start
        while position < end, !Self.isWhitespace(input[position]) { position += 1 }
        guard position > start, Self.isNameStart(input[start]) else {
            throw XMLTokenizerError.malformed(offset: discarded + start, reason: "a tag without a name")
        }
        let name = UnsafeBufferPointer(rebasing: input[start..<position])
        var localStart = start
        for index in start..<position where input[index] == UInt8(ascii: ":") { localStart = index + 1 }
        let localName = elementNames.string(for: UnsafeBufferPointer(rebasing: input[localStart..<position]))
        if openNameStarts.isEmpty && sawRoot {
            throw XMLTokenizerError.malformed(offset: discarded + start, reason: "a second root element")
        }
        attributes.removeAll(keepingCapacity: true)
        while true {
            while position < end, Self.isWhitespace(input[position]) { position += 1 }
            if position >= end { break }
            let nameStart = position
            while position < end, input[position] != UInt8(ascii: "="), !Self.isWhitespace(input[position]) { position += 1 }
            let attributeName = attributeNames.string(for: UnsafeBufferPointer(rebasing: input[nameStart..<position]))
            while position < end, Self.isWhitespace(input[position]) { position += 1 }
            guard position < end, input[position] == UInt8(ascii: "="), position > nameStart else {
                throw XMLTokenizerError.malformed(offset: discarded + nameStart, reason: "an attribute without a value")
            }
            position += 1
            while position < end, Self.isWhitespace(input[position]) { position += 1 }
            guard position < end, input[position] == UInt8(ascii: "\"") || input[position] == UInt8(ascii: "'") else {
                throw XMLTokenizerError.malformed(offset: discarded + position, reason: "an attribute value without quotes")
            }
            let quote = input[position]
            let valueStart = position + 1
            guard let valueEnd = Self.find(quote, in: input, from: valueStart), valueEnd < end else {
                throw XMLTokenizerError.malformed(offset: discarded + position, reason: "an attribute value that is not closed")
            }
            let value = try attributeValue(input, from: valueStart, to: valueEnd)
            attributes.append(XMLAttribute(name: attributeName, value: value))
            position = valueEnd + 1
        }
        sawRoot = true
        try handler.startElement(name: localName, attributes: attributes)
        if selfClosing {
            try handler.endElement(name: localName)
        } else {
            openNameStarts.append(openNameBytes.count)
            openNameBytes.append(contentsOf: name)
            openLocalNames.append(localName)
        }
    }

    private mutating func endTag<Handler: XMLEventHandler>(
        _ input: UnsafeBufferPointer<UInt8>, nameFrom start: Int, to close: Int,
        _ handler: inout Handler
    ) throws {
        var end = close
        while end > start, Self.isWhitespace(input[end - 1]) { end -= 1 }
        guard let openStart = openNameStarts.last else {
            throw XMLTokenizerError.malformed(offset: discarded + start, reason: "a closing tag with no open element")
        }
        let openLength = openNameBytes.count - openStart
        let matches =
            openLength == end - start
            && openNameBytes.withUnsafeBufferPointer { open in
                memcmp(open.baseAddress! + openStart, input.baseAddress! + start, openLength) == 0
            }
        guard matches else {
            let found = String(decoding: UnsafeBufferPointer(rebasing: input[start..<end]), as: UTF8.self)
            let open = String(decoding: openNameBytes[openStart...], as: UTF8.self)
            throw XMLTokenizerError.malformed(offset: discarded + start, reason: "</\(found)> closes <\(open)>")
        }
        openNameStarts.removeLast()
        openNameBytes.removeSubrange(openStart...)
        let localName = openLocalNames.removeLast()
        try handler.endElement(name: localName)
    }

    private func attributeValue(_ input: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) throws -> String {
        // Most values ("A1", "s", "3") need no decoding: make the string straight from the bytes.
        var plain = true
        for index in start..<end {
            let byte = input[index]
            if byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte < 0x20 {
                plain = false
                break
            }
        }
        if plain { return String(decoding: UnsafeBufferPointer(rebasing: input[start..<end]), as: UTF8.self) }
        var value: [UInt8] = []
        var position = start
        while position < end {
            let byte = input[position]
            switch byte {
            case UInt8(ascii: "<"):
                throw XMLTokenizerError.malformed(offset: discarded + position, reason: "a < inside an attribute value")
            case UInt8(ascii: "&"):
                guard let semicolon = Self.find(UInt8(ascii: ";"), in: input, from: position + 1, limit: 12), semicolon < end else {
                    throw XMLTokenizerError.malformed(offset: discarded + position, reason: "an & that starts no entity")
                }
                try appendEntity(input, from: position + 1, to: semicolon, into: &value)
                position = semicolon + 1
                continue
            case 0x09, 0x0A, 0x0D:
                // Attribute value normalisation: literal tabs and line ends read as spaces.
                value.append(UInt8(ascii: " "))
                if byte == 0x0D, position + 1 < end, input[position + 1] == 0x0A { position += 1 }
            default:
                value.append(byte)
            }
            position += 1
        }
        return String(decoding: value, as: UTF8.self)
    }

    private func appendEntity(_ input: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, into output: inout [UInt8]) throws {
        let name = UnsafeBufferPointer(rebasing: input[start..<end])
        if name.first == UInt8(ascii: "#") {
            var value: UInt32 = 0
            var digits = 0
            let hex = name.count > 1 && (name[1] == UInt8(ascii: "x") || name[1] == UInt8(ascii: "X"))
            for byte in name.dropFirst(hex ? 2 : 1) {
                let digit: UInt32
                switch byte {
                case 48...57: digit = UInt32(byte - 48)
                case 65...70 where hex: digit = UInt32(byte - 55)
                case 97...102 where hex: digit = UInt32(byte - 87)
                default: throw XMLTokenizerError.malformed(offset: discarded + start, reason: "a bad character reference")
                }
                value = value * (hex ? 16 : 10) + digit
                digits += 1
                guard value <= 0x10FFFF else { break }
            }
            guard digits > 0, let scalar = Unicode.Scalar(value) else {
                throw XMLTokenizerError.malformed(offset: discarded + start, reason: "a bad character reference")
            }
            output.append(contentsOf: String(Character(scalar)).utf8)
            return
        }
        switch String(decoding: name, as: UTF8.self) {
        case "lt": output.append(UInt8(ascii: "<"))
        case "gt": output.append(UInt8(ascii: ">"))
        case "amp": output.append(UInt8(ascii: "&"))
        case "quot": output.append(UInt8(ascii: "\""))
        case "apos": output.append(UInt8(ascii: "'"))
        default:
            throw XMLTokenizerError.malformed(offset: discarded + start, reason: "an unknown entity")
        }
    }

    // MARK: - Byte helpers

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: ":") || byte >= 0x80
    }

    private static func find(_ byte: UInt8, in input: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int = .max) -> Int? {
        guard start < input.count else { return nil }
        let end = limit == .max ? input.count : min(input.count, start + limit)
        guard start < end, let base = input.baseAddress else { return nil }
        guard let found = memchr(base + start, Int32(byte), end - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private static func find(sequence: [UInt8], in input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var position = start
        while let candidate = find(sequence[0], in: input, from: position) {
            guard candidate + sequence.count <= input.count else { return nil }
            if matches(input, at: candidate, sequence) { return candidate }
            position = candidate + 1
        }
        return nil
    }

    private static func matches(_ input: UnsafeBufferPointer<UInt8>, at start: Int, _ literal: String) -> Bool {
        matches(input, at: start, Array(literal.utf8))
    }

    private static func matches(_ input: UnsafeBufferPointer<UInt8>, at start: Int, _ literal: [UInt8]) -> Bool {
        guard start + literal.count <= input.count else { return false }
        for (offset, byte) in literal.enumerated() where input[start + offset] != byte { return false }
        return true
    }

    /// The ">" that ends a start tag, skipping any ">" inside quoted attribute values (which XML allows).
    private static func findTagEnd(in input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var quote: UInt8 = 0
        var position = start
        while position < input.count {
            let byte = input[position]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return position
            }
            position += 1
        }
        return nil
    }
}
