import Crypto
import Foundation

/// SHA-256 digests in lower-case hex, for migration checksums and document content hashes.
enum ContentHash {
    static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
