package cn.eduinfo.form.boundary;

import cn.eduinfo.form.FormValues;
import cn.eduinfo.form.FormVersion;
import cn.eduinfo.org.boundary.OrgSummary;
import cn.eduinfo.reporting.DataStatus;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.reporting.Window;
import java.io.Serializable;
import java.util.Map;

/**
 * An organisation's form for a quarter as its page shows it: the version it is filled under (only
 * the indicators that apply to this organisation), this quarter's values (prefilled from the last
 * report until first saved), last quarter's beside them, and the explanations given.
 *
 * @param rowVersion what a save must send back (optimistic locking); 0 while nothing is stored
 * @param editable   the caller is the unit's own administrator
 * @param window     when the unit's tier reports this quarter (第十八条)
 */
public record FormSheet(OrgSummary organisation, Quarter quarter, FormVersion version, FormValues values, FormValues previous,
                        Map<String, String> explanations, DataStatus status, int rowVersion, boolean editable, Window window)
        implements Serializable {
}
