package cn.eduinfo.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.shared.DomainException;

class CatalogueVersionTest {

    private final Catalogue catalogue = Catalogue.of(List.of(Fixtures.classrooms(1, "2026Q1")));

    @Test
    void aNewVersionFromAQuarterLeavesEarlierQuartersOnTheOldOne() {
        Catalogue next = catalogue.newVersion(FormKind.SCHOOL, Quarter.parse("2026Q3"),
                FormChanges.none().add(Fixtures.typed("C5", IndicatorType.INTEGER, false)).retire("C3").retireRule("R2"));
        assertEquals(1, next.versionFor(FormKind.SCHOOL, Quarter.parse("2026Q1")).number());
        assertEquals(1, next.versionFor(FormKind.SCHOOL, Quarter.parse("2026Q2")).number());
        FormVersion v2 = next.versionFor(FormKind.SCHOOL, Quarter.parse("2026Q3"));
        assertEquals(2, v2.number());
        assertEquals(2, next.versionFor(FormKind.SCHOOL, Quarter.parse("2030Q4")).number());
        assertTrue(v2.indicator("C5").isPresent() && v2.indicator("C3").isEmpty());
        assertTrue(next.version(FormKind.SCHOOL, 1).indicator("C3").isPresent(), "version 1 is untouched");
        assertEquals(1, catalogue.versions(FormKind.SCHOOL).size(), "the catalogue itself is immutable");
    }

    @Test
    void aChangedIndicatorKeepsItsCodeAndPlace() {
        Indicator wider = Fixtures.bounded("C3", IndicatorType.DECIMAL, null, "9");
        FormVersion v2 = catalogue.newVersion(FormKind.SCHOOL, Quarter.parse("2026Q2"), FormChanges.none().change(wider))
                .latest(FormKind.SCHOOL);
        assertEquals(2, v2.indicators().indexOf(wider));
    }

    @Test
    void aNewVersionCannotStartAtOrBeforeTheLatestStartNorAtAQuarterWithData() {
        assertEquals("form.version.notAfterLatest", assertThrows(DomainException.class,
                () -> catalogue.newVersion(FormKind.SCHOOL, Quarter.parse("2026Q1"), FormChanges.none())).key());
        assertEquals("form.version.notAfterLatest", assertThrows(DomainException.class,
                () -> catalogue.newVersion(FormKind.SCHOOL, Quarter.parse("2025Q4"), FormChanges.none())).key());
        assertEquals("form.version.quarterHasData", assertThrows(DomainException.class,
                () -> catalogue.newVersion(FormKind.SCHOOL, Quarter.parse("2026Q2"), FormChanges.none(), Quarter.parse("2026Q2"))).key());
        assertEquals(2, catalogue.newVersion(FormKind.SCHOOL, Quarter.parse("2026Q3"), FormChanges.none(), Quarter.parse("2026Q2"))
                .latest(FormKind.SCHOOL).number());
    }

    @Test
    void aQuarterBeforeTheFirstVersionHasNoForm() {
        assertEquals("form.version.none", assertThrows(DomainException.class,
                () -> catalogue.versionFor(FormKind.SCHOOL, Quarter.parse("2025Q4"))).key());
        assertEquals("form.version.none", assertThrows(DomainException.class,
                () -> catalogue.versionFor(FormKind.HEI, Quarter.parse("2026Q4"))).key());
    }

    @Test
    void retiringAnIndicatorStillUsedByAFormulaOrRuleIsRefused() {
        assertEquals("form.catalogue.unknownOperand", assertThrows(DomainException.class,
                () -> catalogue.newVersion(FormKind.SCHOOL, Quarter.parse("2026Q2"), FormChanges.none().retire("C1"))).key());
        assertEquals("form.catalogue.unknownIndicator", assertThrows(DomainException.class,
                () -> catalogue.newVersion(FormKind.SCHOOL, Quarter.parse("2026Q2"), FormChanges.none().retire("NOPE"))).key());
        assertEquals("form.catalogue.duplicateCode", assertThrows(DomainException.class,
                () -> catalogue.newVersion(FormKind.SCHOOL, Quarter.parse("2026Q2"),
                        FormChanges.none().add(Fixtures.typed("C1", IndicatorType.INTEGER, false)))).key());
    }

    @Test
    void incoherentVersionsAreRefused() {
        Indicator text = Fixtures.typed("TX", IndicatorType.TEXT, false);
        Indicator n = Fixtures.typed("NN", IndicatorType.INTEGER, false);
        assertEquals("form.catalogue.operandNotNumeric", refusal(List.of(text, n, Fixtures.derived("DD", "SUM(TX+NN)", IndicatorType.INTEGER)), List.of()));
        assertEquals("form.catalogue.derivedOfDerived", refusal(List.of(n, Fixtures.derived("DD", "SUM(NN)", IndicatorType.INTEGER),
                Fixtures.derived("EE", "RATIO(DD/NN)", IndicatorType.PERCENTAGE)), List.of()));
        assertEquals("form.catalogue.unknownOperand", refusal(List.of(n), List.of(CrossFieldRule.parse("R", "NN<=MM"))));
        assertEquals("form.catalogue.duplicateCode", refusal(List.of(n, n), List.of()));
        assertEquals("form.catalogue.badFormula", assertThrows(DomainException.class,
                () -> Fixtures.derived("DD", "RATIO(A/B)", IndicatorType.INTEGER)).key());
        assertEquals("form.catalogue.badFormula", assertThrows(DomainException.class, () -> Formula.parse("RATIO(A/B/C)")).key());
        assertEquals("form.catalogue.badRule", assertThrows(DomainException.class, () -> CrossFieldRule.parse("R", "A<B")).key());
    }

    @Test
    void aDerivedIndicatorCannotBeAskedOfAudiencesItsOperandsAreNot() {
        Indicator kindergartenOnly = new Indicator("KG", Section.MIS, "幼儿园", "Kindergarten", "", IndicatorType.INTEGER, null, null,
                false, List.of(), null, java.util.Set.of(Audience.KINDERGARTEN), "", "");
        assertEquals("form.catalogue.operandNotAsked",
                refusal(List.of(kindergartenOnly, Fixtures.derived("DD", "SUM(KG)", IndicatorType.INTEGER)), List.of()));
    }

    private static String refusal(List<Indicator> indicators, List<CrossFieldRule> rules) {
        return assertThrows(DomainException.class,
                () -> new FormVersion(FormKind.SCHOOL, 1, Quarter.parse("2026Q1"), indicators, rules)).key();
    }
}
