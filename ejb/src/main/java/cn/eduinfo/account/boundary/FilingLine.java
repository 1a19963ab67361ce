package cn.eduinfo.account.boundary;

import cn.eduinfo.account.HolderFiling;
import java.io.Serializable;
import java.time.Instant;

/** A change of holder filed with the CEEC, as its staff see it. */
public record FilingLine(long id, String username, String organisationCode, String organisationName, Instant filedAt,
                         String previousHolder, String newHolder, String newPosition, String newPhone, String newEmail,
                         String acknowledgedBy, Instant acknowledgedAt) implements Serializable {

    public static FilingLine of(HolderFiling f) {
        var account = f.getAccount();
        var org = account.getOrganisation();
        return new FilingLine(f.getId(), account.getUsername(), org.getCode(), org.getName(), f.getFiledAt(),
                f.getPreviousHolder(), f.getNewHolder(), f.getNewPosition(), f.getNewPhone(), f.getNewEmail(),
                f.getAcknowledgedBy(), f.getAcknowledgedAt());
    }

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
