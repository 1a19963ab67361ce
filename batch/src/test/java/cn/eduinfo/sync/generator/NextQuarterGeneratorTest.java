package cn.eduinfo.sync.generator;

import static cn.eduinfo.sync.generator.RegistryTestSupport.byCode;
import static cn.eduinfo.sync.generator.RegistryTestSupport.bytes;
import static cn.eduinfo.sync.generator.RegistryTestSupport.read;
import static cn.eduinfo.sync.generator.RegistryTestSupport.run;
import static cn.eduinfo.sync.generator.RegistryTestSupport.unlined;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.eduinfo.org.OrgCodes;
import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.OrgStatus;
import cn.eduinfo.sync.Change;
import cn.eduinfo.sync.ChangeSet;
import cn.eduinfo.sync.ChangeType;
import cn.eduinfo.sync.OrgSnapshot;
import cn.eduinfo.sync.RegistryFile;
import cn.eduinfo.sync.RegistryRow;
import cn.eduinfo.sync.RegistryValidator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The next quarter (seed 7) of one national file (seed 42, the default 360,000 schools), both generated once
 * for all tests. The national file itself is checked in {@link RegistryGeneratorTest}.
 */
class NextQuarterGeneratorTest {

    private static final LocalDate DATE = LocalDate.of(2026, 10, 1);
    private static final LocalDate NEXT_DATE = LocalDate.of(2027, 1, 1);

    @TempDir
    static Path dir;

    private static RegistryFile.Parsed national;
    private static Map<String, RegistryRow> nationalByCode;
    private static RegistryFile.Parsed next;
    private static Map<String, RegistryRow> nextByCode;

    @BeforeAll
    static void generate() throws IOException {
        Path nationalFile = dir.resolve("national.csv");
        assertEquals(0, run("national", "--seed", "42", "--out", nationalFile.toString()));
        national = read(nationalFile);
        nationalByCode = byCode(national.rows());
        Path nextFile = dir.resolve("next.csv");
        assertEquals(0, run("next", "--in", nationalFile.toString(), "--out", nextFile.toString(), "--seed", "7"));
        next = read(nextFile);
        nextByCode = byCode(next.rows());
    }

    @Test
    void nextFileReadsBackWithoutErrorsAndKeepsEveryCode() {
        assertEquals(List.of(), next.errors());
        Set<String> codes = new HashSet<>();
        for (RegistryRow r : next.rows()) {
            assertTrue(codes.add(r.code()), "duplicate " + r.code());
            if (r.parent() != null) {
                assertTrue(nextByCode.containsKey(r.parent()), "parent of " + r.code());
            }
        }
        for (RegistryRow old : national.rows()) {
            RegistryRow now = nextByCode.get(old.code());
            assertNotNull(now, "a full snapshot keeps " + old.code());
            assertEquals(old.kind(), now.kind(), old.code());
            assertEquals(old.category(), now.category(), old.code());
            if (old.kind() != OrgKind.SCHOOL && old.kind() != OrgKind.TEACHING_POINT) {
                assertEquals(unlined(old), unlined(now), "authorities and HEIs stay: " + old.code());
            }
        }
    }

    @Test
    void nextChangesMatchTheShares() {
        int active = (int) national.rows().stream().filter(r -> r.status() == OrgStatus.ACTIVE
                && (r.kind() == OrgKind.SCHOOL || r.kind() == OrgKind.TEACHING_POINT)).count();
        Changes c = classify(national.rows(), next.rows());
        NextQuarterGenerator.Shares s = NextQuarterGenerator.Shares.DEFAULT;
        assertAbout(active * s.adds(), c.adds, "adds");
        assertAbout(active * s.renames(), c.renames, "renames");
        assertAbout(active * s.mergers(), c.mergers, "mergers");
        assertAbout(active * s.closures(), c.closures, "closures");
        assertAbout(active * s.categoryChanges(), c.categoryChanges, "category changes");
        assertAbout(active * s.moves(), c.moves, "moves");
        assertTrue(next.rows().stream().filter(r -> !nationalByCode.containsKey(r.code()) || r.status() != OrgStatus.ACTIVE)
                .allMatch(r -> r.effective().equals(NEXT_DATE)), "new and voided rows take effect on the next quarter");
    }

    /** A unit the next file left out would be closed by omission: its closures must all be the CLOSED rows it writes. */
    @Test
    void theSyncOfTheNextFileClosesNothingByOmission() {
        Map<String, OrgSnapshot> held = new HashMap<>();
        for (RegistryRow r : national.rows()) {
            held.put(r.code(), new OrgSnapshot(r.code(), r.name(), r.kind(), r.category(), r.division(), r.parent(), r.status(), r.successor()));
        }

        List<Change> changes = ChangeSet.compute(next.rows(), held);

        assertEquals(List.of(), RegistryValidator.validate(next.rows(), held));
        assertTrue(changes.stream().noneMatch(c -> c.reason() != null), "closed by omission");
        Changes c = classify(national.rows(), next.rows());
        assertEquals(c.closures + c.categoryChanges, changes.stream().filter(ch -> ch.type() == ChangeType.CLOSE).count());
    }

    @Test
    void newCodesNeverReuseAPreviousCode() {
        Map<String, Integer> max = new HashMap<>();
        for (RegistryRow r : national.rows()) {
            if (!r.kind().isAuthority()) {
                max.merge(r.code().substring(0, 4), Integer.parseInt(r.code().substring(4)), Math::max);
            }
        }
        List<RegistryRow> fresh = next.rows().stream().filter(r -> !nationalByCode.containsKey(r.code())).toList();
        assertFalse(fresh.isEmpty());
        for (RegistryRow r : fresh) {
            assertTrue(Integer.parseInt(r.code().substring(4)) > max.getOrDefault(r.code().substring(0, 4), 0), r.code());
            assertEquals(OrgStatus.ACTIVE, r.status());
            assertTrue(OrgCodes.isSchoolCode(r.code()));
            assertEquals(r.category().code(), r.code().substring(0, 2));
        }
    }

    @Test
    void mergerSuccessorsExistAndAreActiveInTheSameCounty() {
        List<RegistryRow> merged = next.rows().stream().filter(r -> r.status() == OrgStatus.MERGED).toList();
        assertFalse(merged.isEmpty());
        for (RegistryRow r : merged) {
            RegistryRow successor = nextByCode.get(r.successor());
            assertNotNull(successor, r.code());
            assertEquals(OrgStatus.ACTIVE, successor.status(), r.code());
            assertEquals(r.parent(), successor.parent(), r.code());
            assertTrue(successor.kind() == OrgKind.SCHOOL || successor.kind() == OrgKind.TEACHING_POINT);
        }
    }

    @Test
    void categoryChangesCloseTheOldCodeAndOpenANewOne() {
        Changes c = classify(national.rows(), next.rows());
        assertFalse(c.categoryChangePairs.isEmpty());
        for (RegistryRow[] pair : c.categoryChangePairs) {
            RegistryRow old = nextByCode.get(pair[0].code());
            RegistryRow fresh = pair[1];
            assertEquals(OrgStatus.CLOSED, old.status());
            assertEquals(OrgStatus.ACTIVE, fresh.status());
            assertEquals(old.name(), fresh.name());
            assertEquals(old.parent(), fresh.parent());
            assertFalse(old.category() == fresh.category());
            assertEquals(fresh.category().code(), fresh.code().substring(0, 2));
        }
    }

    @Test
    void movesStayWithinThePrefectureOrProvince() {
        for (RegistryRow now : next.rows()) {
            RegistryRow old = nationalByCode.get(now.code());
            if (old == null || old.parent() == null || old.parent().equals(now.parent())) {
                continue;
            }
            RegistryRow from = nationalByCode.get(old.parent());
            RegistryRow to = nationalByCode.get(now.parent());
            String group = from.kind() == OrgKind.COUNTY ? from.parent() : from.code();
            assertTrue(to.kind() == OrgKind.COUNTY && to.parent().equals(group) || to.kind() == OrgKind.PROVINCE,
                    now.code() + " moved from " + from.code() + " to " + to.code());
            assertEquals(old.division(), now.division());
        }
    }

    @Test
    void historyIsKept() {
        NextQuarterGenerator.Result after = NextQuarterGenerator.generate(next.rows(), 8, NextQuarterGenerator.Shares.DEFAULT, NEXT_DATE.plusMonths(3));
        Map<String, RegistryRow> byCode = byCode(after.rows());
        long voided = 0;
        for (RegistryRow r : next.rows()) {
            if (r.status() != OrgStatus.ACTIVE) {
                voided++;
                assertEquals(unlined(r), unlined(byCode.get(r.code())), "voided rows stay as they are: " + r.code());
            }
        }
        assertTrue(voided > 1_000, "voided rows: " + voided);
    }

    @Test
    void nextIsDeterministic() throws IOException {
        List<RegistryRow> small = NationalGenerator.generate(5, 20_000, DATE);
        NextQuarterGenerator.Shares shares = new NextQuarterGenerator.Shares(0.05, 0.05, 0.05, 0.05, 0.05, 0.05);
        NextQuarterGenerator.Result a = NextQuarterGenerator.generate(small, 9, shares, NEXT_DATE);
        NextQuarterGenerator.Result b = NextQuarterGenerator.generate(small, 9, shares, NEXT_DATE);
        NextQuarterGenerator.Result c = NextQuarterGenerator.generate(small, 10, shares, NEXT_DATE);
        assertArrayEquals(bytes(a.rows()), bytes(b.rows()));
        assertFalse(java.util.Arrays.equals(bytes(a.rows()), bytes(c.rows())));
        assertEquals(a.changes(), b.changes());
        assertEquals(1_000, a.changes().get(NextQuarterGenerator.Change.ADD));
    }

    // ---- helpers ----

    private static final class Changes {
        int adds;
        int renames;
        int mergers;
        int closures;
        int categoryChanges;
        int moves;
        final List<RegistryRow[]> categoryChangePairs = new ArrayList<>();
    }

    /** What changed, as the sync would see it: a category change is a closure plus a new code of the same name and parent. */
    private static Changes classify(List<RegistryRow> before, List<RegistryRow> after) {
        Map<String, RegistryRow> old = byCode(before);
        Map<String, RegistryRow> closedNow = new HashMap<>();
        Changes c = new Changes();
        for (RegistryRow r : after) {
            RegistryRow o = old.get(r.code());
            if (o == null || o.status() != OrgStatus.ACTIVE) {
                continue;
            }
            if (r.status() == OrgStatus.MERGED) {
                c.mergers++;
            } else if (r.status() == OrgStatus.CLOSED) {
                closedNow.put(r.parent() + "|" + r.name(), r);
            }
            if (!r.name().equals(o.name())) {
                c.renames++;
            }
            if (!java.util.Objects.equals(r.parent(), o.parent())) {
                c.moves++;
            }
        }
        int closedCount = closedNow.size();
        for (RegistryRow r : after) {
            if (old.containsKey(r.code())) {
                continue;
            }
            RegistryRow closed = closedNow.get(r.parent() + "|" + r.name());
            if (closed != null && closed.category() != r.category()) {
                c.categoryChanges++;
                c.categoryChangePairs.add(new RegistryRow[]{closed, r});
            } else {
                c.adds++;
            }
        }
        c.closures = closedCount - c.categoryChanges;
        return c;
    }

    private static void assertAbout(double expected, int actual, String what) {
        assertTrue(actual >= expected * 0.8 && actual <= expected * 1.2, what + ": " + actual + ", expected about " + expected);
    }
}
