package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LockoutIT extends ItBase {

    @Test
    void fiveConsecutiveFailuresLockTheAccountEvenAgainstTheRightPasswordUntilItIsReset() {
        String base = base();
        Api prefectureAdmin = Api.demo(base, "460100A1");
        String initial = Fixtures.issue(prefectureAdmin, "460107", "460107R1");

        for (int i = 0; i < 4; i++) {
            assertEquals(401, Api.as(base, "460107R1", "Wrong#Pass" + i).get("api/me").status());
        }
        // Four failures do not lock: the right password still opens the account and resets the count.
        assertEquals(200, Api.as(base, "460107R1", initial).get("api/me").status());
        for (int i = 0; i < 5; i++) {
            assertEquals(401, Api.as(base, "460107R1", "Wrong#Pass" + i).get("api/me").status());
        }
        assertEquals(401, Api.as(base, "460107R1", initial).get("api/me").status(), "locked: the right password is refused");
        assertTrue(Fixtures.account(prefectureAdmin, "460107", "460107R1").getBoolean("locked"));

        var trail = Api.demo(base, "auditadmin").get("api/audit?actor=460107R1");
        assertTrue(trail.body().contains("LOCKED"), trail.toString());

        // The superior's reset issues a new initial password and lifts the lock.
        String fresh = Fixtures.issue(prefectureAdmin, "460107", "460107R1");
        assertEquals(200, Api.as(base, "460107R1", fresh).get("api/me").status());
    }
}
