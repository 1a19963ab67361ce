package cn.eduinfo.sync.boundary;

import cn.eduinfo.sync.ScheduledCheck;
import java.io.Serializable;

/**
 * The quarterly timer as operators see it.
 *
 * @param source    where it takes the registry's snapshots from (a URL without its password, or the drop
 *                  directory); null: it starts nothing
 * @param lastCheck what it last found there; null until it first looked
 */
public record ScheduledSync(String source, ScheduledCheck lastCheck) implements Serializable {
}
