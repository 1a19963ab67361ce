package cn.eduinfo.reporting.view;

import cn.eduinfo.org.boundary.OrgSummary;
import cn.eduinfo.org.boundary.Organisations;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.reporting.boundary.Reporting;

/**
 * The unit and quarter a reporting page shows from its view parameters: ?org= (the caller's own unit
 * when absent) and ?quarter= (the current one when absent). Scope is checked by the boundary calls
 * the page then makes with them.
 */
record ShownUnit(long org, Quarter quarter, OrgSummary mine) {

    static ShownUnit of(Reporting reporting, Organisations organisations, Long org, String quarter) {
        Quarter q = reporting.quarterOrCurrent(quarter);
        OrgSummary mine = organisations.mine();
        return new ShownUnit(org == null ? mine.id() : org, q, mine);
    }

    boolean own() {
        return org == mine.id();
    }
}
