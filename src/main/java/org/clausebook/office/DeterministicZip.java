package org.clausebook.office;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Zip files that are the same bytes for the same content: entries in a given order, each stamped with one fixed
 * local date-time (the item's date, so no clock is read and no time zone matters), no extra fields, no comment.
 */
final class DeterministicZip {
    private DeterministicZip() {
    }

    /**
     * @param entries name → content, written in this order
     * @param stored  names written uncompressed (the ODF {@code mimetype} must be the first entry, stored)
     */
    static byte[] write(Map<String, byte[]> entries, List<String> stored, LocalDate date) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            for (var e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(LocalDateTime.of(date, java.time.LocalTime.NOON));
                if (stored.contains(e.getKey())) {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    entry.setCompressedSize(e.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The entries of a zip, in file order. */
    static Map<String, byte[]> read(byte[] zip) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
