package cn.eduinfo.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.eduinfo.shared.DomainException;

class CatalogueCsvTest {

    private static final String HEADER = String.join(",", CatalogueCsv.INDICATOR_COLUMNS) + "\n";

    @Test
    void aVersionWithAwkwardTextRoundTrips() {
        Indicator awkward = new Indicator("X1", Section.MIS, "名称，含逗号", "Name, with \"quotes\"", "万元", IndicatorType.CHOICE,
                null, null, true, List.of(new Choice("A", "甲", "First"), new Choice("B", "乙", "Second")), null,
                java.util.Set.of(Audience.PRIMARY, Audience.TEACHING_POINT), "说明\n第二行", "");
        FormVersion v = new FormVersion(FormKind.SCHOOL, 3, cn.eduinfo.reporting.Quarter.parse("2027Q2"), List.of(awkward), List.of());
        assertEquals(v, FormVersion.fromCsv(v.toCsv()));
    }

    @Test
    void audiencesAcceptAllButAndNamedLists() {
        String csv = HEADER + "SCHOOL,X1,MIS,名,Name,,INTEGER,,,,,,*|!KINDERGARTEN|!TEACHING_POINT,,\n"
                + "SCHOOL,X2,MIS,名,Name,,INTEGER,,,,,,PRIMARY|JUNIOR_SECONDARY,,\n";
        List<Indicator> read = CatalogueCsv.readIndicators(csv).get(FormKind.SCHOOL);
        assertEquals(6, read.get(0).audiences().size());
        assertEquals(java.util.Set.of(Audience.PRIMARY, Audience.JUNIOR_SECONDARY), read.get(1).audiences());
    }

    @Test
    void badRowsAreRefusedWithTheirLine() {
        DomainException e = assertThrows(DomainException.class,
                () -> CatalogueCsv.readIndicators(HEADER + "SCHOOL,X1,MIS,名,Name,,NUMBER,,,,,,*,,\n"));
        assertEquals("form.catalogue.badField", e.key());
        assertEquals(List.of(2, "type"), e.args());
        assertEquals("form.catalogue.badRow", assertThrows(DomainException.class,
                () -> CatalogueCsv.readIndicators(HEADER + "SCHOOL,X1,MIS\n")).key());
        assertEquals("form.catalogue.badHeader", assertThrows(DomainException.class,
                () -> CatalogueCsv.readIndicators("code,name\n")).key());
        assertEquals("form.catalogue.badField", assertThrows(DomainException.class,
                () -> CatalogueCsv.readIndicators(HEADER + "SCHOOL,X1,MIS,名,Name,,INTEGER,abc,,,,,*,,\n")).key());
        assertEquals("form.catalogue.badField", assertThrows(DomainException.class,
                () -> CatalogueCsv.readIndicators(HEADER + "SCHOOL,X1,MIS,名,Name,,INTEGER,,,,,,REGULAR_HEI|NOBODY,,\n")).key());
        assertEquals("form.catalogue.notAVersion", assertThrows(DomainException.class, () -> FormVersion.fromCsv(HEADER)).key());
    }
}
