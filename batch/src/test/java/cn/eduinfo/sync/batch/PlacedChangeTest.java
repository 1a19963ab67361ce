package cn.eduinfo.sync.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.OrgStatus;
import cn.eduinfo.org.Placement;
import cn.eduinfo.org.Tier;
import cn.eduinfo.sync.Change;
import cn.eduinfo.sync.ChangeSet;
import cn.eduinfo.sync.OrgSnapshot;
import cn.eduinfo.sync.RegistryRow;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** New units are placed under their parents, from the tree or added before them, as the domain's Placement places them. */
class PlacedChangeTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);
    private static final Placement MOE_PLACE = Placement.under(null, "000000", OrgKind.MOE, false);

    private static RegistryRow row(int line, String code, OrgKind kind, String parent) {
        return new RegistryRow(line, code, kind + " " + code, kind, null, "110101", parent, OrgStatus.ACTIVE, null, DAY);
    }

    /** The tree of a new installation: the MoE alone, id 1. */
    private static CurrentTree moeOnly() {
        OrgSnapshot moe = new OrgSnapshot("000000", "教育部", OrgKind.MOE, null, "000000", null, OrgStatus.ACTIVE, null);
        return new CurrentTree(new HashMap<>(Map.of("000000", moe)), new HashMap<>(Map.of("000000", 1L)),
                new HashMap<>(Map.of("000000", MOE_PLACE)));
    }

    private static Map<String, PlacedChange> place(List<RegistryRow> rows, CurrentTree tree) {
        List<Change> changes = ChangeSet.compute(rows, tree.units());
        long[] next = {100};
        return PlacedChange.place(changes, tree, () -> next[0]++).stream()
                .collect(Collectors.toMap(p -> p.change().code(), Function.identity()));
    }

    @Test
    void additionsArePlacedUnderTheAuthoritiesAddedBeforeThemWithTheDomainsRule() {
        Map<String, PlacedChange> placed = place(List.of(
                row(2, "1111000001", OrgKind.SCHOOL, "110101"),
                row(3, "110101", OrgKind.COUNTY, "110100"),
                row(4, "110100", OrgKind.PREFECTURE, "110000"),
                row(5, "110000", OrgKind.PROVINCE, "000000"),
                row(6, "4111010001", OrgKind.HEI, "000000")), moeOnly());

        PlacedChange province = placed.get("110000");
        PlacedChange county = placed.get("110101");
        PlacedChange school = placed.get("1111000001");
        assertEquals(1L, province.parentId(), "under the MoE of the tree");
        assertEquals(placed.get("110100").orgId(), county.parentId(), "under the prefecture added before it");
        assertEquals(county.orgId(), school.parentId());
        Placement countyPlace = Placement.under(Placement.under(Placement.under(MOE_PLACE, "110000", OrgKind.PROVINCE, false),
                "110100", OrgKind.PREFECTURE, false), "110101", OrgKind.COUNTY, false);
        assertEquals(Placement.under(countyPlace, "1111000001", OrgKind.SCHOOL, false), school.placement());
        assertEquals("/000000/110000/110100/110101/1111000001/", school.placement().path());
        assertEquals(Tier.COUNTY, school.placement().tier());
        assertTrue(placed.get("4111010001").moeUniversity(), "an HEI straight under the MoE");
        assertEquals(Tier.PROVINCE, placed.get("4111010001").placement().tier());
        assertFalse(school.moeUniversity());
        assertTrue(province.orgId() < county.orgId() && county.orgId() < school.orgId(), "ids drawn in the change set's order: parents first");
    }

    @Test
    void aChangeOtherThanAnAdditionHasNoPlace() {
        CurrentTree tree = moeOnly();
        tree.units().put("110000", new OrgSnapshot("110000", "old name", OrgKind.PROVINCE, null, "110101", "000000", OrgStatus.ACTIVE, null));
        tree.ids().put("110000", 7L);
        tree.authorities().put("110000", Placement.under(MOE_PLACE, "110000", OrgKind.PROVINCE, false));

        PlacedChange renamed = place(List.of(row(2, "110000", OrgKind.PROVINCE, "000000")), tree).get("110000");

        assertFalse(renamed.isAddition());
        assertEquals(7L, renamed.orgId());
        assertNull(renamed.placement());
        assertNull(renamed.parentId());
    }

    @Test
    void anAdditionUnderNoKnownAuthorityIsRefusedRatherThanPlacedAnywhere() {
        List<Change> orphan = ChangeSet.compute(List.of(row(2, "1111000001", OrgKind.SCHOOL, "110101")), moeOnly().units());

        assertThrows(IllegalStateException.class, () -> PlacedChange.place(orphan, moeOnly(), () -> 1));
    }
}
