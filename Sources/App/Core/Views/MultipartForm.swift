import Foundation

/// A multipart/form-data body (RFC 7578), as a browser sends a form with a file input: text fields by
/// name, and files with their filename and bytes. Small and strict: anything malformed is a 400.
struct MultipartForm: Sendable {
    struct File: Sendable {
        var filename: String
        var data: Data
    }

    var fields: [String: [String]] = [:]
    var files: [String: File] = [:]
    /// Every file of each name in order (a `multiple` file input sends several parts under one name).
    var fileLists: [String: [File]] = [:]

    func string(_ key: String) -> String { fields[key]?.last ?? "" }

    /// The boundary of a `multipart/form-data; boundary=…` content type, nil for any other type.
    static func boundary(contentType: String) -> String? {
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        for part in parts.dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" else { continue }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value.isEmpty || value.utf8.count > 200 ? nil : value
        }
        return nil
    }

    enum Failure: Error, Equatable { case malformed(String) }

    static func parse(_ body: [UInt8], boundary: String) throws -> MultipartForm {
        let delimiter = Array(("--" + boundary).utf8)
        var form = MultipartForm()
        guard var position = find(delimiter, in: body, from: 0) else { throw Failure.malformed("no boundary") }
        position += delimiter.count
        while true {
            // After a delimiter: "--" ends the body, CRLF starts a part.
            if body.count >= position + 2, body[position] == UInt8(ascii: "-"), body[position + 1] == UInt8(ascii: "-") { break }
            guard body.count >= position + 2, body[position] == 13, body[position + 1] == 10 else { throw Failure.malformed("bad delimiter line") }
            position += 2
            guard let headerEnd = find([13, 10, 13, 10], in: body, from: position) else { throw Failure.malformed("part without headers") }
            let headers = String(decoding: body[position..<headerEnd], as: UTF8.self)
            let contentStart = headerEnd + 4
            guard let next = find([13, 10] + delimiter, in: body, from: contentStart) else { throw Failure.malformed("unterminated part") }
            let content = Array(body[contentStart..<next])
            let (name, filename) = disposition(headers)
            if let name {
                if let filename {
                    form.files[name] = File(filename: filename, data: Data(content))
                    form.fileLists[name, default: []].append(File(filename: filename, data: Data(content)))
                } else {
                    form.fields[name, default: []].append(String(decoding: content, as: UTF8.self))
                }
            }
            position = next + 2 + delimiter.count
        }
        return form
    }

    /// `name` and `filename` from the Content-Disposition header of a part.
    private static func disposition(_ headers: String) -> (name: String?, filename: String?) {
        for line in headers.split(separator: "\r\n") {
            let pair = line.split(separator: ":", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-disposition" else { continue }
            var name: String?, filename: String?
            for parameter in pair[1].split(separator: ";").dropFirst() {
                let kv = parameter.split(separator: "=", maxSplits: 1)
                guard kv.count == 2 else { continue }
                let key = kv[0].trimmingCharacters(in: .whitespaces).lowercased()
                var value = kv[1].trimmingCharacters(in: .whitespaces)
                if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
                if key == "name" { name = value }
                if key == "filename" { filename = value }
            }
            return (name, filename)
        }
        return (nil, nil)
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        let first = needle[0]
        var i = start
        let last = haystack.count - needle.count
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                while i <= last {
                    if h[i] == first {
                        var j = 1
                        while j < n.count, h[i + j] == n[j] { j += 1 }
                        if j == n.count { return i }
                    }
                    i += 1
                }
                return nil
            }
        }
    }
}
