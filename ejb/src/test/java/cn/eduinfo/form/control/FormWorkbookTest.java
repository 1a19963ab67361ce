package cn.eduinfo.form.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.eduinfo.form.Audience;
import cn.eduinfo.form.CheckSettings;
import cn.eduinfo.form.DefaultCatalogue;
import cn.eduinfo.form.FormKind;
import cn.eduinfo.form.FormValues;
import cn.eduinfo.form.FormVersion;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.shared.DomainException;

class FormWorkbookTest {

    private static final String ORG = "2146000001";
    private final Quarter quarter = Quarter.parse("2026Q3");
    private final FormVersion primary = DefaultCatalogue.load().versionFor(FormKind.SCHOOL, quarter).applicableTo(Audience.PRIMARY);
    private final FormValues filled = FormValues.of(Map.of("S0101", "true", "S0103", "200", "S0201", "24", "S0202", "20",
            "S0301", "40", "S0302", "800", "S0401", "ALL", "S0901", "true", "S0902", "副校长（分管信息化）", "S0303", "1,200"));

    private byte[] template(FormValues current) {
        return FormWorkbook.template(ORG, "海口市第一小学", quarter, primary, null, current);
    }

    private FormWorkbook.Upload read(byte[] file) {
        return FormWorkbook.read(file, ORG, quarter, primary, null, null, Map.of(), CheckSettings.DEFAULTS);
    }

    private static String refusal(Runnable r) {
        return assertThrows(DomainException.class, r::run).key();
    }

    @Test
    void aFilledTemplateReadsBackToTheSameValuesWithDerivedOnesComputed() {
        FormWorkbook.Upload upload = read(template(filled));
        assertFalse(upload.result().blocksSaving(), upload.cellFindings().toString());
        assertEquals("1200", upload.values().get("S0303").orElseThrow());
        assertEquals("83.33", upload.values().get("S0208").orElseThrow());
        assertEquals("副校长（分管信息化）", upload.values().get("S0902").orElseThrow());
        assertEquals(filled.with("S0303", "1200").withDerived(primary), upload.values());
    }

    @Test
    void badCellsComeBackWithTheirCellReference() {
        byte[] file = edit(template(filled), sheet -> {
            value(sheet, "S0201", "二十四");
            value(sheet, "S0202", "-3");
            value(sheet, "S1005", "x".repeat(10_000));
        });
        FormWorkbook.Upload upload = read(file);
        assertTrue(upload.result().blocksSaving());
        Map<String, String> byCell = new java.util.HashMap<>();
        upload.cellFindings().forEach(f -> byCell.put(f.cell(), f.finding().messageKey()));
        assertEquals("form.value.notNumber", byCell.get(cell("S0201")));
        assertEquals("form.value.negative", byCell.get(cell("S0202")));
        assertEquals("form.value.tooLong", byCell.get(cell("S1005")));
        assertTrue(upload.values().get("S1005").isEmpty());
    }

    @Test
    void numbersTypedAsNumericCellsAndRuleBreachesAreJudged() {
        byte[] file = edit(template(filled), sheet -> {
            sheet.getRow(rowOf(sheet, "S0201")).getCell(FormWorkbook.VALUE).setCellValue(10.0);
            sheet.getRow(rowOf(sheet, "S0103")).getCell(FormWorkbook.VALUE).setCellValue(0.1);
        });
        FormWorkbook.Upload upload = read(file);
        assertEquals("0.1", upload.values().get("S0103").orElseThrow());
        assertEquals(List.of("form.rule.LE"), upload.cellFindings().stream().map(f -> f.finding().messageKey()).toList());
        assertEquals(cell("S0202"), upload.cellFindings().get(0).cell());
    }

    @Test
    void anExplanationCellAnswersABigChange() {
        FormValues last = filled.with("S0202", "10");
        byte[] file = edit(template(filled), sheet -> sheet.getRow(rowOf(sheet, "S0202")).createCell(FormWorkbook.EXPLANATION)
                .setCellValue("暑期改造，新增10间多媒体教室"));
        FormWorkbook.Upload upload = FormWorkbook.read(file, ORG, quarter, primary, last, null, Map.of(), CheckSettings.DEFAULTS);
        assertEquals("form.check.bigChange", upload.result().findings().get(0).messageKey());
        assertFalse(upload.result().blocksSaving());
        assertEquals("暑期改造，新增10间多媒体教室", upload.result().explanations().get("S0202"));
    }

    @Test
    void aTemplateOfAnotherOrganisationQuarterOrVersionIsRefused() {
        byte[] file = template(filled);
        assertEquals("form.workbook.otherOrganisation", refusal(() -> FormWorkbook.read(file, "2146000002", quarter, primary, null, null, Map.of(), CheckSettings.DEFAULTS)));
        assertEquals("form.workbook.otherQuarter", refusal(() -> FormWorkbook.read(file, ORG, quarter.next(), primary, null, null, Map.of(), CheckSettings.DEFAULTS)));
        FormVersion other = new FormVersion(FormKind.SCHOOL, 2, quarter, primary.indicators(), primary.rules());
        assertEquals("form.workbook.otherVersion", refusal(() -> FormWorkbook.read(file, ORG, quarter, other, null, null, Map.of(), CheckSettings.DEFAULTS)));
    }

    @Test
    void missingDuplicatedAndForeignRowsAreRefused() {
        assertEquals("form.workbook.missingRow", refusal(() -> read(edit(template(filled), sheet -> sheet.removeRow(sheet.getRow(rowOf(sheet, "S0301")))))));
        assertEquals("form.workbook.duplicateRow", refusal(() -> read(edit(template(filled), sheet ->
                sheet.getRow(rowOf(sheet, "S0302")).getCell(FormWorkbook.CODE).setCellValue("S0301")))));
        assertEquals("form.workbook.unknownRow", refusal(() -> read(edit(template(filled), sheet ->
                sheet.createRow(sheet.getLastRowNum() + 1).createCell(FormWorkbook.CODE).setCellValue("H1101")))));
        DomainException e = assertThrows(DomainException.class, () -> read(edit(template(filled), sheet ->
                sheet.createRow(sheet.getLastRowNum() + 1).createCell(FormWorkbook.CODE).setCellValue("<script>alert(1)</script>"))));
        assertEquals("?", e.args().get(0), "an unknown code is not echoed");
    }

    @Test
    void notExcelCorruptOrForeignWorkbooksAreRefused() throws IOException {
        assertEquals("form.workbook.notExcel", refusal(() -> read("code,value\nS0201,24\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals("form.workbook.notExcel", refusal(() -> read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0})));
        assertEquals("form.workbook.notExcel", refusal(() -> read(new byte[0])));
        byte[] good = template(filled);
        assertEquals("form.workbook.corrupt", refusal(() -> read(Arrays.copyOf(good, good.length / 2))));
        byte[] scrambled = good.clone();
        for (int i = 200; i < scrambled.length; i += 7) {
            scrambled[i] ^= 0x5A;
        }
        assertEquals("form.workbook.corrupt", refusal(() -> read(scrambled)));
        try (XSSFWorkbook plain = new XSSFWorkbook()) {
            plain.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("hello");
            assertEquals("form.workbook.notATemplate", refusal(() -> read(WorkbookFiles.bytes(plain))));
        }
    }

    @Test
    void theTemplateLocksEverythingButTypedValueCells() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template(filled)))) {
            XSSFSheet sheet = wb.getSheet(FormWorkbook.SHEET);
            assertTrue(sheet.getProtect());
            Row typed = sheet.getRow(rowOf(sheet, "S0201"));
            Row derived = sheet.getRow(rowOf(sheet, "S0208"));
            assertFalse(typed.getCell(FormWorkbook.VALUE).getCellStyle().getLocked());
            assertTrue(typed.getCell(FormWorkbook.CODE).getCellStyle().getLocked());
            assertTrue(derived.getCell(FormWorkbook.VALUE).getCellStyle().getLocked());
            assertTrue(derived.getCell(FormWorkbook.VALUE).getCellFormula().contains("*100/"));
            assertTrue(wb.isSheetVeryHidden(wb.getSheetIndex(WorkbookFiles.META_SHEET)));
        }
    }

    static byte[] edit(byte[] file, Consumer<XSSFSheet> change) {
        try {
            XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file));
            change.accept(wb.getSheet(FormWorkbook.SHEET));
            return WorkbookFiles.bytes(wb);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void value(XSSFSheet sheet, String code, String value) {
        sheet.getRow(rowOf(sheet, code)).getCell(FormWorkbook.VALUE).setCellValue(value);
    }

    private int rowIndex(String code) {
        return FormWorkbook.FIRST_ROW + primary.indicators().indexOf(primary.indicator(code).orElseThrow());
    }

    private String cell(String code) {
        return "G" + (rowIndex(code) + 1);
    }

    private static int rowOf(XSSFSheet sheet, String code) {
        for (Row row : sheet) {
            if (row.getCell(FormWorkbook.CODE) != null && code.equals(WorkbookFiles.text(row.getCell(FormWorkbook.CODE)))) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row " + code);
    }
}
