package cn.eduinfo.sync.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.OrgStatus;
import cn.eduinfo.sync.Change;
import cn.eduinfo.sync.ChangeSet;
import cn.eduinfo.sync.OrgSnapshot;
import cn.eduinfo.sync.RegistryError;
import cn.eduinfo.sync.RegistryFile;
import cn.eduinfo.sync.RegistryRow;
import cn.eduinfo.sync.RegistryValidator;
import cn.eduinfo.sync.SnapshotDelta;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On generated national snapshots (30,000 schools), reading next quarter's file against this quarter's
 * gives exactly the errors and the change set of a full read, with only the changed part of the file
 * parsed and of the tree loaded: the rule that lets a quarterly delta cost what it changes.
 */
class SnapshotDeltaEquivalenceTest {

    private static final LocalDate DATE = LocalDate.of(2026, 10, 1);

    private static List<RegistryRow> applied;
    private static byte[] reference;
    private static Map<String, OrgSnapshot> tree;

    @BeforeAll
    static void applyAQuarter() {
        applied = NationalGenerator.generate(11, 30_000, DATE);
        reference = bytes(applied);
        tree = new LinkedHashMap<>();
        applied.forEach(r -> tree.put(r.code(), new OrgSnapshot(r.code(), r.name(), r.kind(), r.category(), r.division(), r.parent(),
                r.status(), r.successor())));
    }

    @Test
    void nextQuartersReadAgainstThisOneChangeWhatAFullReadChanges() {
        for (long seed = 1; seed <= 3; seed++) {
            List<RegistryRow> next = NextQuarterGenerator.generate(applied, seed, new NextQuarterGenerator.Shares(0.01, 0.01, 0.004,
                    0.004, 0.002, 0.004), DATE.plusMonths(3)).rows();
            SnapshotDelta.Read read = sameAsFullRead(bytes(next), tree, Set.of());
            assertTrue(read.rows().size() < next.size() / 10, "parsed " + read.rows().size() + " of " + next.size());
        }
    }

    @Test
    void aSchoolMovedByHandIsComparedAgainAndProposedBackAsInAFullRead() {
        RegistryRow school = applied.stream().filter(r -> r.kind() == OrgKind.SCHOOL).findFirst().orElseThrow();
        String otherCounty = applied.stream().filter(r -> r.kind() == OrgKind.COUNTY && !r.code().equals(school.parent()))
                .findFirst().orElseThrow().code();
        Map<String, OrgSnapshot> moved = new LinkedHashMap<>(tree);
        OrgSnapshot s = moved.get(school.code());
        moved.put(school.code(), new OrgSnapshot(s.code(), s.name(), s.kind(), s.category(), s.division(), otherCounty, s.status(), null));

        SnapshotDelta.Read read = sameAsFullRead(reference, moved, Set.of(school.code()));
        assertEquals(List.of(school.code()), read.rows().stream().map(RegistryRow::code).toList());
    }

    @Test
    void aCountyClosedUnderItsActiveSchoolsIsRefusedLineByLineAsInAFullRead() {
        String county = applied.stream().filter(r -> r.kind() == OrgKind.COUNTY).skip(5).findFirst().orElseThrow().code();
        List<RegistryRow> next = applied.stream().map(r -> !r.code().equals(county) ? r : new RegistryRow(r.line(), r.code(), r.name(),
                r.kind(), r.category(), r.division(), r.parent(), OrgStatus.CLOSED, null, r.effective())).toList();
        SnapshotDelta.Read read = sameAsFullRead(bytes(next), tree, Set.of());
        assertFalse(read.rows().size() < 2, "the county's schools are checked again");
    }

    /** Both reads; the one against the reference sees only the authorities and the units it asks for. */
    private static SnapshotDelta.Read sameAsFullRead(byte[] next, Map<String, OrgSnapshot> tree, Set<String> alsoCheck) {
        RegistryFile.Parsed full = read(next);
        List<RegistryError> fullErrors = new ArrayList<>(full.errors());
        if (fullErrors.isEmpty()) {
            fullErrors.addAll(RegistryValidator.validate(full.rows(), tree));
        }
        SnapshotDelta.Read read = SnapshotDelta.read(next, reference, alsoCheck).orElseThrow(() -> new AssertionError("read in full"));
        Map<String, OrgSnapshot> loaded = tree.values().stream()
                .filter(u -> u.kind().isAuthority() || read.units().contains(u.code()))
                .collect(Collectors.toMap(OrgSnapshot::code, u -> u, (a, b) -> a, HashMap::new));
        List<RegistryError> errors = new ArrayList<>(read.errors());
        if (errors.isEmpty()) {
            errors.addAll(RegistryValidator.validate(read.rows(), read.whole(), loaded));
        }
        assertEquals(fullErrors, errors);
        if (errors.isEmpty()) {
            List<Change> changes = ChangeSet.compute(full.rows(), tree);
            assertEquals(changes, ChangeSet.compute(read.rows(), read.whole(), loaded));
        }
        return read;
    }

    private static byte[] bytes(List<RegistryRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            RegistryFile.write(rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static RegistryFile.Parsed read(byte[] bytes) {
        try {
            return RegistryFile.read(new ByteArrayInputStream(bytes), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
