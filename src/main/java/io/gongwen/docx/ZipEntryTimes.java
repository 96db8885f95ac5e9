package io.gongwen.docx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Sets the modification time of every entry in a finished zip to the zip epoch, 1980-01-01 00:00,
 * so that the same document always gives the same bytes. POI (through commons-compress) stamps each
 * entry with the current time and offers no way to choose it.
 *
 * <p>The entries are found through the central directory, never by scanning for signatures (which
 * can occur inside compressed data); both the central directory record and the local header of
 * each entry are patched.
 */
final class ZipEntryTimes {
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int END_RECORD_SIZE = 22;
    /** DOS date 1980-01-01: year 0 (1980) << 9 | month 1 << 5 | day 1. */
    private static final short EPOCH_DATE = (1 << 5) | 1;
    private static final short EPOCH_TIME = 0;

    private ZipEntryTimes() {
    }

    /** Patches {@code zip[0, length)} in place. */
    static void normalise(byte[] zip, int length) {
        ByteBuffer buf = ByteBuffer.wrap(zip, 0, length).order(ByteOrder.LITTLE_ENDIAN);
        int end = findEndRecord(buf, length);
        int entries = Short.toUnsignedInt(buf.getShort(end + 10));
        int header = buf.getInt(end + 16);
        for (int i = 0; i < entries; i++) {
            expect(buf, header, CENTRAL_HEADER);
            buf.putShort(header + 12, EPOCH_TIME).putShort(header + 14, EPOCH_DATE);
            int local = buf.getInt(header + 42);
            expect(buf, local, LOCAL_HEADER);
            buf.putShort(local + 10, EPOCH_TIME).putShort(local + 12, EPOCH_DATE);
            header += 46 + Short.toUnsignedInt(buf.getShort(header + 28))
                    + Short.toUnsignedInt(buf.getShort(header + 30)) + Short.toUnsignedInt(buf.getShort(header + 32));
        }
    }

    private static int findEndRecord(ByteBuffer buf, int length) {
        // the record is last, followed only by a comment of at most 65535 bytes (POI writes none)
        for (int at = length - END_RECORD_SIZE; at >= Math.max(0, length - END_RECORD_SIZE - 0xFFFF); at--) {
            if (buf.getInt(at) == END_OF_CENTRAL_DIRECTORY) {
                return at;
            }
        }
        throw new IllegalStateException("the package written by POI has no end-of-central-directory record");
    }

    private static void expect(ByteBuffer buf, int at, int signature) {
        if (at < 0 || at + 4 > buf.limit() || buf.getInt(at) != signature) {
            throw new IllegalStateException("unexpected zip structure at offset " + at);
        }
    }
}
