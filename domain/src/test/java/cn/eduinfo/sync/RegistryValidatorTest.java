package cn.eduinfo.sync;

import static cn.eduinfo.sync.Fixtures.*;
import static cn.eduinfo.sync.RegistryErrors.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.OrgStatus;
import cn.eduinfo.org.SchoolCategory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The whole-file rules: any of them refuses the file (registry-format.md, 第九~十二条). */
class RegistryValidatorTest {

    static List<RegistryError> validate(List<RegistryRow> rows) {
        return RegistryValidator.validate(rows, Map.of());
    }

    static List<RegistryRow> plus(List<RegistryRow> rows, RegistryRow... extra) {
        List<RegistryRow> all = new ArrayList<>(rows);
        all.addAll(List.of(extra));
        return numbered(all);
    }

    @Test
    void aConsistentTreeIsValidAgainstNothingAndAgainstItself() {
        assertEquals(List.of(), validate(hainan()));
        assertEquals(List.of(), RegistryValidator.validate(hainan(), current(hainan())));
    }

    @Nested
    class Duplicates {

        @Test
        void eachDuplicateIsReportedWithTheFirstLine() {
            List<RegistryRow> rows = plus(hainan(),
                    school(XIUYING_PRIMARY, "秀英区第二小学", XIUYING),
                    school(XIUYING_PRIMARY, "秀英区第三小学", XIUYING));

            assertEquals(List.of(
                    new RegistryError(13, DUPLICATE_CODE, List.of(XIUYING_PRIMARY, "9")),
                    new RegistryError(14, DUPLICATE_CODE, List.of(XIUYING_PRIMARY, "9"))), validate(rows));
        }

        /** A GBK file is only judged right if its names survive detection and the lines still count. */
        @ParameterizedTest
        @ValueSource(strings = {"UTF-8", "GBK", "GB18030"})
        void areFoundInAFileOfAnyEncoding(String encoding) throws IOException {
            List<RegistryRow> rows = plus(hainan(), school(LONGHUA_PRIMARY, "海口市龙华区第二小学", LONGHUA));
            byte[] bytes = csv(rows).getBytes(Charset.forName(encoding));

            RegistryFile.Parsed parsed = RegistryFile.read(new ByteArrayInputStream(bytes), null);

            assertEquals(List.of(), parsed.errors());
            assertEquals("海口市龙华区第二小学", parsed.rows().get(11).name());
            assertEquals(List.of(new RegistryError(13, DUPLICATE_CODE, List.of(LONGHUA_PRIMARY, "10"))),
                    RegistryValidator.validate(parsed.rows(), Map.of()));
        }
    }

    @Nested
    class Parents {

        @Test
        void moeHasNoParent() {
            List<RegistryRow> rows = with(hainan(), authority(MOE, "教育部", OrgKind.MOE, HAINAN));

            assertTrue(validate(rows).contains(new RegistryError(2, MOE_PARENT, List.of(HAINAN))));
        }

        @Test
        void everyOtherRowHasOne() {
            List<RegistryRow> rows = with(hainan(), moved(find(hainan(), XIUYING_PRIMARY), null));

            assertEquals(List.of(new RegistryError(9, PARENT_MISSING, List.of())), validate(rows));
        }

        @Test
        void parentMustBeInTheFile() {
            List<RegistryRow> rows = with(hainan(), moved(find(hainan(), XIUYING_PRIMARY), "460107"));

            assertEquals(List.of(new RegistryError(9, PARENT_UNKNOWN, List.of("460107"))), validate(rows));
        }

        @Test
        void parentOutsideTheFileIsUnknownEvenWhenTheSystemHasIt() {
            // The system still holds 龙华区 and its school, both closed: a file may omit them.
            Map<String, OrgSnapshot> current = current(with(with(hainan(), status(find(hainan(), LONGHUA), OrgStatus.CLOSED, null)),
                    status(find(hainan(), LONGHUA_PRIMARY), OrgStatus.CLOSED, null)));
            List<RegistryRow> file = numbered(hainan().stream()
                    .filter(r -> !r.code().equals(LONGHUA) && !r.code().equals(LONGHUA_PRIMARY)).toList());

            assertEquals(List.of(), RegistryValidator.validate(file, current));
            List<RegistryRow> orphan = plus(file, school(LONGHUA_PRIMARY, "海口市龙华区第一小学", LONGHUA));
            assertEquals(List.of(new RegistryError(11, PARENT_UNKNOWN, List.of(LONGHUA))), RegistryValidator.validate(orphan, current));
        }

        @Test
        void activeRowNeedsAnActiveParent() {
            List<RegistryRow> rows = with(hainan(), status(find(hainan(), HAITANG), OrgStatus.CLOSED, null));

            assertEquals(List.of(new RegistryError(11, PARENT_NOT_ACTIVE, List.of(HAITANG, "CLOSED"))), validate(rows));
        }

        @Test
        void closedRowMayStayUnderAClosedParent() {
            List<RegistryRow> rows = with(with(hainan(), status(find(hainan(), HAITANG), OrgStatus.CLOSED, null)),
                    status(find(hainan(), HAITANG_PRIMARY), OrgStatus.CLOSED, null));

            assertEquals(List.of(), validate(rows));
        }

        @Test
        void kindMustFitUnderTheParentsKind() {
            List<RegistryRow> rows = with(with(hainan(), moved(find(hainan(), XIUYING_PRIMARY), MOE)),
                    moved(find(hainan(), SANYA), HAIKOU));

            assertEquals(List.of(
                    new RegistryError(7, PARENT_KIND, List.of(HAIKOU, "PREFECTURE", "PREFECTURE")),
                    new RegistryError(9, PARENT_KIND, List.of(MOE, "MOE", "SCHOOL"))), validate(rows));
        }

        @Test
        void moeUniversitiesAndDirectSchoolsAreAccepted() {
            RegistryRow moeUniversity = new RegistryRow(0, "4146000002", "某部属大学", OrgKind.HEI, SchoolCategory.REGULAR_HEI,
                    HAIKOU, MOE, OrgStatus.ACTIVE, null, DAY);
            List<RegistryRow> rows = plus(hainan(), moeUniversity, school("3446000001", "海南中学", HAINAN),
                    authority("469001", "五指山市教育局", OrgKind.COUNTY, HAINAN));

            assertEquals(List.of(), validate(rows));
        }

        @Test
        void cyclesAreReportedOnceAtTheirFirstLine() {
            List<RegistryRow> rows = with(hainan(), moved(find(hainan(), HAINAN), HAITANG));

            List<RegistryError> errors = validate(rows);

            assertEquals(List.of(new RegistryError(3, PARENT_KIND, List.of(HAITANG, "COUNTY", "PROVINCE")),
                    new RegistryError(3, PARENT_CYCLE, List.of("460000 → 460202 → 460200 → 460000"))), errors);
        }

        @Test
        void aRowThatIsItsOwnParentIsACycle() {
            List<RegistryRow> rows = with(hainan(), moved(find(hainan(), LONGHUA), LONGHUA));

            assertTrue(validate(rows).contains(new RegistryError(6, PARENT_CYCLE, List.of("460106 → 460106"))));
        }
    }

    @Nested
    class Successors {

        @Test
        void mustBeInTheFile() {
            List<RegistryRow> rows = with(hainan(), status(find(hainan(), HAITANG_PRIMARY), OrgStatus.MERGED, "2146000099"));

            assertEquals(List.of(new RegistryError(11, SUCCESSOR_UNKNOWN, List.of("2146000099"))), validate(rows));
        }

        @Test
        void mustBeActive() {
            List<RegistryRow> rows = with(with(hainan(), status(find(hainan(), LONGHUA_PRIMARY), OrgStatus.CLOSED, null)),
                    status(find(hainan(), HAITANG_PRIMARY), OrgStatus.MERGED, LONGHUA_PRIMARY));

            assertEquals(List.of(new RegistryError(11, SUCCESSOR_NOT_ACTIVE, List.of(LONGHUA_PRIMARY, "CLOSED"))), validate(rows));
        }

        @Test
        void anOldMergerIntoASuccessorRetiredSinceIsNotRefusedAgain() {
            List<RegistryRow> before = with(hainan(), status(find(hainan(), HAITANG_PRIMARY), OrgStatus.MERGED, LONGHUA_PRIMARY));
            List<RegistryRow> now = with(before, status(find(hainan(), LONGHUA_PRIMARY), OrgStatus.MERGED, XIUYING_PRIMARY));

            assertEquals(List.of(), RegistryValidator.validate(now, current(before)));
        }
    }

    @Nested
    class AgainstTheSystem {

        @Test
        void aMergedCodeNeverComesBack() {
            Map<String, OrgSnapshot> current = current(with(hainan(),
                    status(find(hainan(), HAITANG_PRIMARY), OrgStatus.MERGED, LONGHUA_PRIMARY)));

            assertEquals(List.of(new RegistryError(11, CODE_REUSED, List.of(HAITANG_PRIMARY, "MERGED"))),
                    RegistryValidator.validate(hainan(), current));
        }

        @Test
        void aMergedCodeStayingMergedIsFine() {
            List<RegistryRow> rows = with(hainan(), status(find(hainan(), HAITANG_PRIMARY), OrgStatus.MERGED, LONGHUA_PRIMARY));

            assertEquals(List.of(), RegistryValidator.validate(rows, current(rows)));
        }

        @Test
        void aClosedCodeMayReopenAsWhatItWas() {
            Map<String, OrgSnapshot> current = current(with(hainan(), status(find(hainan(), HAITANG_PRIMARY), OrgStatus.CLOSED, null)));

            assertEquals(List.of(), RegistryValidator.validate(hainan(), current));
        }

        @Test
        void aClosedCodeMayNotReopenAsAnotherKind() {
            RegistryRow closed = status(find(hainan(), HAITANG_PRIMARY), OrgStatus.CLOSED, null);
            Map<String, OrgSnapshot> current = current(with(hainan(), closed));
            RegistryRow teachingPoint = new RegistryRow(0, HAITANG_PRIMARY, "海棠区教学点", OrgKind.TEACHING_POINT,
                    SchoolCategory.PRIMARY, HAITANG, HAITANG, OrgStatus.ACTIVE, null, DAY);

            assertEquals(List.of(new RegistryError(11, KIND_CHANGED, List.of(HAITANG_PRIMARY, "SCHOOL", "TEACHING_POINT"))),
                    RegistryValidator.validate(with(hainan(), teachingPoint), current));
        }

        @Test
        void aCategoryChangeKeepingItsCodeIsRefused() {
            Map<String, OrgSnapshot> current = new HashMap<>(current(hainan()));
            OrgSnapshot s = current.get(XIUYING_PRIMARY);
            current.put(XIUYING_PRIMARY, new OrgSnapshot(s.code(), s.name(), s.kind(), SchoolCategory.JUNIOR_SECONDARY,
                    s.division(), s.parent(), OrgStatus.CLOSED, null));

            assertEquals(List.of(new RegistryError(9, CATEGORY_CHANGED, List.of(XIUYING_PRIMARY, "31", "21"))),
                    RegistryValidator.validate(hainan(), current));
        }

        @Test
        void kindChangeOfAnAuthority() {
            Map<String, OrgSnapshot> current = current(hainan());
            RegistryRow county = authority(SANYA, "三亚市教育局", OrgKind.COUNTY, HAINAN);

            // 海棠区 under it no longer fits either.
            assertEquals(List.of(new RegistryError(7, KIND_CHANGED, List.of(SANYA, "PREFECTURE", "COUNTY")),
                            new RegistryError(8, PARENT_KIND, List.of(SANYA, "COUNTY", "COUNTY"))),
                    RegistryValidator.validate(with(hainan(), county), current));
        }
    }

    /** The file is a full snapshot: what it no longer lists (registry-format.md, 'Omitted organisations'). */
    @Nested
    class Omissions {

        private List<RegistryRow> without(String... codes) {
            List<String> omitted = List.of(codes);
            return numbered(hainan().stream().filter(r -> !omitted.contains(r.code())).toList());
        }

        @Test
        void anOmittedCountyIsRefusedAtLineZero() {
            assertEquals(List.of(new RegistryError(0, AUTHORITY_OMITTED, List.of(LONGHUA, "COUNTY", "龙华区教育局"))),
                    RegistryValidator.validate(without(LONGHUA, LONGHUA_PRIMARY), current(hainan())));
        }

        @Test
        void eachOmittedAuthorityIsReportedInCodeOrderBeforeTheLineErrors() {
            List<RegistryRow> file = plus(without(SANYA, HAITANG, HAITANG_PRIMARY), school(XIUYING_PRIMARY, "重复", XIUYING));

            assertEquals(List.of(
                    new RegistryError(0, AUTHORITY_OMITTED, List.of(SANYA, "PREFECTURE", "三亚市教育局")),
                    new RegistryError(0, AUTHORITY_OMITTED, List.of(HAITANG, "COUNTY", "海棠区教育局")),
                    new RegistryError(10, DUPLICATE_CODE, List.of(XIUYING_PRIMARY, "7"))),
                    RegistryValidator.validate(file, current(hainan())));
        }

        @Test
        void anOmittedProvinceAndMoeAreAuthoritiesToo() {
            List<RegistryError> errors = RegistryValidator.validate(without(MOE), current(hainan()));

            assertEquals(new RegistryError(0, AUTHORITY_OMITTED, List.of(MOE, "MOE", "教育部")), errors.get(0));
            assertTrue(errors.contains(new RegistryError(2, PARENT_UNKNOWN, List.of(MOE))), errors.toString());
            assertEquals(new RegistryError(0, AUTHORITY_OMITTED, List.of(HAINAN, "PROVINCE", "海南省教育厅")),
                    RegistryValidator.validate(numbered(hainan().subList(0, 1)), current(hainan())).get(0));
        }

        @Test
        void omittedSchoolsTeachingPointsAndHeisAreNoError() {
            assertEquals(List.of(), RegistryValidator.validate(without(XIUYING_PRIMARY, HAITANG_PRIMARY, HAINAN_UNIVERSITY),
                    current(hainan())));
        }

        @Test
        void aClosedOrMergedAuthorityMayBeOmitted() {
            List<RegistryRow> held = with(with(with(hainan(), status(find(hainan(), SANYA), OrgStatus.MERGED, HAIKOU)),
                    status(find(hainan(), HAITANG), OrgStatus.CLOSED, null)), status(find(hainan(), HAITANG_PRIMARY), OrgStatus.CLOSED, null));

            assertEquals(List.of(), RegistryValidator.validate(without(SANYA, HAITANG, HAITANG_PRIMARY), current(held)));
        }

        @Test
        void nothingIsOmittedFromAnEmptySystem() {
            assertEquals(List.of(), RegistryValidator.validate(without(XIUYING_PRIMARY), Map.of()));
        }
    }

    @Test
    void errorsComeInLineOrder() {
        List<RegistryRow> rows = plus(with(hainan(), moved(find(hainan(), HAITANG_PRIMARY), "469999")),
                school(XIUYING_PRIMARY, "重复", XIUYING));

        List<Integer> lines = validate(rows).stream().map(RegistryError::line).toList();

        assertEquals(List.of(11, 13), lines);
    }
}
