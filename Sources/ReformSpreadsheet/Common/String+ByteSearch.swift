import Foundation

extension String {
    /// Whether the UTF-8 bytes hold `byte`, by memchr over the contiguous storage: iterating `utf8` byte by
    /// byte, or Foundation's `contains(_:)` (CFString on Linux), cost more than the rest of a cell's parse.
    func containsByte(_ byte: UInt8) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }) {
            return found
        }
        return utf8.contains(byte)
    }

    /// Whether the UTF-8 bytes hold `first` directly followed by `second`.
    func containsBytePair(_ first: UInt8, _ second: UInt8) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            guard var base = bytes.baseAddress, !bytes.isEmpty else { return false }
            var remaining = bytes.count
            while remaining > 1, let hit = memchr(base, Int32(first), remaining - 1) {
                let pointer = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
                if pointer[1] == second { return true }
                remaining -= base.distance(to: pointer) + 1
                base = pointer + 1
            }
            return false
        }) {
            return found
        }
        let bytes = Array(utf8)
        return bytes.indices.dropLast().contains { bytes[$0] == first && bytes[$0 + 1] == second }
    }
}
