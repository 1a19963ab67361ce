package cn.eduinfo.account.boundary;

import java.io.Serializable;

/** A one-time initial password, shown once to the manager who hands the account out. */
public record IssuedCredential(long accountId, String username, String initialPassword) implements Serializable {
}
