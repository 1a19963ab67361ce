package cn.eduinfo.sync;

import static cn.eduinfo.sync.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.eduinfo.org.OrgStatus;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A snapshot read against the last one applied gives what a full read gives (the same errors, the
 * same changes) while parsing only what differs, and needs from the tree only the units it names.
 */
class SnapshotDeltaTest {

    /** A county's worth of schools under 秀英区, so that a few changed lines are a small share. */
    static final List<RegistryRow> APPLIED = numbered(withSchools(hainan(), 40));
    static final String REFERENCE = csv(APPLIED);
    static final Map<String, OrgSnapshot> TREE = current(APPLIED);

    static List<RegistryRow> withSchools(List<RegistryRow> rows, int count) {
        List<RegistryRow> all = new ArrayList<>(rows);
        IntStream.rangeClosed(1, count).forEach(i -> all.add(school(String.format("21460001%02d", i), "秀英区第" + i + "小学", XIUYING)));
        return all;
    }

    /** Both reads of the file; the incremental one sees only the tree's authorities and the units it asks for. */
    static SnapshotDelta.Read sameAsFullRead(String next, Map<String, OrgSnapshot> tree, Set<String> alsoCheck) {
        RegistryFile.Parsed full = parse(next.getBytes(StandardCharsets.UTF_8));
        List<RegistryError> fullErrors = new ArrayList<>(full.errors());
        if (fullErrors.isEmpty()) {
            fullErrors.addAll(RegistryValidator.validate(full.rows(), tree));
        }

        SnapshotDelta.Read read = SnapshotDelta.read(next.getBytes(StandardCharsets.UTF_8), REFERENCE.getBytes(StandardCharsets.UTF_8),
                alsoCheck).orElseThrow(() -> new AssertionError("read in full"));
        Map<String, OrgSnapshot> loaded = tree.values().stream()
                .filter(u -> u.kind().isAuthority() || read.units().contains(u.code()))
                .collect(Collectors.toMap(OrgSnapshot::code, u -> u, (a, b) -> a, LinkedHashMap::new));
        List<RegistryError> errors = new ArrayList<>(read.errors());
        if (errors.isEmpty()) {
            errors.addAll(RegistryValidator.validate(read.rows(), read.whole(), loaded));
        }
        assertEquals(fullErrors, errors);
        assertEquals(full.rows().size(), read.rowCount());
        if (errors.isEmpty()) {
            assertEquals(ChangeSet.compute(full.rows(), tree), ChangeSet.compute(read.rows(), read.whole(), loaded));
        }
        return read;
    }

    static RegistryFile.Parsed parse(byte[] bytes) {
        try {
            return RegistryFile.read(new java.io.ByteArrayInputStream(bytes), null);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static String file(List<RegistryRow> rows) {
        return csv(numbered(rows));
    }

    static List<String> codes(SnapshotDelta.Read read) {
        return read.rows().stream().map(RegistryRow::code).toList();
    }

    @Test
    void theSameFileParsesNothing() {
        SnapshotDelta.Read read = sameAsFullRead(REFERENCE, TREE, Set.of());
        assertEquals(List.of(), read.rows());
        assertEquals(APPLIED.size(), read.rowCount());
    }

    @Test
    void aRenameParsesItsLineAlone() {
        String next = file(with(APPLIED, renamed(find(APPLIED, "2146000105"), "秀英区实验小学")));
        assertEquals(List.of("2146000105"), codes(sameAsFullRead(next, TREE, Set.of())));
    }

    @Test
    void additionsClosuresMergersAndOmissionsComeOutAsInAFullRead() {
        List<RegistryRow> rows = new ArrayList<>(APPLIED);
        rows.removeIf(r -> r.code().equals("2146000107"));
        rows = with(rows, status(find(rows, "2146000102"), OrgStatus.CLOSED, null));
        rows = with(rows, status(find(rows, "2146000103"), OrgStatus.MERGED, "2146000104"));
        rows.add(school("2146000199", "秀英区新建小学", XIUYING));
        SnapshotDelta.Read read = sameAsFullRead(file(rows), TREE, Set.of());
        assertTrue(read.units().contains("2146000107"), "a unit the file no longer lists is read from the tree");
    }

    @Test
    void aNewParentOfALineProposesTheSameMoveWithTheSameProposer() {
        String next = file(with(APPLIED, moved(find(APPLIED, "2146000110"), HAITANG)));
        sameAsFullRead(next, TREE, Set.of());
    }

    @Test
    void aUnitMovedByHandIsComparedAgainThoughItsLineIsTheSame() {
        Map<String, OrgSnapshot> tree = new LinkedHashMap<>(TREE);
        tree.put("2146000111", snapshot(moved(find(APPLIED, "2146000111"), LONGHUA)));
        SnapshotDelta.Read read = sameAsFullRead(REFERENCE, tree, Set.of("2146000111"));
        assertEquals(List.of("2146000111"), codes(read));
    }

    @Test
    void aClosedAuthorityRechecksTheLinesUnderIt() {
        // 秀英区 closed while its 41 schools stay active: each of them is refused, as a full read refuses them.
        String next = file(with(APPLIED, status(find(APPLIED, XIUYING), OrgStatus.CLOSED, null)));
        SnapshotDelta.Read read = sameAsFullRead(next, TREE, Set.of());
        assertEquals(42, read.rows().size());
    }

    @Test
    void aParentThatIsNoLongerListedLeavesItsUnitsUnknown() {
        List<RegistryRow> rows = new ArrayList<>(APPLIED);
        rows.removeIf(r -> r.code().equals(HAITANG));
        sameAsFullRead(file(rows), TREE, Set.of());
    }

    @Test
    void aCycleThroughOneChangedLineIsReportedAsAFullReadReportsIt() {
        String next = file(with(APPLIED, moved(find(APPLIED, HAIKOU), XIUYING)));
        sameAsFullRead(next, TREE, Set.of());
    }

    @Test
    void duplicatesAndBrokenLinesAndTrailersAreReportedAlike() {
        List<RegistryRow> rows = new ArrayList<>(APPLIED);
        rows.add(find(APPLIED, "2146000120"));
        sameAsFullRead(file(rows), TREE, Set.of());
        sameAsFullRead(REFERENCE.replace("秀英区第5小学,SCHOOL", "秀英区第5小学,SCHOOL,extra"), TREE, Set.of());
        sameAsFullRead(REFERENCE.replaceFirst("END,\\d+", "END,7"), TREE, Set.of());
        sameAsFullRead(REFERENCE.replaceFirst("END,\\d+\n", ""), TREE, Set.of());
        sameAsFullRead(REFERENCE.replaceFirst("code,name", "code,nom"), TREE, Set.of());
        sameAsFullRead("", TREE, Set.of());
    }

    @Test
    void blankLinesQuotedNamesAndAByteOrderMarkSplitAsCsvSplitsThem() {
        String quoted = REFERENCE.replace("秀英区第9小学", "\"秀英区第9小学,\n\"\"分校\"\"\"");
        SnapshotDelta.Read read = sameAsFullRead("\uFEFF" + quoted.replace("\n2146000112", "\n\n  \n2146000112"), TREE, Set.of());
        assertEquals(List.of("2146000109"), codes(read), "only the line whose bytes changed");
    }

    @Test
    void aFileInAnotherEncodingOrMostlyChangedIsReadInFull() {
        byte[] gbk = REFERENCE.replace("秀英区第5小学", "秀英区第五小学").getBytes(Charset.forName("GBK"));
        assertEquals(Optional.empty(), SnapshotDelta.read(gbk, REFERENCE.getBytes(StandardCharsets.UTF_8), Set.of()));
        List<RegistryRow> renamed = APPLIED.stream().map(r -> r.kind().isAuthority() ? r : renamed(r, r.name() + "（新）")).toList();
        assertFalse(SnapshotDelta.read(file(renamed).getBytes(StandardCharsets.UTF_8), REFERENCE.getBytes(StandardCharsets.UTF_8),
                Set.of()).isPresent());
    }

    @Test
    void aReferenceInAnotherEncodingIsNoReference() {
        byte[] gbk = REFERENCE.replace("秀英区第5小学", "秀英区第五小学").getBytes(Charset.forName("GBK"));
        assertEquals(Optional.empty(), SnapshotDelta.read(REFERENCE.getBytes(StandardCharsets.UTF_8), gbk, Set.of()));
    }

    @Test
    void aMatchedFileIsReadOnceAndItsReferenceIndexedOnce() {
        SnapshotDelta.Scan reference = SnapshotDelta.scan(REFERENCE.getBytes(StandardCharsets.UTF_8)).asReference();
        assertSame(reference, reference.asReference());
        String next = REFERENCE.replace("秀英区第5小学", "秀英区第五小学");
        SnapshotDelta.Matched matched = SnapshotDelta.match(SnapshotDelta.scan(next.getBytes(StandardCharsets.UTF_8)), reference).orElseThrow();
        List<String> expected = codes(sameAsFullRead(next, TREE, Set.of()));
        assertEquals(expected, codes(matched.read(Set.of())));
        assertThrows(IllegalStateException.class, () -> matched.read(Set.of()), "its lines were marked by the first read");
        SnapshotDelta.Matched again = SnapshotDelta.match(SnapshotDelta.scan(next.getBytes(StandardCharsets.UTF_8)), reference).orElseThrow();
        assertEquals(expected, codes(again.read(Set.of())), "a second file matched against the same indexed reference");
    }
}
