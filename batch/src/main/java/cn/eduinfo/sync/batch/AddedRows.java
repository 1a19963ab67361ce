package cn.eduinfo.sync.batch;

import cn.eduinfo.account.AccountRules;
import cn.eduinfo.account.Role;
import cn.eduinfo.org.OrgEvent;
import cn.eduinfo.org.OrgStatus;
import cn.eduinfo.org.Placement;
import cn.eduinfo.sync.RegistryRow;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import org.postgresql.PGConnection;

/**
 * A bulk load's new units, their accounts and their events, written by binary COPY (each value typed as
 * its column) from the change set held
 * in memory (HeldChangeSets): a first load's additions are stored nowhere else, so that the run writes
 * them once (a national change set took 1.4–3.1 s to store as rows). Any other run's additions go in
 * by RangeApplier's statements from its stored change rows: the same columns and texts, which
 * RegistrySyncIT holds alike for a bulk load's units and a later run's.
 */
final class AddedRows {

    private AddedRows() {
    }

    /** Writes the additions of the run's whole change set; laps each table. */
    static void copy(Connection connection, PGConnection postgres, ThreadFactory threads, long runId, List<PlacedChange> changes,
                     Timestamp now, String by, Stopwatch time)
            throws SQLException {
        List<PlacedChange> adds = changes.stream().filter(PlacedChange::isAddition).toList();
        CopyBinary.into(postgres, threads, "organisation (id, code, name, kind, school_category, moe_affiliated, parent_id, division_code, path,"
                + " depth, tier, status, status_date, successor_id, enrolment_suspended, version)", rows -> {
            for (PlacedChange add : adds) {
                RegistryRow row = add.change().after();
                Placement placement = add.placement();
                rows.row(add.orgId(), row.code(), row.name(), row.kind().name(), row.category() == null ? null : row.category().name(),
                        add.moeUniversity(), add.parentId(), row.division(), placement.path(), placement.depth(),
                        placement.tier().name(), OrgStatus.ACTIVE.name(), null, null, false, 1);
            }
        });
        time.lap("units");
        long[] accountIds = ChangeRows.ids(connection, "account_seq",
                adds.stream().mapToInt(a -> AccountRules.rolesFor(a.change().after().kind()).size()).sum());
        CopyBinary.into(postgres, threads, "account (id, username, role, organisation_id, password_hash, must_change_password, failed_attempts,"
                + " locked_until, enabled, real_name, position, phone, email, created_at, version)", rows -> {
            int next = 0;
            for (PlacedChange add : adds) {
                for (Role role : AccountRules.rolesFor(add.change().after().kind())) {
                    rows.row(accountIds[next++], role.usernameFor(add.change().code()), role.name(), add.orgId(),
                            null, true, 0, null, true, null, null, null, null, now, 1);
                }
            }
        });
        time.lap("their accounts");
        long[] eventIds = ChangeRows.ids(connection, "event_seq", adds.size());
        CopyBinary.into(postgres, threads, "org_event (id, organisation_id, event_type, effective, recorded_at, recorded_by, before_text,"
                + " after_text, run_id)", rows -> {
            int next = 0;
            for (PlacedChange add : adds) {
                RegistryRow row = add.change().after();
                rows.row(eventIds[next++], add.orgId(), OrgEvent.Type.ADDED.name(), row.effective(), now, by, null,
                        OrgEvent.describe(row.name(), row.parent(), row.status()), runId);
            }
        });
        time.lap("their events");
    }
}
