package cn.eduinfo.sync.batch;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows in COPY's binary format (a first load's units, accounts and events; a change set's rows): the
 * database takes numbers, dates and flags as they are instead of parsing their text (seen: accounts and
 * events 20–30% faster to load). Each value must be typed as its column; a field's type is its Java type's: {@code Long} bigint, {@code Integer} integer,
 * {@code Boolean}, {@code String} text, {@code LocalDate} date, {@code Timestamp} timestamp (its local
 * time, as JDBC binds it). A full chunk goes to the connection on a thread of its own while the next is
 * encoded: otherwise the database would wait for each chunk's encoding, and the encoding for each send.
 * A thread, not a pool's task: a task could wait in the queue behind the batch job that is waiting for it.
 */
final class CopyBinary {

    /** Small enough that a buffer (with its slack) is no humongous object to G1 (half a region, 1 MB at a 2 GB heap). */
    private static final int CHUNK = 1 << 18;
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);
    /** An empty chunk: the sender's signal that the rows have ended. */
    private static final Chunk END = new Chunk(new byte[0], 0);
    private static final byte[] TRUE = {1};
    private static final byte[] FALSE = {0};
    private static final long WAIT_MILLIS = 100;

    private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(2);
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(3);
    private CompletableFuture<Void> sending;
    private byte[] bytes = new byte[CHUNK + (CHUNK >> 2)];
    private int length;

    private record Chunk(byte[] bytes, int length) {
    }

    private CopyBinary() {
        free.add(new byte[bytes.length]);
        free.add(new byte[bytes.length]);
    }

    /** What writes a COPY's rows. */
    interface Rows {
        void write(CopyBinary rows) throws SQLException;
    }

    /**
     * One COPY into the target ("table (columns)"), its rows written by rows and sent on a thread of the
     * factory (the container's); cancelled if either fails.
     */
    static void into(PGConnection postgres, ThreadFactory threads, String target, Rows rows) throws SQLException {
        CopyIn copy = postgres.getCopyAPI().copyIn("COPY " + target + " FROM STDIN WITH (FORMAT binary)");
        CopyBinary binary = new CopyBinary();
        binary.sending = CompletableFuture.runAsync(() -> binary.send(copy), task -> threads.newThread(task).start());
        try {
            binary.put(HEADER, HEADER.length);
            rows.write(binary);
            binary.putShort(-1);
            binary.pass(new Chunk(binary.bytes, binary.length));
            binary.pass(END);
            binary.sending.join();
            copy.endCopy();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw e;
        } finally {
            if (!binary.sending.isDone()) { // the rows failed: the sender ends with what it has
                binary.full.clear();
                binary.full.offer(END);
                binary.sending.exceptionally(e -> null).join();
            }
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** The sender's loop: writes each full chunk, hands its buffer back. */
    private void send(CopyIn copy) {
        try {
            for (Chunk chunk = full.take(); chunk != END; chunk = full.take()) {
                copy.writeToCopy(chunk.bytes(), 0, chunk.length());
                free.put(chunk.bytes());
            }
        } catch (SQLException e) {
            throw new CompletionException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }

    /** Hands a chunk to the sender; a sender that failed ends the rows with its failure. */
    private void pass(Chunk chunk) throws SQLException {
        try {
            while (!full.offer(chunk, WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                senderFailed();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while sending COPY rows", e);
        }
    }

    /** A buffer the sender has sent; a sender that failed ends the rows with its failure. */
    private byte[] freeBuffer() throws SQLException {
        try {
            byte[] buffer;
            while ((buffer = free.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS)) == null) {
                senderFailed();
            }
            return buffer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while sending COPY rows", e);
        }
    }

    private void senderFailed() {
        if (sending.isDone()) {
            sending.join(); // throws its failure; a sender that is done otherwise has been told the rows ended
        }
    }

    /** A whole row; once the chunk is full, it goes to the sender and a free buffer takes its place. */
    void row(Object... values) throws SQLException {
        putShort(values.length);
        for (Object value : values) {
            field(value);
        }
        if (length >= CHUNK) {
            pass(new Chunk(bytes, length));
            bytes = freeBuffer();
            length = 0;
        }
    }

    private void field(Object value) {
        if (value == null) {
            putInt(-1);
        } else if (value instanceof Long l) {
            putInt(8);
            putLong(l);
        } else if (value instanceof Integer i) {
            putInt(4);
            putInt(i);
        } else if (value instanceof Boolean b) {
            putInt(1);
            put(b ? TRUE : FALSE, 1);
        } else if (value instanceof String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            putInt(utf8.length);
            put(utf8, utf8.length);
        } else if (value instanceof LocalDate d) {
            putInt(4);
            putInt((int) ChronoUnit.DAYS.between(EPOCH, d));
        } else if (value instanceof Timestamp t) {
            LocalDateTime local = t.toLocalDateTime();
            putInt(8);
            // Rounded to the microsecond as the driver rounds a bound timestamp, so both ways store the same value.
            putLong(ChronoUnit.SECONDS.between(EPOCH.atStartOfDay(), local.withNano(0)) * 1_000_000 + (local.getNano() + 500) / 1000);
        } else {
            throw new IllegalArgumentException("no binary COPY for " + value.getClass().getName());
        }
    }

    private void putShort(int v) {
        room(2);
        bytes[length++] = (byte) (v >> 8);
        bytes[length++] = (byte) v;
    }

    private void putInt(int v) {
        room(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            bytes[length++] = (byte) (v >> shift);
        }
    }

    private void putLong(long v) {
        room(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[length++] = (byte) (v >> shift);
        }
    }

    private void put(byte[] b, int n) {
        room(n);
        System.arraycopy(b, 0, bytes, length, n);
        length += n;
    }

    /** A row that outgrows the chunk's slack grows this buffer (it is not handed back to the pool). */
    private void room(int n) {
        if (length + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
        }
    }
}
