package cn.eduinfo.sync.batch;

import java.util.StringJoiner;

/** Lap times of a step for the server log, so that an operator sees where a long run spends its time. */
final class Stopwatch {

    private final StringJoiner laps = new StringJoiner(", ");
    private long last = System.nanoTime();

    void lap(String name) {
        long now = System.nanoTime();
        laps.add(name + " " + (now - last) / 1_000_000 + " ms");
        last = now;
    }

    @Override
    public String toString() {
        return laps.toString();
    }
}
