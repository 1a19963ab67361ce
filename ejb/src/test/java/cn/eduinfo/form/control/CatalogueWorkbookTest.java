package cn.eduinfo.form.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.eduinfo.form.Catalogue;
import cn.eduinfo.form.DefaultCatalogue;
import cn.eduinfo.form.FormChanges;
import cn.eduinfo.form.FormKind;
import cn.eduinfo.form.FormVersion;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.shared.DomainException;

class CatalogueWorkbookTest {

    private final Catalogue catalogue = DefaultCatalogue.load();

    @Test
    void everyDefaultFormRoundTripsThroughExcelIntoANewVersion() {
        for (FormKind kind : FormKind.values()) {
            FormVersion v1 = catalogue.latest(kind);
            CatalogueWorkbook.Draft draft = CatalogueWorkbook.read(CatalogueWorkbook.export(v1));
            assertEquals(kind, draft.kind());
            assertEquals(v1.indicators(), draft.indicators());
            assertEquals(v1.rules(), draft.rules());
            FormVersion v2 = catalogue.newVersion(kind, Quarter.parse("2026Q4"), FormChanges.replacingAll(draft.indicators(), draft.rules()))
                    .latest(kind);
            assertEquals(2, v2.number());
        }
    }

    @Test
    void anEditedCellIsReadAndABadOneNamesItsRow() {
        byte[] file = CatalogueWorkbook.export(catalogue.latest(FormKind.HEI));
        CatalogueWorkbook.Draft renamed = CatalogueWorkbook.read(edit(file, wb -> wb.getSheet(CatalogueWorkbook.INDICATORS).getRow(1).getCell(3).setCellValue("校园网信息点总数")));
        assertEquals("校园网信息点总数", renamed.indicators().get(0).nameZh());
        DomainException e = assertThrows(DomainException.class, () -> CatalogueWorkbook.read(
                edit(file, wb -> wb.getSheet(CatalogueWorkbook.INDICATORS).getRow(5).getCell(6).setCellValue("NUMBER"))));
        assertEquals("form.catalogue.badField", e.key());
        assertEquals(6, e.args().get(0));
        assertEquals("form.catalogue.badField", assertThrows(DomainException.class, () -> CatalogueWorkbook.read(
                edit(file, wb -> wb.getSheet(CatalogueWorkbook.INDICATORS).getRow(2).getCell(0).setCellValue("SCHOOL")))).key());
        assertEquals("form.catalogue.unknownOperand", assertThrows(DomainException.class, () -> {
            CatalogueWorkbook.Draft d = CatalogueWorkbook.read(edit(file, wb -> wb.getSheet(CatalogueWorkbook.RULES).getRow(1).getCell(2).setCellValue("H0104<=H9999")));
            catalogue.newVersion(FormKind.HEI, Quarter.parse("2026Q4"), FormChanges.replacingAll(d.indicators(), d.rules()));
        }).key());
    }

    @Test
    void aFormTemplateOrAnyOtherFileIsNotACatalogue() {
        FormVersion school = catalogue.latest(FormKind.SCHOOL);
        byte[] template = FormWorkbook.template("2146000001", "学校", Quarter.parse("2026Q3"), school, null, null);
        assertEquals("form.catalogue.workbook.notACatalogue", assertThrows(DomainException.class, () -> CatalogueWorkbook.read(template)).key());
        assertEquals("form.workbook.notExcel", assertThrows(DomainException.class,
                () -> CatalogueWorkbook.read("form,code\n".getBytes(StandardCharsets.UTF_8))).key());
    }

    private static byte[] edit(byte[] file, Consumer<XSSFWorkbook> change) {
        try {
            XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file));
            change.accept(wb);
            return WorkbookFiles.bytes(wb);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
