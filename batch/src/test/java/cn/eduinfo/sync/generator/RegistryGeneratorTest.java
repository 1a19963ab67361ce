package cn.eduinfo.sync.generator;

import static cn.eduinfo.sync.generator.RegistryTestSupport.byCode;
import static cn.eduinfo.sync.generator.RegistryTestSupport.read;
import static cn.eduinfo.sync.generator.RegistryTestSupport.run;
import static cn.eduinfo.sync.generator.RegistryTestSupport.sha256;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.eduinfo.org.OrgCodes;
import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.OrgStatus;
import cn.eduinfo.org.SchoolCategory;
import cn.eduinfo.sync.RegistryFile;
import cn.eduinfo.sync.RegistryRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One national file (seed 42, the default 360,000 schools), generated once for all tests, and the command line.
 * Its next quarter is in {@link NextQuarterGeneratorTest}.
 */
class RegistryGeneratorTest {

    private static final LocalDate DATE = LocalDate.of(2026, 10, 1);

    @TempDir
    static Path dir;

    private static Path nationalFile;
    private static RegistryFile.Parsed national;
    private static Map<String, RegistryRow> nationalByCode;

    @BeforeAll
    static void generate() throws IOException {
        nationalFile = dir.resolve("national.csv");
        assertEquals(0, run("national", "--seed", "42", "--out", nationalFile.toString()));
        national = read(nationalFile);
        nationalByCode = byCode(national.rows());
    }

    @Test
    void nationalFileReadsBackWithoutErrorsAllActive() {
        assertEquals(List.of(), national.errors());
        assertEquals(StandardCharsets.UTF_8, national.charset());
        assertTrue(national.rows().stream().allMatch(r -> r.status() == OrgStatus.ACTIVE && r.effective().equals(DATE)));
        assertTrue(national.rows().stream().allMatch(r -> r.successor() == null));
    }

    @Test
    void nationalScale() {
        long schools = national.rows().stream().filter(r -> r.kind() == OrgKind.SCHOOL || r.kind() == OrgKind.TEACHING_POINT).count();
        long teachingPoints = national.rows().stream().filter(r -> r.kind() == OrgKind.TEACHING_POINT).count();
        assertTrue(schools >= 350_000, "schools and teaching points: " + schools);
        assertEquals(RegistryGenerator.DEFAULT_SCHOOLS, schools);
        assertTrue(teachingPoints > 30_000 && teachingPoints < 100_000, "teaching points: " + teachingPoints);

        List<RegistryRow> heis = national.rows().stream().filter(r -> r.kind() == OrgKind.HEI).toList();
        assertTrue(heis.size() >= 2_600 && heis.size() <= 2_800, "HEIs: " + heis.size());
        List<RegistryRow> moeUniversities = heis.stream().filter(r -> OrgCodes.MOE.equals(r.parent())).toList();
        assertEquals(75, moeUniversities.size());
        assertTrue(moeUniversities.stream().allMatch(r -> r.category() == SchoolCategory.REGULAR_HEI));
        assertTrue(moeUniversities.stream().anyMatch(r -> r.name().equals("北京大学")));
        List<RegistryRow> provincial = heis.stream().filter(r -> !OrgCodes.MOE.equals(r.parent())).toList();
        assertTrue(provincial.stream().allMatch(r -> nationalByCode.get(r.parent()).kind() == OrgKind.PROVINCE));
        assertTrue(provincial.stream().anyMatch(r -> r.category() == SchoolCategory.REGULAR_HEI));
        assertTrue(provincial.stream().anyMatch(r -> r.category() == SchoolCategory.ADULT_HEI));

        assertEquals(1, count(OrgKind.MOE));
        assertEquals(32, count(OrgKind.PROVINCE));
        assertEquals(333, count(OrgKind.PREFECTURE));
        // 2,978 county-level areas minus the four cities that are their own only area.
        assertEquals(2_974, count(OrgKind.COUNTY));
    }

    @Test
    void codesAreValidUniqueAndFitTheirCategory() {
        Set<String> codes = new HashSet<>();
        for (RegistryRow r : national.rows()) {
            assertTrue(codes.add(r.code()), "duplicate " + r.code());
            if (r.kind().isAuthority()) {
                assertTrue(OrgCodes.isDivisionCode(r.code()), r.code());
                assertNull(r.category());
            } else {
                assertTrue(OrgCodes.isSchoolCode(r.code()), r.code());
                assertEquals(r.category().code(), r.code().substring(0, 2));
                assertEquals(r.kind() == OrgKind.HEI, r.category().isHigherEducation(), r.code());
                assertTrue(OrgCodes.isDivisionCode(r.division()), r.division());
            }
        }
        // Province digits of a school: those of its division, or 66 for the XPCC.
        for (RegistryRow r : national.rows()) {
            if (!r.kind().isAuthority() && !r.code().substring(2, 4).equals("66")) {
                assertEquals(r.code().substring(2, 4), r.division().substring(0, 2), r.code());
            }
        }
    }

    @Test
    void everyParentIsAnAuthorityInTheFile() {
        for (RegistryRow r : national.rows()) {
            if (r.kind() == OrgKind.MOE) {
                assertNull(r.parent());
                continue;
            }
            RegistryRow parent = nationalByCode.get(r.parent());
            assertNotNull(parent, "parent of " + r.code());
            assertTrue(parent.kind().isAuthority(), "parent of " + r.code());
            assertTrue(parent.line() < r.line(), "parents come first: " + r.code());
        }
    }

    @Test
    void treeShapes() {
        for (String pp : new String[]{"11", "12", "31", "50"}) {
            List<RegistryRow> counties = national.rows().stream().filter(r -> r.kind() == OrgKind.COUNTY && r.code().startsWith(pp)).toList();
            assertFalse(counties.isEmpty());
            assertTrue(counties.stream().allMatch(r -> r.parent().equals(pp + "0000")), "municipality " + pp);
            assertTrue(national.rows().stream().noneMatch(r -> r.kind() == OrgKind.PREFECTURE && r.code().startsWith(pp)));
        }
        assertEquals("110000", parent("110108"));
        assertEquals("500000", parent("500229"));
        for (String directCounty : new String[]{"469001", "469030", "419001", "429004", "659001"}) {
            assertEquals(directCounty.substring(0, 2) + "0000", parent(directCounty), directCounty);
        }
        assertTrue(national.rows().stream().filter(r -> r.code().startsWith("4690") && r.kind() == OrgKind.COUNTY)
                .allMatch(r -> r.parent().equals("460000")));
        assertFalse(nationalByCode.containsKey("469000"), "a grouping is no authority");
        assertFalse(nationalByCode.containsKey("110100"), "a grouping is no authority");
        assertEquals("460100", parent("460105"));
        assertEquals(OrgKind.PREFECTURE, nationalByCode.get("460400").kind());
        assertEquals("460000", parent("460400"));
        for (String city : new String[]{"460400", "441900", "442000", "620200"}) {
            assertTrue(national.rows().stream().anyMatch(r -> city.equals(r.parent()) && r.kind() == OrgKind.SCHOOL), city + " holds schools");
            assertTrue(national.rows().stream().noneMatch(r -> city.equals(r.parent()) && r.kind() == OrgKind.COUNTY), city + " has no counties");
        }
        assertFalse(nationalByCode.containsKey("620201"));
        RegistryRow xpcc = nationalByCode.get(OrgCodes.XPCC);
        assertEquals(OrgKind.PROVINCE, xpcc.kind());
        assertEquals(OrgCodes.MOE, xpcc.parent());
        assertTrue(national.rows().stream().anyMatch(r -> OrgCodes.XPCC.equals(r.parent()) && r.kind() == OrgKind.SCHOOL));
        assertTrue(national.rows().stream().anyMatch(r -> OrgCodes.XPCC.equals(r.parent()) && r.kind() == OrgKind.HEI));
    }

    @Test
    void directSchoolsAndTeachingPoints() {
        long provinceDirect = national.rows().stream().filter(r -> r.kind() == OrgKind.SCHOOL && r.parent() != null
                && !r.parent().equals(OrgCodes.XPCC) && nationalByCode.get(r.parent()).kind() == OrgKind.PROVINCE).count();
        long prefectureDirect = national.rows().stream().filter(r -> r.kind() == OrgKind.SCHOOL
                && nationalByCode.get(r.parent()).kind() == OrgKind.PREFECTURE && r.division().startsWith(r.parent().substring(0, 4))
                && !Set.of("460400", "441900", "442000", "620200").contains(r.parent())).count();
        assertTrue(provinceDirect >= 31 * 3, "province 直属学校: " + provinceDirect);
        assertTrue(prefectureDirect >= 300 * 2, "prefecture 直属学校: " + prefectureDirect);
        List<RegistryRow> points = national.rows().stream().filter(r -> r.kind() == OrgKind.TEACHING_POINT).toList();
        assertTrue(points.stream().allMatch(r -> r.category() == SchoolCategory.PRIMARY && r.name().endsWith("教学点")));
        // Districts of streets only (东城, 西城, 黄浦, 徐汇) have none; rural counties most of them.
        Set<String> urbanDistricts = Set.of("110101", "110102", "310101", "310104");
        assertEquals(0, points.stream().filter(r -> urbanDistricts.contains(r.division())).count(), "teaching points in urban districts");
        long inCounties = points.stream().filter(r -> nationalByCode.get(r.parent()).kind() == OrgKind.COUNTY
                && nationalByCode.get(r.parent()).name().endsWith("县教育局")).count();
        assertTrue(inCounties > points.size() / 2, "teaching points in 县: " + inCounties + " of " + points.size());
        assertTrue(national.rows().stream().anyMatch(r -> r.name().endsWith("中心小学")));
        assertTrue(national.rows().stream().anyMatch(r -> r.name().endsWith("第一中学")));
        for (SchoolCategory c : new SchoolCategory[]{SchoolCategory.KINDERGARTEN, SchoolCategory.PRIMARY, SchoolCategory.JUNIOR_SECONDARY,
                SchoolCategory.SENIOR_SECONDARY, SchoolCategory.SECONDARY_VOCATIONAL, SchoolCategory.SPECIAL_EDUCATION}) {
            assertTrue(national.rows().stream().anyMatch(r -> r.kind() == OrgKind.SCHOOL && r.category() == c), c.name());
        }
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() throws IOException {
        Path again = dir.resolve("again.csv");
        assertEquals(0, run("national", "--seed", "42", "--out", again.toString()));
        assertArrayEquals(sha256(nationalFile), sha256(again));
        Path small42 = dir.resolve("small42.csv");
        Path small43 = dir.resolve("small43.csv");
        assertEquals(0, run("national", "--seed", "42", "--out", small42.toString(), "--schools", "20000"));
        assertEquals(0, run("national", "--seed", "43", "--out", small43.toString(), "--schools", "20000"));
        assertFalse(java.util.Arrays.equals(sha256(small42), sha256(small43)));
        RegistryFile.Parsed small = read(small43);
        assertEquals(List.of(), small.errors());
        assertEquals(20_000, small.rows().stream().filter(r -> r.kind() == OrgKind.SCHOOL || r.kind() == OrgKind.TEACHING_POINT).count());
    }

    @Test
    void badArgumentsAreRefused() {
        assertEquals(2, run());
        assertEquals(2, run("national", "--out", dir.resolve("x.csv").toString()));
        assertEquals(2, run("national", "--seed", "1", "--out", dir.resolve("x.csv").toString(), "--adds", "0.1"));
        assertEquals(2, run("next", "--seed", "1", "--out", dir.resolve("x.csv").toString()));
        assertEquals(2, run("national", "--seed", "1", "--out", dir.resolve("x.csv").toString(), "--date", "2026-13-01"));
        assertEquals(1, run("next", "--seed", "1", "--in", dir.resolve("missing.csv").toString(), "--out", dir.resolve("x.csv").toString()));
        assertFalse(Files.exists(dir.resolve("x.csv")));
    }

    // ---- helpers ----

    private static long count(OrgKind kind) {
        return national.rows().stream().filter(r -> r.kind() == kind).count();
    }

    private static String parent(String code) {
        RegistryRow r = nationalByCode.get(code);
        assertNotNull(r, code);
        return r.parent();
    }
}
