package cn.eduinfo.form.boundary;

import cn.eduinfo.form.FormKind;
import cn.eduinfo.form.StoredFormVersion;
import java.io.Serializable;
import java.time.Instant;

/** One version of a form in the catalogue's list. */
public record VersionLine(FormKind kind, int number, String validFrom, int indicators, Instant createdAt, String createdBy)
        implements Serializable {

    static VersionLine of(StoredFormVersion v) {
        return new VersionLine(v.getKind(), v.getNumber(), v.getValidFrom().toString(), v.toVersion().indicators().size(),
                v.getCreatedAt(), v.getCreatedBy());
    }
}
