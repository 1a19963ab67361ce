package cn.eduinfo.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.SchoolCategory;
import cn.eduinfo.reporting.Quarter;

class DefaultCatalogueTest {

    private final Catalogue catalogue = DefaultCatalogue.load();

    @Test
    void threeFormsOfThirtyToAHundredIndicatorsWithCodesUniqueAcrossForms() {
        Set<String> codes = new HashSet<>();
        for (FormKind kind : FormKind.values()) {
            FormVersion v = catalogue.versionFor(kind, Quarter.parse("2026Q3"));
            assertEquals(1, v.number());
            int n = v.indicators().size();
            assertTrue(n >= 30 && n <= 100, kind + " has " + n);
            v.indicators().forEach(i -> assertTrue(codes.add(i.code()), "duplicate " + i.code()));
        }
    }

    @Test
    void everyNameHasChineseAndEnglishAndEverySectionIsFilledForEachAudience() {
        for (FormVersion v : catalogue.all()) {
            for (Indicator i : v.indicators()) {
                assertTrue(i.nameZh().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), i.code());
                assertTrue(i.nameEn().chars().anyMatch(Character::isLetter), i.code());
                assertFalse(i.nameEn().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), i.code());
            }
            for (Audience a : Audience.allOf(v.kind())) {
                v.applicableTo(a).bySection().forEach((s, list) -> assertFalse(list.isEmpty()));
                assertTrue(v.applicableTo(a).indicators().size() >= 25, a + " is asked too little");
            }
        }
    }

    @Test
    void everyFormHasSeveralDerivedIndicatorsOverTypedNumericOnesAndSeveralRules() {
        for (FormVersion v : catalogue.all()) {
            List<Indicator> derived = v.indicators().stream().filter(Indicator::isDerived).toList();
            assertTrue(derived.size() >= 3, v.kind() + " derived");
            assertTrue(v.rules().size() >= 3, v.kind() + " rules");
            for (Indicator d : derived) {
                for (String code : d.formula().operands()) {
                    Indicator operand = v.indicator(code).orElseThrow();
                    assertTrue(operand.type().isNumeric() && !operand.isDerived(), d.code() + " uses " + code);
                }
            }
        }
    }

    @Test
    void theSectionsTheNoticeNamesAreAllThere() {
        Set<Section> seen = new HashSet<>();
        catalogue.all().forEach(v -> seen.addAll(v.bySection().keySet()));
        assertEquals(Set.of(Section.values()), seen);
        Set<Section> hei = catalogue.latest(FormKind.HEI).bySection().keySet();
        assertTrue(hei.containsAll(Set.of(Section.CAMPUS_EGRESS, Section.DATA_CENTRE, Section.ONLINE_COURSES, Section.IT_STAFF)));
        assertFalse(catalogue.latest(FormKind.SCHOOL).bySection().containsKey(Section.DATA_CENTRE));
    }

    @Test
    void applicabilityFollowsKindAndCategory() {
        FormVersion school = catalogue.latest(FormKind.SCHOOL);
        FormVersion kindergarten = school.applicableTo(Audience.of(OrgKind.SCHOOL, SchoolCategory.KINDERGARTEN));
        FormVersion teachingPoint = school.applicableTo(Audience.of(OrgKind.TEACHING_POINT, null));
        assertTrue(kindergarten.indicator("S1003").isPresent());
        assertTrue(kindergarten.indicator("S1001").isEmpty());
        assertTrue(teachingPoint.indicator("S0801").isEmpty());
        assertTrue(teachingPoint.indicator("S0201").isPresent());
        // A rule over a field the audience is not asked is not judged for it.
        assertTrue(kindergarten.rules().stream().noneMatch(r -> r.operands().contains("S0502")));
        FormVersion adultHei = catalogue.latest(FormKind.HEI).applicableTo(Audience.of(OrgKind.HEI, SchoolCategory.ADULT_HEI));
        assertTrue(adultHei.indicator("H1302").isEmpty());
        assertEquals(FormKind.HEI, Audience.of(OrgKind.SCHOOL, SchoolCategory.REGULAR_HEI).form());
        assertEquals(FormKind.AUTHORITY, Audience.of(OrgKind.COUNTY, null).form());
        assertTrue(catalogue.latest(FormKind.AUTHORITY).applicableTo(Audience.MOE).indicator("A0504").isEmpty());
    }

    @Test
    void aVersionSurvivesItsOwnTextFormat() {
        for (FormVersion v : catalogue.all()) {
            assertEquals(v, FormVersion.fromCsv(v.toCsv()));
        }
    }
}
