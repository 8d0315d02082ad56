package org.clausebook.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A growing byte buffer with the primitives of the export's binary files: bytes and unsigned LEB128 varints. */
final class Bytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Bytes varint(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative varint " + value);
        }
        long v = value;
        while (v >= 0x80) {
            out.write((int) (v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.write((int) v);
        return this;
    }

    Bytes u8(int value) {
        out.write(value & 0xff);
        return this;
    }

    Bytes bytes(byte[] value) {
        out.writeBytes(value);
        return this;
    }

    /** A UTF-8 string preceded by its byte length. */
    Bytes string(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        return varint(utf8.length).bytes(utf8);
    }

    int size() {
        return out.size();
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
