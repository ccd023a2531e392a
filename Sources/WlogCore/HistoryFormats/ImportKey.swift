import Crypto
import Foundation

/// The stable identity of an imported set or workout: the first 64 bits of a SHA-256 over the
/// fields that make it what it is, so the same row read again (in any time zone) gives the same
/// key. Migration 0007 turned the hex digests that earlier imports stored into these same 64 bits.
enum ImportKey {
    static func make(_ parts: [String]) -> Int64 {
        let digest = SHA256.hash(data: Data(parts.joined(separator: "\u{1F}").utf8))
        return Int64(bitPattern: digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) })
    }
}
