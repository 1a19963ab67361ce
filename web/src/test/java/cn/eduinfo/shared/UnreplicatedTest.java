package cn.eduinfo.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UnreplicatedTest {

    private final AtomicInteger readings = new AtomicInteger();

    private List<String> rows() {
        return List.of("row " + readings.incrementAndGet());
    }

    @Test
    void whatWasReadIsShownWithoutReadingAgain() {
        Unreplicated<List<String>> held = new Unreplicated<>();
        held.read(this::rows);

        assertEquals(List.of("row 1"), held.get(this::rows, List.of()));
        assertEquals(1, readings.get());
    }

    @Test
    void aViewRestoredWithoutItReadsItAgainAndTheSessionNeverHoldsIt() throws Exception {
        Unreplicated<List<String>> held = new Unreplicated<>();
        held.read(() -> List.of("x".repeat(10_000)));
        byte[] stored = serialised(held);

        Unreplicated<List<String>> restored = deserialised(stored);

        assertEquals(List.of("row 1"), restored.get(this::rows, List.of()));
        assertTrue(stored.length < 1_000, "stored in " + stored.length + " bytes");
    }

    @Test
    void whatWasNeverReadOrWasClearedIsNoneAndNotRead() throws Exception {
        Unreplicated<List<String>> never = new Unreplicated<>();
        Unreplicated<List<String>> cleared = new Unreplicated<>();
        cleared.read(this::rows);
        cleared.clear();

        assertEquals(List.of(), never.get(this::rows, List.of()));
        Unreplicated<List<String>> restored = deserialised(serialised(cleared));
        assertEquals(List.of(), restored.get(this::rows, List.of()));
        assertEquals(1, readings.get());
    }

    @Test
    void aFailedReadingKeepsWhatWasHeld() {
        Unreplicated<List<String>> held = new Unreplicated<>();
        held.read(this::rows);

        assertThrows(IllegalStateException.class, () -> held.read(() -> {
            throw new IllegalStateException("out of scope");
        }));
        assertEquals(List.of("row 1"), held.get(this::rows, List.of()));
    }

    private static byte[] serialised(Object o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static <T> T deserialised(byte[] bytes) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (T) in.readObject();
        }
    }
}
