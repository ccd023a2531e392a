import Foundation

/// The byte layout of `WorkoutSpool`: whole numbers as variable-length integers (zigzag, seven
/// bits a byte), decimals as their 64 bits, text as its length and UTF-8 bytes, and a byte before
/// each optional value saying whether it is there.
enum SpoolBytes {
    /// Bytes collected for writing.
    struct Writer {
        private(set) var bytes: [UInt8] = []

        mutating func removeAll() {
            bytes.removeAll(keepingCapacity: true)
        }

        mutating func integer(_ value: Int64) {
            var rest = UInt64(bitPattern: (value << 1) ^ (value >> 63))
            while rest >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
                rest >>= 7
            }
            bytes.append(UInt8(rest))
        }

        mutating func integer(_ value: Int) {
            integer(Int64(value))
        }

        mutating func decimal(_ value: Double) {
            let pattern = value.bitPattern
            for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: pattern >> shift)) }
        }

        mutating func text(_ value: String) {
            var value = value
            value.withUTF8 { utf8 in
                integer(utf8.count)
                bytes.append(contentsOf: utf8)
            }
        }

        /// Writes whether `value` is there, then it with `write`.
        mutating func optional<Value>(_ value: Value?, _ write: (inout Writer, Value) -> Void) {
            guard let value else { return bytes.append(0) }
            bytes.append(1)
            write(&self, value)
        }
    }

    /// Bytes read back from a file, a chunk at a time.
    struct Reader {
        private let handle: FileHandle
        private var chunk: [UInt8] = []
        private var position = 0

        init(_ handle: FileHandle) {
            self.handle = handle
        }

        /// Whether every byte has been read.
        mutating func atEnd() throws -> Bool {
            if position < chunk.count { return false }
            try refill()
            return position >= chunk.count
        }

        private mutating func refill() throws {
            chunk = [UInt8](try handle.read(upToCount: 1 << 20) ?? Data())
            position = 0
        }

        mutating func byte() throws -> UInt8 {
            if position >= chunk.count {
                try refill()
                guard !chunk.isEmpty else { throw CocoaError(.fileReadCorruptFile) }
            }
            defer { position += 1 }
            return chunk[position]
        }

        mutating func integer() throws -> Int64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let next = try byte()
                value |= UInt64(next & 0x7F) << shift
                if next < 0x80 { break }
                shift += 7
            }
            return Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)
        }

        mutating func int() throws -> Int {
            Int(try integer())
        }

        mutating func decimal() throws -> Double {
            var pattern: UInt64 = 0
            for shift in stride(from: 0, to: 64, by: 8) { pattern |= UInt64(try byte()) << UInt64(shift) }
            return Double(bitPattern: pattern)
        }

        mutating func text() throws -> String {
            let count = try int()
            if position + count <= chunk.count {
                defer { position += count }
                return String(decoding: chunk[position..<(position + count)], as: UTF8.self)
            }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(count)
            for _ in 0..<count { bytes.append(try byte()) }
            return String(decoding: bytes, as: UTF8.self)
        }

        /// Reads whether a value is there, then it with `read`.
        mutating func optional<Value>(_ read: (inout Reader) throws -> Value) throws -> Value? {
            try byte() == 0 ? nil : try read(&self)
        }
    }
}
