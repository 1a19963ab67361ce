package cn.eduinfo.sync;

import java.util.Arrays;

/**
 * Codes to numbers (a record, a line) in two primitive arrays, open addressing: a national file has
 * 366,000 codes, which as Strings in a HashMap cost more than reading the file. A code is a string of
 * 1 to 17 digits, kept as one long (its value and its length, so that "000000" is not "0").
 */
final class CodeIndex {

    static final long NONE = -1;

    private long[] keys;
    private int[] values;
    private int size;

    CodeIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
    }

    /** The key of bytes[from, to), or NONE if they are not 1 to 17 ASCII digits. */
    static long key(byte[] bytes, int from, int to) {
        int length = to - from;
        if (length < 1 || length > 17) {
            return NONE;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                return NONE;
            }
            value = value * 10 + digit;
        }
        return value << 5 | length;
    }

    static long key(String code) {
        if (code == null || code.isEmpty() || code.length() > 17) {
            return NONE;
        }
        long value = 0;
        for (int i = 0; i < code.length(); i++) {
            int digit = code.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return NONE;
            }
            value = value * 10 + digit;
        }
        return value << 5 | code.length();
    }

    static String code(long key) {
        String digits = Long.toString(key >>> 5);
        int length = (int) (key & 31);
        return "0".repeat(length - digits.length()) + digits;
    }

    /** The number of the key, -1 if absent. */
    int get(long key) {
        if (key == NONE) {
            return -1;
        }
        for (int slot = slot(key); ; slot = (slot + 1) & (keys.length - 1)) {
            if (keys[slot] == key) {
                return values[slot];
            }
            if (keys[slot] == 0) {
                return -1;
            }
        }
    }

    boolean contains(long key) {
        return get(key) >= 0;
    }

    /** Adds the key with its number unless present; returns the number it already had, or -1. */
    int putIfAbsent(long key, int value) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int slot = slot(key);
        for (; keys[slot] != 0; slot = (slot + 1) & (keys.length - 1)) {
            if (keys[slot] == key) {
                return values[slot];
            }
        }
        keys[slot] = key;
        values[slot] = value;
        size++;
        return -1;
    }

    interface Each {
        void accept(long key, int value);
    }

    /** Calls back each key with its number, in no particular order. */
    void forEach(Each each) {
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != 0) {
                each.accept(keys[slot], values[slot]);
            }
        }
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & (keys.length - 1);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                putIfAbsent(oldKeys[i], oldValues[i]);
            }
        }
        Arrays.fill(oldKeys, 0);
    }
}
