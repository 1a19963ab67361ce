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
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A run's file in the database ({@link SyncRunFile}), in the caller's transaction. On PostgreSQL by
 * binary COPY both ways: through JPA a national snapshot (30 MB) took a second to store, and a result
 * set brings it back as 60 MB of hex text to decode.
 */
public final class StoredFile {

    /** PGCOPY's signature, then its flags and header extension length (both 0). */
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    private static final int SIGNATURE_AND_FLAGS = 11 + 4;

    private StoredFile() {
    }

    public static void store(EntityManager em, long runId, byte[] content) {
        PGConnection postgres = postgres(em);
        if (postgres == null) {
            em.persist(new SyncRunFile(runId, content));
            return;
        }
        try {
            CopyIn copy = postgres.getCopyAPI().copyIn("COPY sync_run_file (run_id, content) FROM STDIN (FORMAT binary)");
            try {
                // One tuple: two fields (the id's 8 bytes, the content's), then the trailer.
                ByteBuffer tuple = ByteBuffer.allocate(HEADER.length + 2 + 4 + 8 + 4).put(HEADER)
                        .putShort((short) 2).putInt(8).putLong(runId).putInt(content.length);
                copy.writeToCopy(tuple.array(), 0, tuple.position());
                copy.writeToCopy(content, 0, content.length);
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
            return em.find(SyncRunFile.class, runId).getContent();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            postgres.getCopyAPI().copyOut("COPY (SELECT content FROM sync_run_file WHERE run_id = " + runId + ") TO STDOUT (FORMAT binary)", out);
            return field(out.toByteArray());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the file of run " + runId, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PGConnection postgres(EntityManager em) {
        return SqlDialect.copyConnection(em.unwrap(Connection.class)).orElse(null);
    }

    /** The one field of the one row of a binary COPY: header, then a tuple (field count, length, bytes), then the trailer. */
    private static byte[] field(byte[] copy) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(copy));
        in.skipNBytes(SIGNATURE_AND_FLAGS);
        in.skipNBytes(in.readInt()); // header extension
        if (in.readShort() != 1) {
            throw new IOException("no stored file");
        }
        byte[] content = new byte[in.readInt()];
        in.readFully(content);
        return content;
    }
}
