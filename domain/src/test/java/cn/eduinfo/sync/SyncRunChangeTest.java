package cn.eduinfo.sync;

import static cn.eduinfo.sync.Fixtures.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.OrgStatus;
import cn.eduinfo.org.SchoolCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A stored change gives back the registry row it was made from, so a resumed run applies exactly that row. */
class SyncRunChangeTest {

    /** The file line is not stored: the row comes back at line 0, everything else as given. */
    private static RegistryRow atLineZero(RegistryRow r) {
        return new RegistryRow(0, r.code(), r.name(), r.kind(), r.category(), r.division(), r.parent(), r.status(),
                r.successor(), r.effective());
    }

    private static SyncRunChange stored(ChangeType type, RegistryRow row) {
        return new SyncRunChange(7L, 3, new Change(type, row.code(), null, row, null));
    }

    static Stream<RegistryRow> rows() {
        return Stream.concat(Fixtures.hainan().stream(), Stream.of(
                // names with the CSV's own delimiters
                Fixtures.renamed(Fixtures.school(Fixtures.XIUYING_PRIMARY, "x", Fixtures.XIUYING), "海口市\"秀英\"区,第一小学"),
                Fixtures.renamed(Fixtures.school(Fixtures.XIUYING_PRIMARY, "x", Fixtures.XIUYING), "a,\"b\",,c,\"\""),
                Fixtures.renamed(Fixtures.authority(Fixtures.LONGHUA, "x", OrgKind.COUNTY, Fixtures.HAIKOU), ",,,"),
                Fixtures.renamed(Fixtures.school(Fixtures.LONGHUA_PRIMARY, "x", Fixtures.LONGHUA), "line one\nline two; tab\there"),
                // merged, with a successor
                new RegistryRow(9, Fixtures.HAITANG_PRIMARY, "三亚市海棠区第一小学", OrgKind.SCHOOL, SchoolCategory.PRIMARY,
                        Fixtures.HAITANG, Fixtures.HAITANG, OrgStatus.MERGED, Fixtures.LONGHUA_PRIMARY, LocalDate.of(2024, 2, 29)),
                // closed teaching point, HEI, 'other' category
                new RegistryRow(10, "2146000009", "某村教学点", OrgKind.TEACHING_POINT, SchoolCategory.PRIMARY,
                        Fixtures.XIUYING, Fixtures.XIUYING, OrgStatus.CLOSED, null, LocalDate.of(1999, 12, 31)),
                new RegistryRow(11, "4246000001", "海南开放大学", OrgKind.HEI, SchoolCategory.ADULT_HEI,
                        Fixtures.HAIKOU, Fixtures.HAINAN, OrgStatus.ACTIVE, null, DAY),
                new RegistryRow(12, "9346000001", "特殊机构", OrgKind.SCHOOL, SchoolCategory.OTHER,
                        Fixtures.HAIKOU, Fixtures.HAIKOU, OrgStatus.ACTIVE, null, DAY),
                // a 200-character name
                Fixtures.renamed(Fixtures.school(Fixtures.XIUYING_PRIMARY, "x", Fixtures.XIUYING), "学".repeat(200))));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void rowGivesBackTheRowOfTheChange(RegistryRow row) {
        assertEquals(atLineZero(row), stored(ChangeType.ADD, row).row());
    }

    @Test
    void theMoeRowHasNoParentAndNoCategory() {
        RegistryRow moe = Fixtures.find(Fixtures.hainan(), Fixtures.MOE);
        assertNull(moe.parent());

        RegistryRow back = stored(ChangeType.CHANGE, moe).row();

        assertNull(back.parent());
        assertNull(back.category());
        assertNull(back.successor());
        assertEquals(OrgKind.MOE, back.kind());
        assertEquals(atLineZero(moe), back);
    }

    @Test
    void theDelimitersOfTheFileSurviveInTheName() {
        String name = "海口市\"秀英\"区,第一小学";
        RegistryRow row = Fixtures.renamed(Fixtures.school(Fixtures.XIUYING_PRIMARY, "x", Fixtures.XIUYING), name);

        RegistryRow back = stored(ChangeType.CHANGE, row).row();

        assertEquals(name, back.name());
        assertEquals(Fixtures.XIUYING, back.parent());
        assertEquals(SchoolCategory.PRIMARY, back.category());
        assertEquals(DAY, back.effective());
    }

    @Test
    void theMergedRowKeepsItsSuccessor() {
        RegistryRow row = Fixtures.status(Fixtures.find(Fixtures.hainan(), Fixtures.HAITANG_PRIMARY), OrgStatus.MERGED,
                Fixtures.LONGHUA_PRIMARY);

        RegistryRow back = stored(ChangeType.MERGE, row).row();

        assertEquals(OrgStatus.MERGED, back.status());
        assertEquals(Fixtures.LONGHUA_PRIMARY, back.successor());
    }

    @Test
    void theChangeKeepsItsRunSequenceTypeCodeAndProposer() {
        List<RegistryRow> rows = Fixtures.hainan();
        RegistryRow before = Fixtures.find(rows, Fixtures.XIUYING_PRIMARY);
        RegistryRow after = Fixtures.moved(before, Fixtures.LONGHUA);
        Change change = new Change(ChangeType.MOVE_PROPOSED, before.code(), Fixtures.snapshot(before), after, Fixtures.HAIKOU);

        SyncRunChange stored = new SyncRunChange(7L, 3, change);

        assertEquals(7L, stored.getRunId());
        assertEquals(3, stored.getSeq());
        assertEquals(ChangeType.MOVE_PROPOSED, stored.getType());
        assertEquals(Fixtures.XIUYING_PRIMARY, stored.getCode());
        assertEquals(Fixtures.HAIKOU, stored.getProposer());
        assertEquals("海口市秀英区第一小学 · 460105 · ACTIVE", stored.getBeforeText());
        assertEquals("海口市秀英区第一小学 · 460106 · ACTIVE", stored.getAfterText());
        assertEquals(atLineZero(after), stored.row());
    }

    @Test
    void aClosureByOmissionKeepsItsReasonAndTheSnapshotsDate() {
        List<RegistryRow> file = Fixtures.hainan().stream().filter(r -> !r.code().equals(Fixtures.HAITANG_PRIMARY)).toList();
        Change change = ChangeSet.compute(Fixtures.numbered(file), Fixtures.current(Fixtures.hainan())).get(0);

        SyncRunChange stored = new SyncRunChange(7L, 0, change);

        assertEquals(ChangeType.CLOSE, stored.getType());
        assertEquals(ChangeReason.OMITTED, stored.getReason());
        assertEquals("三亚市海棠区第一小学 · 460202 · ACTIVE", stored.getBeforeText());
        assertEquals("三亚市海棠区第一小学 · 460202 · CLOSED", stored.getAfterText());
        assertEquals(change.after(), stored.row());
        assertEquals(DAY, stored.row().effective());
    }

    @Test
    void aChangeTheFileStatesHasNoReason() {
        assertNull(stored(ChangeType.CLOSE, Fixtures.status(Fixtures.find(Fixtures.hainan(), Fixtures.HAITANG_PRIMARY),
                OrgStatus.CLOSED, null)).getReason());
    }

    @Test
    void anAddHasNoBeforeTextAndTheMoeShowsNoParent() {
        RegistryRow moe = Fixtures.find(Fixtures.hainan(), Fixtures.MOE);

        SyncRunChange stored = stored(ChangeType.ADD, moe);

        assertNull(stored.getBeforeText());
        assertEquals("教育部 · — · ACTIVE", stored.getAfterText());
        assertNull(stored.getProposer());
    }
}
