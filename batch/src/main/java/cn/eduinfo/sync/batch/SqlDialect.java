package cn.eduinfo.sync.batch;

import java.sql.Connection;
import java.sql.SQLException;

/** The little that differs between PostgreSQL (production) and H2 (the embedded default) in the set-based statements. */
enum SqlDialect {
    POSTGRES, H2;

    static SqlDialect of(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres") ? POSTGRES : H2;
    }

    /** A fresh id per row, from the sequence JPA allocates from (each call takes a whole block of 50, so neither side collides). */
    String nextId(String sequence) {
        return this == POSTGRES ? "nextval('" + sequence + "')" : "NEXT VALUE FOR " + sequence;
    }
}
