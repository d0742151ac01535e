package org.ouraviewer.fetch;

/**
 * A set of 64-bit record keys, each with a few flag bits, in two primitive arrays: years of heart rate
 * are millions of keys, which as boxed objects would take hundreds of megabytes. Open addressing with
 * linear probing; key 0 is stored aside.
 */
final class KeyFlags {
    private long[] keys = new long[1 << 10];
    private byte[] flags = new byte[1 << 10];
    private int size;
    private byte zeroFlags;

    /** Adds {@code flag} to the key's flags; returns the flags it had before (0 when the key is new). */
    int mark(long key, int flag) {
        if (key == 0) {
            int before = zeroFlags;
            zeroFlags |= (byte) flag;
            return before;
        }
        int slot = find(key);
        if (keys[slot] == key) {
            int before = flags[slot];
            flags[slot] |= (byte) flag;
            return before;
        }
        keys[slot] = key;
        flags[slot] = (byte) flag;
        if (++size * 2 > keys.length) {
            grow();
        }
        return 0;
    }

    private int find(long key) {
        int mask = keys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        byte[] oldFlags = flags;
        keys = new long[oldKeys.length * 2];
        flags = new byte[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = find(oldKeys[i]);
                keys[slot] = oldKeys[i];
                flags[slot] = oldFlags[i];
            }
        }
    }

    /** Spreads the bits, so that packed keys that differ only in high bits do not share slots. */
    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return k;
    }
}
