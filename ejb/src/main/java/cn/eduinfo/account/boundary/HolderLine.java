package cn.eduinfo.account.boundary;

import cn.eduinfo.account.HolderRecord;
import java.io.Serializable;
import java.time.Instant;

/** One person who held an account (第十四条: one person, one account; a change of holder is recorded), and when. */
public record HolderLine(String realName, String position, String phone, String email, Instant from, Instant to)
        implements Serializable {

    static HolderLine of(HolderRecord h) {
        return new HolderLine(h.getInfo().getRealName(), h.getInfo().getPosition(), h.getInfo().getPhone(), h.getInfo().getEmail(),
                h.getValidFrom(), h.getValidTo());
    }
}
