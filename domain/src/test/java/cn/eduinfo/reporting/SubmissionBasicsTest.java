package cn.eduinfo.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.eduinfo.account.Role;
import cn.eduinfo.org.Organisation;
import cn.eduinfo.org.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The unit columns of a submission, the actor's relations, and the completeness a superior chases with. */
class SubmissionBasicsTest {

    private final Tree t = new Tree();

    @Test
    void aNewSubmissionCopiesTheUnitAndHasNotStarted() {
        Submission s = Submission.open(Tree.Q, t.school);
        assertEquals(Tree.Q, s.quarter());
        assertEquals("2146000001", s.getOrgCode());
        assertEquals("/000000/460000/460100/460105/2146000001/", s.getOrgPath());
        assertEquals(Tier.COUNTY, s.getTier());
        assertFalse(s.hasReviewer());
        assertTrue(Submission.open(Tree.Q, t.hainanHei).hasReviewer());
        assertEquals(SubmissionState.NOT_STARTED, s.getState());
        assertEquals(DataStatus.NONE, s.getDataStatus());
        assertEquals(Completeness.MISSING, s.completeness());
        assertTrue(s.getTimeline().isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> s.getTimeline().clear());
    }

    @Test
    void aQuarterTrackedAfterItsFormWasWrittenStartsInTheFormsState() {
        assertEquals(SubmissionState.NOT_STARTED, Submission.open(Tree.Q, t.school, DataStatus.NONE).getState());
        Submission updated = Submission.open(Tree.Q, t.school, DataStatus.UPDATED);
        assertEquals(SubmissionState.DRAFT, updated.getState());
        assertEquals(Completeness.UPDATED, updated.completeness());
        Submission confirmed = Submission.open(Tree.Q, t.school, DataStatus.CONFIRMED_UNCHANGED);
        assertEquals(Completeness.CONFIRMED_UNCHANGED, confirmed.completeness());
        assertTrue(confirmed.getTimeline().isEmpty(), "the form's own history has the saves");
    }

    @Test
    void aMovedSchoolsQuarterFollowsItToItsNewSuperior() {
        Submission s = Submission.open(Tree.Q, t.school);
        t.school.moveTo(t.haikou);
        s.follow(t.school);
        assertEquals("/000000/460000/460100/2146000001/", s.getOrgPath());
        assertEquals(Tier.PREFECTURE, s.getTier());
        assertThrows(IllegalArgumentException.class, () -> s.follow(t.point));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/000000/460000/460100/460105/, /000000/460000/460100/",
            "/000000/460000/469001/,        /000000/460000/",
            "/000000/4111010001/,           /000000/",
    })
    void theParentPathDropsTheLastCode(String path, String parent) {
        assertEquals(parent, Actor.parentPath(path));
    }

    @Test
    void theRootHasNoParent() {
        assertNull(Actor.parentPath("/000000/"));
    }

    @Test
    void anActorIsOfItsUnitOrItsDirectSuperiorNothingElse() {
        Actor haikou = Tree.reviewer(t.haikou);
        assertTrue(haikou.belongsTo(t.haikou.getPath()));
        assertFalse(haikou.belongsTo(t.xiuying.getPath()));
        assertTrue(haikou.isDirectSuperiorOf(t.xiuying.getPath()));
        assertFalse(haikou.isDirectSuperiorOf(t.school.getPath()), "grand-superior");
        assertFalse(haikou.isDirectSuperiorOf(t.haikou.getPath()), "itself");
        assertFalse(haikou.isDirectSuperiorOf(t.wuzhishan.getPath()), "other subtree");
        assertFalse(Tree.reviewer(t.moe).isDirectSuperiorOf(t.moe.getPath()));
        Actor staff = Tree.platformStaff().get(0);
        assertFalse(staff.belongsTo(t.haikou.getPath()));
        assertFalse(staff.isDirectSuperiorOf(t.xiuying.getPath()));
    }

    @Test
    void onlyTheSystemHasNoRole() {
        assertTrue(Actor.system().isSystem());
        assertFalse(new Actor("460000A1", Role.ADMINISTRATOR, "/000000/460000/").isSystem());
        assertThrows(IllegalArgumentException.class, () -> new Actor("someone", null, null));
        assertThrows(IllegalArgumentException.class, () -> new Actor(Actor.SYSTEM_NAME, Role.ADMINISTRATOR, null));
        assertThrows(IllegalArgumentException.class, () -> new Actor(Actor.SYSTEM_NAME, null, "/000000/"));
    }

    @ParameterizedTest(name = "{0} {1} auto={2} → {3}")
    @CsvSource({
            "NOT_STARTED, NONE, false, MISSING",
            "DRAFT, UPDATED, false, UPDATED",
            "DRAFT, CONFIRMED_UNCHANGED, false, CONFIRMED_UNCHANGED",
            "SUBMITTED, UPDATED, false, REPORTED",
            "REPORTED, CONFIRMED_UNCHANGED, false, REPORTED",
            "ACCEPTED, UPDATED, false, REPORTED",
            "WITHDRAWAL_REQUESTED, UPDATED, false, REPORTED",
            "AUTO_REPORTED, NONE, true, AUTO_REPORTED",
            "AUTO_REPORTED, UPDATED, true, AUTO_REPORTED",
            "ACCEPTED, NONE, true, AUTO_REPORTED",
            "RETURNED, UPDATED, false, RETURNED",
            "RETURNED, NONE, true, RETURNED",
    })
    void completenessForChasing(SubmissionState state, DataStatus data, boolean auto, Completeness expected) {
        assertEquals(expected, Completeness.of(state, data, auto));
    }

    @Test
    void openAndSentStatesPartitionTheStates() {
        for (SubmissionState s : SubmissionState.values()) {
            assertEquals(s == SubmissionState.NOT_STARTED || s == SubmissionState.DRAFT || s == SubmissionState.RETURNED, s.isOpen(), s.name());
            assertEquals(!s.isOpen(), s.isSent());
        }
    }

    @Test
    void organisationFixturesAreWhatTheTestsAssume() {
        Organisation[] counties = {t.xiuying, t.longhua, t.wuzhishan, t.dongcheng};
        for (Organisation c : counties) {
            assertEquals(Tier.COUNTY, c.getTier(), c.getName());
        }
    }
}
