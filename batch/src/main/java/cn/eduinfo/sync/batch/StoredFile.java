package cn.eduinfo.sync.batch;

import cn.eduinfo.shared.SqlDialect;
import cn.eduinfo.sync.SyncRunFile;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * A run's stored file read back. On PostgreSQL by a binary COPY: a result set would bring a 30 MB
 * national snapshot as 60 MB of hex text to decode.
 */
final class StoredFile {

    private static final int SIGNATURE_AND_FLAGS = 11 + 4;

    private StoredFile() {
    }

    static byte[] of(EntityManager em, long runId) {
        Connection connection = em.unwrap(Connection.class);
        if (SqlDialect.of(connection) != SqlDialect.POSTGRES) {
            return em.find(SyncRunFile.class, runId).getContent();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyOut("COPY (SELECT content FROM sync_run_file WHERE run_id = " + runId + ") TO STDOUT (FORMAT binary)", out);
            return field(out.toByteArray());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the file of run " + runId, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
