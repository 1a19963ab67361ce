package cn.eduinfo.org.boundary;

import cn.eduinfo.org.Organisation;
import java.io.Serializable;
import java.util.Optional;

/** 第六条: the technical support unit a unit turns to, and the authority that named it. */
public record SupportContact(String authorityCode, String authorityName, String unit, String phone) implements Serializable {

    static Optional<SupportContact> of(Organisation unit) {
        return unit.supportedBy().map(o -> new SupportContact(o.getCode(), o.getName(), o.getSupportUnit(), o.getSupportPhone()));
    }
}
