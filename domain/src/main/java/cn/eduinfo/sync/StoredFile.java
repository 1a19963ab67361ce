package cn.eduinfo.sync;

import cn.eduinfo.shared.SqlDialect;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A run's file in the database ({@link SyncRunFile}), in the caller's transaction, deflated here: the
 * database's own compression of a national snapshot (30 MB) kept an upload waiting 0.44-0.6 s, where a
 * quick deflate takes ~0.14 s and leaves it an eighth of the bytes (3.8 MB) to store as they are. On PostgreSQL by binary COPY both ways:
 * through JPA a national snapshot took a second to store, and a result set brings it back as hex text.
 */
public final class StoredFile {

    /** PGCOPY's signature, then its flags and header extension length (both 0). */
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    private static final int SIGNATURE_AND_FLAGS = 11 + 4;
    private static final int PIECE = 64 * 1024;

    private StoredFile() {
    }

    public static void store(EntityManager em, long runId, byte[] content) {
        byte[] deflated = deflate(content);
        PGConnection postgres = postgres(em);
        if (postgres == null) {
            em.persist(new SyncRunFile(runId, deflated, true));
            return;
        }
        try {
            CopyIn copy = postgres.getCopyAPI().copyIn("COPY sync_run_file (run_id, deflated, content) FROM STDIN (FORMAT binary)");
            try {
                // One tuple: three fields (the id's 8 bytes, the flag's 1, the content's), then the trailer.
                ByteBuffer tuple = ByteBuffer.allocate(HEADER.length + 2 + 4 + 8 + 4 + 1 + 4).put(HEADER)
                        .putShort((short) 3).putInt(8).putLong(runId).putInt(1).put((byte) 1).putInt(deflated.length);
                copy.writeToCopy(tuple.array(), 0, tuple.position());
                // In messages of 64 KB: one message of a whole 30 MB file cost the database ~0.1 s more to take in.
                for (int from = 0; from < deflated.length; from += PIECE) {
                    copy.writeToCopy(deflated, from, Math.min(PIECE, deflated.length - from));
                }
                copy.writeToCopy(new byte[]{-1, -1}, 0, 2);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the file of run " + runId, e);
        }
    }

    public static byte[] read(EntityManager em, long runId) {
        PGConnection postgres = postgres(em);
        if (postgres == null) {
            SyncRunFile file = em.find(SyncRunFile.class, runId);
            return file.isDeflated() ? inflate(file.getContent()) : file.getContent();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            postgres.getCopyAPI().copyOut("COPY (SELECT deflated, content FROM sync_run_file WHERE run_id = " + runId
                    + ") TO STDOUT (FORMAT binary)", out);
            return fields(out.toByteArray());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the file of run " + runId, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] deflate(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 4 + PIECE);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream deflating = new DeflaterOutputStream(out, deflater, PIECE)) {
            deflating.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not thrown: the bytes go to memory
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }

    static byte[] inflate(byte[] deflated) {
        Inflater inflater = new Inflater();
        try (InflaterInputStream inflating = new InflaterInputStream(new ByteArrayInputStream(deflated), inflater, PIECE)) {
            return inflating.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("a stored file is damaged or cut short", e);
        } finally {
            inflater.end();
        }
    }

    private static PGConnection postgres(EntityManager em) {
        return SqlDialect.copyConnection(em.unwrap(Connection.class)).orElse(null);
    }

    /** The one row of a binary COPY: header, then a tuple (field count, then each field's length and bytes), then the trailer. */
    private static byte[] fields(byte[] copy) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(copy));
        in.skipNBytes(SIGNATURE_AND_FLAGS);
        in.skipNBytes(in.readInt()); // header extension
        if (in.readShort() != 2) {
            throw new IOException("no stored file");
        }
        in.skipNBytes(4); // the flag's length, 1
        boolean deflated = in.readBoolean();
        byte[] content = new byte[in.readInt()];
        in.readFully(content);
        return deflated ? inflate(content) : content;
    }
}
