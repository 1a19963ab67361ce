package cn.eduinfo.sync;

/**
 * Whether bytes are well-formed UTF-8 (Unicode table 3-7, as the JDK's decoder holds them to it),
 * told without decoding them: a national file is 40 MB, which decoded whole would be a string as
 * large again, only to be split and thrown away.
 */
final class Utf8 {

    private Utf8() {
    }

    static boolean isValid(byte[] b) {
        return isValid(b, 0, b.length);
    }

    /** Whether b[from, to) is well-formed UTF-8. */
    static boolean isValid(byte[] b, int from, int to) {
        int n = to;
        int i = from;
        while (i < n) {
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            int length;
            int low = 0x80;
            int high = 0xBF; // the bounds of the second byte; the others are always 80..BF
            if (c >= 0xC2 && c <= 0xDF) {
                length = 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                length = 3;
                low = c == 0xE0 ? 0xA0 : 0x80; // no overlong form
                high = c == 0xED ? 0x9F : 0xBF; // no surrogate
            } else if (c >= 0xF0 && c <= 0xF4) {
                length = 4;
                low = c == 0xF0 ? 0x90 : 0x80;
                high = c == 0xF4 ? 0x8F : 0xBF; // nothing past U+10FFFF
            } else {
                return false;
            }
            if (i + length > n) {
                return false;
            }
            int second = b[i + 1] & 0xFF;
            if (second < low || second > high) {
                return false;
            }
            for (int k = 2; k < length; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += length;
        }
        return true;
    }

    /** The length of a byte order mark at the start: 3, or 0 if there is none. */
    static int bom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    }
}
