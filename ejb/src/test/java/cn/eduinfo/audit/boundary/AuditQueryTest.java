package cn.eduinfo.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.eduinfo.shared.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which conditions a search of the trail puts, with which values: only those given, days as Beijing's. */
class AuditQueryTest {

    @Test
    void nothingGivenIsEverything() {
        Map<String, Object> parameters = new HashMap<>();
        assertEquals("", new AuditQuery(" ", "", null, null, null).where(parameters));
        assertEquals(Map.of(), parameters);
    }

    @Test
    void eachGivenPartIsOneConditionAndTheDaysAreBeijingsBothIncluded() {
        Map<String, Object> parameters = new HashMap<>();
        String where = new AuditQuery(" 460105A1 ", "login_failed", "2146000001", LocalDate.of(2027, 1, 3), LocalDate.of(2027, 1, 3))
                .where(parameters);
        assertEquals(" WHERE a.actor = :actor AND a.action = :action AND a.targetId = :target AND a.at >= :from AND a.at < :to", where);
        assertEquals(Map.of("actor", "460105A1", "action", "LOGIN_FAILED", "target", "2146000001",
                "from", Instant.parse("2027-01-02T16:00:00Z"), "to", Instant.parse("2027-01-03T16:00:00Z")), parameters);
    }

    @Test
    void aRangeEndingBeforeItStartsIsRefused() {
        DomainException refused = assertThrows(DomainException.class,
                () -> new AuditQuery(null, null, null, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 3)));
        assertEquals("audit.dates", refused.key());
    }
}
