import Foundation

/// Interns the few names a SpreadsheetML part uses ("c", "v", "row", "r", "t", "s" …) so each tag does not
/// build new strings: a sheet repeats the same handful of names millions of times. A name is found by a
/// small hash of its length and end bytes, then confirmed byte for byte; past `capacity` distinct names
/// (a strange file) new strings are made each time.
struct XMLNameTable {
    private static let capacity = 128
    private static let slotCount = 256

    private var bytes: [[UInt8]] = []
    private var strings: [String] = []
    /// Index + 1 into `bytes`/`strings` per hash slot; 0 for an empty slot.
    private var slots = [Int](repeating: 0, count: slotCount)

    mutating func string(for name: UnsafeBufferPointer<UInt8>) -> String {
        guard let first = name.first, let last = name.last else { return "" }
        let slot = (name.count &* 31 &+ Int(first) &* 7 &+ Int(last)) & (Self.slotCount - 1)
        let entry = slots[slot]
        if entry > 0, equal(bytes[entry - 1], name) { return strings[entry - 1] }
        for index in bytes.indices where equal(bytes[index], name) { return strings[index] }
        let made = String(decoding: name, as: UTF8.self)
        if bytes.count < Self.capacity {
            bytes.append(Array(name))
            strings.append(made)
            if entry == 0 { slots[slot] = bytes.count }
        }
        return made
    }

    private func equal(_ stored: [UInt8], _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        stored.count == name.count && stored.withUnsafeBufferPointer { memcmp($0.baseAddress!, name.baseAddress!, name.count) == 0 }
    }
}
