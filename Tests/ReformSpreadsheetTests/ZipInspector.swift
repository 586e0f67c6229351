import Foundation
import ZIPFoundation

/// Reads and rewrites zip entries in tests, to look inside written files and to build damaged ones.
enum ZipInspector {
    static func entries(of url: URL) throws -> [String] {
        let archive = try Archive(url: url, accessMode: .read, pathEncoding: nil)
        return archive.map(\.path)
    }

    static func data(of path: String, in url: URL) throws -> Data {
        let archive = try Archive(url: url, accessMode: .read, pathEncoding: nil)
        guard let entry = archive[path] else { throw CocoaError(.fileNoSuchFile) }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return data
    }

    static func text(of path: String, in url: URL) throws -> String {
        String(decoding: try data(of: path, in: url), as: UTF8.self)
    }

    /// A copy of the zip at `source` with some parts replaced (or removed, for nil), written to `destination`.
    static func rewrite(_ source: URL, to destination: URL, replacing replacements: [String: Data?]) throws {
        let input = try Archive(url: source, accessMode: .read, pathEncoding: nil)
        let output = try Archive(url: destination, accessMode: .create, pathEncoding: nil)
        var written = Set<String>()
        for entry in input {
            var data = Data()
            _ = try input.extract(entry) { data.append($0) }
            if let replacement = replacements[entry.path] {
                guard let replacement else { continue }
                data = replacement
            }
            written.insert(entry.path)
            try add(data, as: entry.path, to: output)
        }
        for (path, replacement) in replacements where !written.contains(path) {
            if let replacement { try add(replacement, as: path, to: output) }
        }
    }

    private static func add(_ data: Data, as path: String, to archive: Archive) throws {
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<min(Int(position) + size, data.count))
        }
    }
}
