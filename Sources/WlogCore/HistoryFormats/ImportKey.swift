import Crypto
import Foundation

/// The stable identity of an imported set or workout: the first 64 bits of a SHA-256 over the
/// fields that make it what it is, so the same row read again (in any time zone) gives the same
/// key. Migration 0007 turned the hex digests that earlier imports stored into these same 64 bits.
enum ImportKey {
    static func make(_ parts: [String]) -> Int64 {
        // The parts joined with U+001F, hashed as they are without a joined copy.
        var hasher = SHA256()
        for (index, part) in parts.enumerated() {
            if index > 0 { hasher.update(data: separator) }
            var part = part
            part.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        }
        return Int64(bitPattern: hasher.finalize().prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) })
    }

    private static let separator: [UInt8] = [0x1F]
}
