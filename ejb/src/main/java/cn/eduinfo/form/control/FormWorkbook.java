package cn.eduinfo.form.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.eduinfo.form.CheckResult;
import cn.eduinfo.form.CheckSettings;
import cn.eduinfo.form.Finding;
import cn.eduinfo.form.FormChecker;
import cn.eduinfo.form.FormValues;
import cn.eduinfo.form.FormVersion;
import cn.eduinfo.form.Formula;
import cn.eduinfo.form.Indicator;
import cn.eduinfo.form.PeerStats;
import cn.eduinfo.reporting.Quarter;
import cn.eduinfo.shared.DomainException;

/**
 * The Excel way of filling in a form: a template for one organisation, quarter and form version,
 * and the reading of it once filled. One row per indicator; only the value and explanation cells
 * of typed rows are unlocked; derived rows hold an Excel formula so the filler sees totals and
 * shares at once, but their cells are ignored on reading and recomputed. The sheet protection is
 * a guide for the filler, not a safeguard: reading trusts nothing but the codes it recognises.
 */
public final class FormWorkbook {

    static final String MARKER = "eduinfo-form-template";
    static final String SHEET = "填报表";
    static final int FIRST_ROW = 2;
    static final int CODE = 1;
    static final int VALUE = 6;
    static final int EXPLANATION = 7;
    private static final String PROTECTION = "eduinfo";
    private static final String[] HEADER = {"栏目", "指标代码", "指标名称", "计量单位", "填写要求", "上季度值", "本季度值", "变化说明"};

    /** A cell's finding, e.g. G12 with form.value.notNumber. */
    public record CellFinding(String cell, Finding finding) {
    }

    /** The values read, the same check result a page save gives, and where in the sheet each finding is. */
    public record Upload(CheckResult result, List<CellFinding> cellFindings) {

        public FormValues values() {
            return result.values();
        }
    }

    private FormWorkbook() {
    }

    /**
     * @param version  the version as the organisation sees it ({@link FormVersion#applicableTo})
     * @param previous last quarter's values, shown beside each row; null if none
     * @param current  the values saved so far this quarter, prefilled; null if none
     */
    public static byte[] template(String orgCode, String orgName, Quarter quarter, FormVersion version, FormValues previous, FormValues current) {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet(SHEET);
        CellStyle locked = style(wb, true, false);
        CellStyle open = style(wb, false, false);
        CellStyle heading = style(wb, true, true);
        sheet.createRow(0).createCell(0).setCellValue(orgName + "（" + orgCode + "） " + quarter + " 第" + version.number() + "版");
        Row header = sheet.createRow(1);
        for (int c = 0; c < HEADER.length; c++) {
            header.createCell(c).setCellValue(HEADER[c]);
            header.getCell(c).setCellStyle(heading);
        }
        Map<String, Integer> rowOf = new HashMap<>();
        int r = FIRST_ROW;
        for (Indicator i : version.indicators()) {
            rowOf.put(i.code(), r++);
        }
        for (Indicator i : version.indicators()) {
            Row row = sheet.createRow(rowOf.get(i.code()));
            String[] cells = {i.section().nameZh(), i.code(), i.nameZh(), i.unit(), i.isDerived() ? "自动计算" : hint(i),
                    value(previous, i.code())};
            for (int c = 0; c < cells.length; c++) {
                row.createCell(c).setCellValue(cells[c]);
                row.getCell(c).setCellStyle(locked);
            }
            if (i.isDerived()) {
                row.createCell(VALUE).setCellFormula(excelFormula(i.formula(), rowOf));
                row.getCell(VALUE).setCellStyle(locked);
                row.createCell(EXPLANATION).setCellStyle(locked);
            } else {
                row.createCell(VALUE).setCellValue(value(current, i.code()));
                row.getCell(VALUE).setCellStyle(open);
                row.createCell(EXPLANATION).setCellStyle(open);
            }
        }
        int[] widths = {16, 10, 44, 8, 26, 14, 16, 30};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.protectSheet(PROTECTION);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("marker", MARKER);
        meta.put("org_code", orgCode);
        meta.put("quarter", quarter.toString());
        meta.put("form", version.kind().name());
        meta.put("version", Integer.toString(version.number()));
        WorkbookFiles.writeMeta(wb, meta);
        return WorkbookFiles.bytes(wb);
    }

    /**
     * Reads a filled template back. Refuses (DomainException) a file that is not an intact .xlsx,
     * a template of another organisation, quarter or version, and missing, duplicated or foreign
     * rows; otherwise checks the values exactly as a page save would.
     *
     * @param explanations explanations given on the page; a non-empty explanation cell overrides one
     */
    public static Upload read(byte[] file, String orgCode, Quarter quarter, FormVersion version, FormValues previous,
                              PeerStats peers, Map<String, String> explanations, CheckSettings settings) {
        try (XSSFWorkbook wb = WorkbookFiles.open(file)) {
            Map<String, String> meta = WorkbookFiles.readMeta(wb, MARKER, "form.workbook.notATemplate");
            XSSFSheet sheet = wb.getSheet(SHEET);
            if (sheet == null) {
                throw new DomainException("form.workbook.notATemplate");
            }
            checkMeta(meta, orgCode, quarter, version);
            Map<String, Integer> rowOf = rows(sheet, version);
            Map<String, String> raw = new HashMap<>();
            Map<String, String> given = new HashMap<>(explanations == null ? Map.of() : explanations);
            for (Indicator i : version.indicators()) {
                Row row = sheet.getRow(rowOf.get(i.code()));
                if (!i.isDerived()) {
                    raw.put(i.code(), WorkbookFiles.text(row, VALUE));
                    String why = WorkbookFiles.text(row, EXPLANATION);
                    if (why != null && !why.isBlank()) {
                        given.put(i.code(), why);
                    }
                }
            }
            CheckResult result = FormChecker.check(version, FormValues.of(raw), previous, peers, given, settings);
            List<CellFinding> cells = result.findings().stream()
                    .map(f -> new CellFinding(cell(rowOf.get(f.indicatorCode()), f), f))
                    .toList();
            return new Upload(result, cells);
        } catch (java.io.IOException e) {
            throw new DomainException("form.workbook.corrupt");
        }
    }

    private static String cell(int row, Finding f) {
        int column = f.messageKey().startsWith("form.explanation.") ? EXPLANATION : VALUE;
        return new CellReference(row, column).formatAsString(false);
    }

    private static void checkMeta(Map<String, String> meta, String orgCode, Quarter quarter, FormVersion version) {
        if (!orgCode.equals(meta.get("org_code"))) {
            throw new DomainException("form.workbook.otherOrganisation", safe(meta.get("org_code")));
        }
        if (!quarter.toString().equals(meta.get("quarter"))) {
            throw new DomainException("form.workbook.otherQuarter", safe(meta.get("quarter")), quarter.toString());
        }
        if (!version.kind().name().equals(meta.get("form")) || !Integer.toString(version.number()).equals(meta.get("version"))) {
            throw new DomainException("form.workbook.otherVersion", safe(meta.get("version")), version.number());
        }
    }

    /** Row index of every indicator; refuses rows missing, twice, or not on the form. */
    private static Map<String, Integer> rows(XSSFSheet sheet, FormVersion version) {
        Map<String, Integer> rowOf = new HashMap<>();
        for (int r = FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
            String code = WorkbookFiles.text(sheet.getRow(r), CODE);
            if (code == null || code.isBlank()) {
                continue;
            }
            code = code.strip();
            if (version.indicator(code).isEmpty()) {
                throw new DomainException("form.workbook.unknownRow", safe(code), r + 1);
            }
            if (rowOf.put(code, r) != null) {
                throw new DomainException("form.workbook.duplicateRow", code, r + 1);
            }
        }
        for (Indicator i : version.indicators()) {
            if (!rowOf.containsKey(i.code())) {
                throw new DomainException("form.workbook.missingRow", i.code());
            }
        }
        return rowOf;
    }

    /** Echo only code-shaped text from an upload into a message; anything else could be a payload. */
    private static String safe(String s) {
        return s != null && s.matches("[A-Za-z0-9_]{1,20}") ? s : "?";
    }

    private static String excelFormula(Formula f, Map<String, Integer> rowOf) {
        List<String> refs = new ArrayList<>();
        f.operands().forEach(code -> refs.add(new CellReference(rowOf.get(code), VALUE).formatAsString(false)));
        String all = String.join(",", refs);
        if (f.operation() == Formula.Operation.SUM) {
            return "IF(COUNT(" + all + ")=" + refs.size() + "," + String.join("+", refs) + ",\"\")";
        }
        return "IF(AND(COUNT(" + all + ")=2," + refs.get(1) + "<>0),ROUND(" + refs.get(0) + "*100/" + refs.get(1) + ",2),\"\")";
    }

    private static String hint(Indicator i) {
        return (i.required() ? "必填；" : "") + i.hintZh();
    }

    private static String value(FormValues values, String code) {
        return values == null ? "" : values.get(code).orElse("");
    }

    private static CellStyle style(XSSFWorkbook wb, boolean locked, boolean heading) {
        CellStyle s = wb.createCellStyle();
        s.setLocked(locked);
        s.setWrapText(true);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        if (!locked || heading) {
            s.setFillForegroundColor((heading ? IndexedColors.GREY_25_PERCENT : IndexedColors.LIGHT_YELLOW).getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        // Value cells are text so that '007' or '1,234' reach the parser as typed, not as Excel guessed.
        s.setDataFormat(wb.createDataFormat().getFormat(locked ? "General" : "@"));
        return s;
    }
}
