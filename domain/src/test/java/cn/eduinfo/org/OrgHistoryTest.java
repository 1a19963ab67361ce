package cn.eduinfo.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrgHistoryTest {

    private final Organisation county = Organisation.authority("460105", "秀英区教育局", OrgKind.COUNTY,
            Organisation.authority("460000", "海南省教育厅", OrgKind.PROVINCE, Organisation.moe("教育部")));
    private final Organisation school = Organisation.school("2146000001", "秀英区实验小学", OrgKind.SCHOOL, county, "460105");

    private OrgEvent event(OrgEvent.Type type, String effective, String after, int second) {
        return new OrgEvent(school, type, LocalDate.parse(effective), Instant.ofEpochSecond(second), "registry-sync#1", null, after, 1L);
    }

    @Test
    void aUnitIsSeenAsItsLatestEventOnOrBeforeTheDate() {
        List<OrgEvent> events = List.of(
                event(OrgEvent.Type.ADDED, "2026-10-01", "秀英区实验小学 · 460105 · ACTIVE", 1),
                event(OrgEvent.Type.CHANGED, "2027-01-01", "秀英区第一实验小学 · 460105 · ACTIVE", 2),
                event(OrgEvent.Type.CLOSED, "2027-04-01", "秀英区第一实验小学 · 460105 · CLOSED", 3));
        assertTrue(OrgHistory.asOf(events, LocalDate.parse("2026-09-30"), "now").isEmpty(), "not yet added");
        assertEquals("秀英区实验小学 · 460105 · ACTIVE", OrgHistory.asOf(events, LocalDate.parse("2026-10-01"), "now").orElseThrow());
        assertEquals("秀英区第一实验小学 · 460105 · ACTIVE", OrgHistory.asOf(events, LocalDate.parse("2027-03-31"), "now").orElseThrow());
        assertEquals("秀英区第一实验小学 · 460105 · CLOSED", OrgHistory.asOf(events, LocalDate.parse("2030-01-01"), "now").orElseThrow());
    }

    @Test
    void twoEventsOnOneDayAreOrderedByWhenTheyWereRecorded() {
        List<OrgEvent> events = List.of(
                event(OrgEvent.Type.MOVED, "2027-01-01", "moved", 20),
                event(OrgEvent.Type.CHANGED, "2027-01-01", "renamed", 10));
        assertEquals("moved", OrgHistory.asOf(events, LocalDate.parse("2027-01-01"), "now").orElseThrow());
    }

    @Test
    void aUnitWithoutHistoryIsTakenAsItIsNow() {
        assertEquals("now", OrgHistory.asOf(List.of(), LocalDate.parse("2000-01-01"), "now").orElseThrow());
    }

    @Test
    void aStateReadsBackAsNameSuperiorAndStatus() {
        OrgHistory.State state = OrgHistory.State.parse("海口市 · 第一 · 小学 · 460105 · CLOSED");
        assertEquals("海口市 · 第一 · 小学", state.name(), "the name may itself hold the separator");
        assertEquals("460105", state.parentCode());
        assertEquals(OrgStatus.CLOSED, state.status());
        assertTrue(state.isUnder("460105"));
        assertEquals(null, OrgHistory.State.parse("教育部 · — · ACTIVE").parentCode());
        assertEquals(OrgEvent.describe(school), OrgHistory.State.parse(OrgEvent.describe(school)).name()
                + " · 460105 · " + OrgHistory.State.parse(OrgEvent.describe(school)).status());
        assertThrows(IllegalArgumentException.class, () -> OrgHistory.State.parse("no separators"));
    }
}
