package cn.eduinfo.sync;

import static cn.eduinfo.sync.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.OrgStatus;
import cn.eduinfo.org.SchoolCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What a validated snapshot changes in the system (registry-format.md, 'Rules the job applies'; 第十一条). */
class ChangeSetTest {

    static final Map<String, OrgSnapshot> SYSTEM = current(hainan());

    static List<Change> changes(List<RegistryRow> file) {
        return ChangeSet.compute(file, SYSTEM);
    }

    static List<String> summary(List<Change> changes) {
        return changes.stream().map(c -> c.type() + " " + c.code()).toList();
    }

    @Test
    void identicalRowsYieldNothing() {
        assertEquals(List.of(), changes(hainan()));
    }

    @Test
    void anOnlyNewEffectiveDateYieldsNothing() {
        List<RegistryRow> file = hainan().stream()
                .map(r -> new RegistryRow(r.line(), r.code(), r.name(), r.kind(), r.category(), r.division(), r.parent(),
                        r.status(), r.successor(), DAY.plusYears(1)))
                .toList();

        assertEquals(List.of(), changes(file));
    }

    @Nested
    class Adds {

        @Test
        void anEmptySystemGetsEveryRowParentsBeforeChildren() {
            List<RegistryRow> file = new ArrayList<>(hainan());
            Collections.reverse(file);

            List<Change> changes = ChangeSet.compute(numbered(file), Map.of());

            assertEquals(11, changes.size());
            assertTrue(changes.stream().allMatch(c -> c.type() == ChangeType.ADD && c.before() == null && c.proposer() == null));
            List<String> order = changes.stream().map(Change::code).toList();
            for (RegistryRow row : hainan()) {
                if (row.parent() != null) {
                    assertTrue(order.indexOf(row.parent()) < order.indexOf(row.code()), row.code() + " before its parent");
                }
            }
            assertEquals(MOE, order.get(0));
            assertEquals(HAINAN, order.get(1));
        }

        @Test
        void aNewSchoolUnderANewCounty() {
            List<RegistryRow> file = new ArrayList<>(hainan());
            file.add(0, school("2146000004", "海口市美兰区第一小学", "460108"));
            file.add(authority("460108", "美兰区教育局", OrgKind.COUNTY, HAIKOU));

            List<Change> changes = changes(numbered(file));

            assertEquals(List.of("ADD 460108", "ADD 2146000004"), summary(changes));
            assertEquals("美兰区教育局", changes.get(0).after().name());
        }

        @Test
        void closedOrMergedCodesNewToTheSystemAreIgnored() {
            List<RegistryRow> file = new ArrayList<>(hainan());
            file.add(status(school("2146000004", "已撤销小学", XIUYING), OrgStatus.CLOSED, null));
            file.add(status(school("2146000005", "已合并小学", XIUYING), OrgStatus.MERGED, XIUYING_PRIMARY));

            assertEquals(List.of(), changes(numbered(file)));
        }
    }

    @Nested
    class Changes {

        @Test
        void aRenameKeepsTheCode() {
            List<Change> changes = changes(with(hainan(), renamed(find(hainan(), XIUYING_PRIMARY), "海口市秀英区实验小学")));

            assertEquals(List.of("CHANGE " + XIUYING_PRIMARY), summary(changes));
            assertEquals("海口市秀英区第一小学", changes.get(0).before().name());
            assertEquals("海口市秀英区实验小学", changes.get(0).after().name());
            assertNull(changes.get(0).proposer());
        }

        @Test
        void aNewDivisionIsAChange() {
            RegistryRow r = find(hainan(), HAINAN_UNIVERSITY);
            RegistryRow moved = new RegistryRow(r.line(), r.code(), r.name(), r.kind(), r.category(), LONGHUA, r.parent(),
                    r.status(), r.successor(), r.effective());

            assertEquals(List.of("CHANGE " + HAINAN_UNIVERSITY), summary(changes(with(hainan(), moved))));
        }

        @Test
        void closeRetiresAnActiveCode() {
            List<Change> changes = changes(with(hainan(), status(find(hainan(), HAITANG_PRIMARY), OrgStatus.CLOSED, null)));

            assertEquals(List.of("CLOSE " + HAITANG_PRIMARY), summary(changes));
            assertEquals(OrgStatus.ACTIVE, changes.get(0).before().status());
        }

        @Test
        void mergeRecordsTheSuccessor() {
            List<Change> changes = changes(with(hainan(),
                    status(find(hainan(), HAITANG_PRIMARY), OrgStatus.MERGED, LONGHUA_PRIMARY)));

            assertEquals(List.of("MERGE " + HAITANG_PRIMARY), summary(changes));
            assertEquals(LONGHUA_PRIMARY, changes.get(0).after().successor());
        }

        @Test
        void aMergerAlreadyRecordedYieldsNothing() {
            List<RegistryRow> merged = with(hainan(), status(find(hainan(), HAITANG_PRIMARY), OrgStatus.MERGED, LONGHUA_PRIMARY));

            assertEquals(List.of(), ChangeSet.compute(merged, current(merged)));
        }

        @Test
        void retiringASubtreeRetiresChildrenFirst() {
            List<RegistryRow> file = with(with(hainan(), status(find(hainan(), HAITANG), OrgStatus.CLOSED, null)),
                    status(find(hainan(), HAITANG_PRIMARY), OrgStatus.MERGED, LONGHUA_PRIMARY));

            assertEquals(List.of("MERGE " + HAITANG_PRIMARY, "CLOSE " + HAITANG), summary(changes(file)));
        }
    }

    @Nested
    class Reopening {

        private final List<RegistryRow> closed = with(hainan(), status(find(hainan(), HAITANG_PRIMARY), OrgStatus.CLOSED, null));
        private final List<RegistryRow> merged = with(hainan(), status(find(hainan(), HAITANG_PRIMARY), OrgStatus.MERGED, LONGHUA_PRIMARY));

        @Test
        void aClosedCodeBackActiveIsReopened() {
            List<Change> changes = ChangeSet.compute(hainan(), current(closed));

            assertEquals(List.of(), RegistryValidator.validate(hainan(), current(closed)));
            assertEquals(List.of("REOPEN " + HAITANG_PRIMARY), summary(changes));
            assertEquals(OrgStatus.CLOSED, changes.get(0).before().status());
        }

        @Test
        void aReopenUnderANewNameIsAlsoAChange() {
            List<RegistryRow> file = with(hainan(), renamed(find(hainan(), HAITANG_PRIMARY), "三亚市海棠区实验小学"));

            assertEquals(List.of("REOPEN " + HAITANG_PRIMARY, "CHANGE " + HAITANG_PRIMARY),
                    summary(ChangeSet.compute(file, current(closed))));
        }

        @Test
        void aMergedCodeBackActiveIsVoidedNotReopened() {
            List<RegistryError> errors = RegistryValidator.validate(hainan(), current(merged));

            assertEquals(List.of(new RegistryError(11, RegistryErrors.CODE_REUSED, List.of(HAITANG_PRIMARY, "MERGED"))), errors);
            assertEquals(List.of(), ChangeSet.compute(hainan(), current(merged)));
        }
    }

    @Nested
    class Moves {

        @Test
        void betweenCountiesOfOnePrefectureTheProposerIsThePrefecture() {
            List<Change> changes = changes(with(hainan(), moved(find(hainan(), XIUYING_PRIMARY), LONGHUA)));

            assertEquals(List.of("MOVE_PROPOSED " + XIUYING_PRIMARY), summary(changes));
            assertEquals(HAIKOU, changes.get(0).proposer());
            assertEquals(XIUYING, changes.get(0).before().parent());
            assertEquals(LONGHUA, changes.get(0).after().parent());
        }

        @Test
        void betweenPrefecturesOfOneProvinceTheProposerIsTheProvince() {
            List<Change> changes = changes(with(hainan(), moved(find(hainan(), XIUYING_PRIMARY), HAITANG)));

            assertEquals(HAINAN, changes.get(0).proposer());
        }

        @Test
        void upToTheOldParentsOwnParentThatAuthorityDecides() {
            List<Change> changes = changes(with(hainan(), moved(find(hainan(), XIUYING_PRIMARY), HAIKOU)));

            assertEquals(HAIKOU, changes.get(0).proposer());
        }

        @Test
        void anHeiToTheMoeIsTheMoesDecision() {
            RegistryRow r = find(hainan(), HAINAN_UNIVERSITY);
            List<Change> changes = changes(with(hainan(), moved(r, MOE)));

            assertEquals(MOE, changes.get(0).proposer());
        }

        @Test
        void toACountyNewInTheFileTheChainComesFromTheFile() {
            List<RegistryRow> file = new ArrayList<>(with(hainan(), moved(find(hainan(), XIUYING_PRIMARY), "460108")));
            file.add(authority("460108", "美兰区教育局", OrgKind.COUNTY, HAIKOU));

            List<Change> changes = changes(numbered(file));

            assertEquals(List.of("ADD 460108", "MOVE_PROPOSED " + XIUYING_PRIMARY), summary(changes));
            assertEquals(HAIKOU, changes.get(1).proposer());
        }

        @Test
        void aRenameAndMoveIsAChangeAndAProposal() {
            RegistryRow row = moved(renamed(find(hainan(), XIUYING_PRIMARY), "海口市龙华区第二小学"), LONGHUA);

            List<Change> changes = changes(with(hainan(), row));

            assertEquals(List.of("CHANGE " + XIUYING_PRIMARY, "MOVE_PROPOSED " + XIUYING_PRIMARY), summary(changes));
            assertSame(changes.get(0).after(), changes.get(1).after());
        }

        @Test
        void aClosedUnitIsNotProposedForAMove() {
            RegistryRow row = status(moved(find(hainan(), XIUYING_PRIMARY), LONGHUA), OrgStatus.CLOSED, null);

            assertEquals(List.of("CLOSE " + XIUYING_PRIMARY), summary(changes(with(hainan(), row))));
        }
    }

    /** The file is a full snapshot: what it no longer lists (registry-format.md, 'Omitted organisations'). */
    @Nested
    class Omissions {

        static final LocalDate SNAPSHOT = DAY.plusMonths(3);
        static final String TEACHING_POINT = "2146000009";

        /** The file without these codes, one of its rows dated later: the snapshot's date is its newest date. */
        private List<RegistryRow> without(List<RegistryRow> rows, String... codes) {
            List<String> omitted = List.of(codes);
            return numbered(rows.stream().filter(r -> !omitted.contains(r.code()))
                    .map(r -> r.code().equals(XIUYING_PRIMARY) ? dated(r, SNAPSHOT) : r).toList());
        }

        private List<RegistryRow> withTeachingPoint() {
            List<RegistryRow> rows = new ArrayList<>(hainan());
            rows.add(new RegistryRow(0, TEACHING_POINT, "海棠区南田村教学点", OrgKind.TEACHING_POINT, SchoolCategory.PRIMARY,
                    HAITANG, HAITANG, OrgStatus.ACTIVE, null, DAY));
            return numbered(rows);
        }

        @Test
        void theSnapshotsDateIsItsNewestEffectiveDate() {
            assertEquals(SNAPSHOT, ChangeSet.snapshotDate(without(hainan())));
            assertNull(ChangeSet.snapshotDate(List.of()));
        }

        @Test
        void anOmittedSchoolIsClosedOnTheSnapshotsDateWithItsReason() {
            List<Change> changes = changes(without(hainan(), HAITANG_PRIMARY));

            assertEquals(List.of("CLOSE " + HAITANG_PRIMARY), summary(changes));
            Change close = changes.get(0);
            assertEquals(ChangeReason.OMITTED, close.reason());
            assertEquals(SYSTEM.get(HAITANG_PRIMARY), close.before());
            assertNull(close.proposer());
            RegistryRow held = find(hainan(), HAITANG_PRIMARY);
            assertEquals(new RegistryRow(0, HAITANG_PRIMARY, held.name(), OrgKind.SCHOOL, SchoolCategory.PRIMARY, held.division(),
                    HAITANG, OrgStatus.CLOSED, null, SNAPSHOT), close.after());
        }

        @Test
        void anOmittedTeachingPointAndAnOmittedHeiAreClosedDeepestFirst() {
            List<Change> changes = ChangeSet.compute(without(hainan(), HAINAN_UNIVERSITY), current(withTeachingPoint()));

            assertEquals(List.of("CLOSE " + TEACHING_POINT, "CLOSE " + HAINAN_UNIVERSITY), summary(changes));
            assertTrue(changes.stream().allMatch(c -> c.reason() == ChangeReason.OMITTED && c.after().status() == OrgStatus.CLOSED
                    && c.after().effective().equals(SNAPSHOT)));
            assertEquals(OrgKind.TEACHING_POINT, changes.get(0).after().kind());
            assertEquals(OrgKind.HEI, changes.get(1).after().kind());
        }

        @Test
        void anExplicitClosureHasNoReasonAndComesInOrderWithTheOmitted() {
            List<RegistryRow> file = with(without(hainan(), HAITANG_PRIMARY), status(find(hainan(), HAITANG), OrgStatus.CLOSED, null));

            List<Change> changes = changes(file);

            assertEquals(List.of(), RegistryValidator.validate(file, SYSTEM));
            assertEquals(List.of("CLOSE " + HAITANG_PRIMARY, "CLOSE " + HAITANG), summary(changes), "the school before its county");
            assertEquals(ChangeReason.OMITTED, changes.get(0).reason());
            assertNull(changes.get(1).reason());
            assertEquals(DAY, changes.get(1).after().effective(), "an explicit closure keeps its row's date");
        }

        @Test
        void anOmittedCountyIsNeverClosed() {
            List<RegistryRow> file = without(hainan(), LONGHUA, LONGHUA_PRIMARY);

            // The validator refuses this file; the change set alone would close only the school.
            assertEquals(List.of(new RegistryError(0, RegistryErrors.AUTHORITY_OMITTED, List.of(LONGHUA, "COUNTY", "龙华区教育局"))),
                    RegistryValidator.validate(file, SYSTEM));
            assertEquals(List.of("CLOSE " + LONGHUA_PRIMARY), summary(changes(file)));
        }

        @Test
        void omittedUnitsAlreadyClosedOrMergedStayAsTheyAre() {
            List<RegistryRow> held = with(with(hainan(), status(find(hainan(), HAITANG_PRIMARY), OrgStatus.CLOSED, null)),
                    status(find(hainan(), LONGHUA_PRIMARY), OrgStatus.MERGED, XIUYING_PRIMARY));
            List<RegistryRow> file = without(hainan(), HAITANG_PRIMARY, LONGHUA_PRIMARY);

            assertEquals(List.of(), RegistryValidator.validate(file, current(held)));
            assertEquals(List.of(), ChangeSet.compute(file, current(held)));
        }

        @Test
        void theSameSnapshotRunTwiceChangesNothingTheSecondTime() {
            List<RegistryRow> file = with(without(hainan(), HAITANG_PRIMARY, HAINAN_UNIVERSITY, TEACHING_POINT),
                    renamed(find(hainan(), LONGHUA_PRIMARY), "海口市龙华区实验小学"));
            Map<String, OrgSnapshot> system = current(withTeachingPoint());

            List<Change> first = ChangeSet.compute(file, system);
            Map<String, OrgSnapshot> after = applied(system, first);

            assertEquals(List.of("CHANGE " + LONGHUA_PRIMARY, "CLOSE " + HAITANG_PRIMARY, "CLOSE " + TEACHING_POINT,
                    "CLOSE " + HAINAN_UNIVERSITY), summary(first));
            assertEquals(OrgStatus.CLOSED, after.get(TEACHING_POINT).status());
            assertEquals(List.of(), RegistryValidator.validate(file, after));
            assertEquals(List.of(), ChangeSet.compute(file, after));
        }

        @Test
        void aLaterSnapshotListingAnOmittedSchoolAgainReopensIt() {
            Map<String, OrgSnapshot> after = applied(SYSTEM, changes(without(hainan(), HAITANG_PRIMARY)));

            assertEquals(List.of(), RegistryValidator.validate(hainan(), after));
            assertEquals(List.of("REOPEN " + HAITANG_PRIMARY), summary(ChangeSet.compute(hainan(), after)));
        }

        @Test
        void aFileWithoutRowsClosesNothing() {
            assertEquals(List.of(), ChangeSet.compute(List.of(), SYSTEM));
        }
    }

    /** The tree after a run, as the apply step leaves it (a move is only proposed). */
    static Map<String, OrgSnapshot> applied(Map<String, OrgSnapshot> system, List<Change> changes) {
        Map<String, OrgSnapshot> after = new LinkedHashMap<>(system);
        for (Change c : changes) {
            RegistryRow r = c.after();
            OrgSnapshot s = after.get(c.code());
            switch (c.type()) {
                case ADD -> after.put(c.code(), snapshot(r));
                case CHANGE -> after.put(c.code(), new OrgSnapshot(s.code(), r.name(), s.kind(), s.category(), r.division(),
                        s.parent(), s.status(), s.successor()));
                case CLOSE, MERGE, REOPEN -> after.put(c.code(), new OrgSnapshot(s.code(), s.name(), s.kind(), s.category(),
                        s.division(), s.parent(), r.status(), r.successor()));
                case MOVE_PROPOSED -> { }
            }
        }
        return after;
    }

    static RegistryRow dated(RegistryRow r, LocalDate effective) {
        return new RegistryRow(r.line(), r.code(), r.name(), r.kind(), r.category(), r.division(), r.parent(), r.status(),
                r.successor(), effective);
    }

    @Test
    void groupsComeAddsThenChangesThenRetirementsThenProposals() {
        List<RegistryRow> file = new ArrayList<>(hainan());
        file.add(0, school("2146000004", "海口市秀英区第二小学", XIUYING));
        file.replaceAll(r -> switch (r.code()) {
            case XIUYING_PRIMARY -> moved(r, LONGHUA);
            case LONGHUA_PRIMARY -> status(r, OrgStatus.CLOSED, null);
            case HAINAN_UNIVERSITY -> renamed(r, "海南大学（新）");
            default -> r;
        });

        assertEquals(List.of("ADD 2146000004", "CHANGE " + HAINAN_UNIVERSITY, "CLOSE " + LONGHUA_PRIMARY,
                "MOVE_PROPOSED " + XIUYING_PRIMARY), summary(changes(numbered(file))));
    }
}
