package cn.eduinfo.it;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for what the server does in its own time (after a commit the test has seen, on a timer, at its start). */
final class Eventually {

    private Eventually() {
    }

    /**
     * What {@code read} gives once {@code done} accepts it, read every {@code every}; its last reading if that does
     * not happen within {@code within} (the caller's assertion then says what was expected).
     */
    static <T> T value(Duration within, Duration every, Supplier<T> read, Predicate<? super T> done) {
        long giveUpAt = System.nanoTime() + within.toNanos();
        T value = read.get();
        while (!done.test(value) && System.nanoTime() - giveUpAt < 0) {
            try {
                Thread.sleep(every.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting; last read: " + value, e);
            }
            value = read.get();
        }
        return value;
    }
}
