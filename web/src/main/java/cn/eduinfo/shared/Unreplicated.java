package cn.eduinfo.shared;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * What a view shows but the session need not keep: rows that grow with a unit's subtree, a catalogue
 * version. The group stores the whole session after each request; this value is left out of it
 * (transient) and read again, by the same reading, where the view is restored without it (on another
 * instance, after failover). Only what was read here is read again; otherwise the view shows {@code none}.
 */
public final class Unreplicated<T> implements Serializable {

    private transient T value;
    private boolean read;

    /** Reads it now; should the reading fail, what was held stays. */
    public T read(Supplier<T> reading) {
        T v = reading.get();
        value = v;
        read = true;
        return v;
    }

    /** What was read, read again if the view was restored without it; {@code none} if it never was. */
    public T get(Supplier<T> reading, T none) {
        if (value == null) {
            value = read ? reading.get() : none;
        }
        return value;
    }

    /** Forgets it, until the next reading. */
    public void clear() {
        value = null;
        read = false;
    }
}
