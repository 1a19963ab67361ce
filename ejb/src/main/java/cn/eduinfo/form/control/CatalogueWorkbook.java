package cn.eduinfo.form.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.eduinfo.form.CatalogueCsv;
import cn.eduinfo.form.CrossFieldRule;
import cn.eduinfo.form.FormKind;
import cn.eduinfo.form.FormVersion;
import cn.eduinfo.form.Indicator;
import cn.eduinfo.shared.DomainException;

/**
 * The MoE keeps the catalogue in Excel: one sheet of indicators and one of rules, with the same
 * columns as the CSV format, so whatever the CSV reader accepts the workbook accepts, and errors
 * name the same lines (the sheet's row numbers). Importing gives the draft of a new version; the
 * catalogue decides its number and the quarter it starts from.
 */
public final class CatalogueWorkbook {

    static final String MARKER = "eduinfo-catalogue";
    static final String INDICATORS = "指标";
    static final String RULES = "校验规则";

    /** What an import read: the form and its indicators and rules, for {@code FormChanges.replacingAll}. */
    public record Draft(FormKind kind, List<Indicator> indicators, List<CrossFieldRule> rules) {
    }

    private CatalogueWorkbook() {
    }

    public static byte[] export(FormVersion version) {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet indicators = wb.createSheet(INDICATORS);
        row(indicators, 0, CatalogueCsv.INDICATOR_COLUMNS);
        int r = 1;
        for (Indicator i : version.indicators()) {
            row(indicators, r++, CatalogueCsv.fields(version.kind(), i));
        }
        XSSFSheet rules = wb.createSheet(RULES);
        row(rules, 0, CatalogueCsv.RULE_COLUMNS);
        r = 1;
        for (CrossFieldRule rule : version.rules()) {
            row(rules, r++, List.of(version.kind().name(), rule.id(), rule.toString()));
        }
        for (int c = 0; c < CatalogueCsv.INDICATOR_COLUMNS.size(); c++) {
            indicators.setColumnWidth(c, (c == 3 || c == 4 || c >= 13 ? 40 : 12) * 256);
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("marker", MARKER);
        meta.put("form", version.kind().name());
        meta.put("version", Integer.toString(version.number()));
        meta.put("valid_from", version.validFrom().toString());
        WorkbookFiles.writeMeta(wb, meta);
        return WorkbookFiles.bytes(wb);
    }

    /** Reads an edited catalogue workbook; every refusal is a DomainException with a message key. */
    public static Draft read(byte[] file) {
        try (XSSFWorkbook wb = WorkbookFiles.open(file)) {
            Map<String, String> meta = WorkbookFiles.readMeta(wb, MARKER, "form.catalogue.workbook.notACatalogue");
            FormKind kind;
            try {
                kind = FormKind.valueOf(meta.get("form"));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new DomainException("form.catalogue.workbook.notACatalogue");
            }
            List<Indicator> indicators = new ArrayList<>();
            for (Row row : rows(wb, INDICATORS, CatalogueCsv.INDICATOR_COLUMNS)) {
                indicators.add(CatalogueCsv.indicator(kind, row.getRowNum() + 1, formRow(kind, row, CatalogueCsv.INDICATOR_COLUMNS.size())));
            }
            List<CrossFieldRule> rules = new ArrayList<>();
            for (Row row : rows(wb, RULES, CatalogueCsv.RULE_COLUMNS)) {
                List<String> f = formRow(kind, row, CatalogueCsv.RULE_COLUMNS.size());
                rules.add(CrossFieldRule.parse(f.get(1).strip(), f.get(2)));
            }
            return new Draft(kind, indicators, rules);
        } catch (java.io.IOException e) {
            throw new DomainException("form.workbook.corrupt");
        }
    }

    private static List<Row> rows(XSSFWorkbook wb, String name, List<String> columns) {
        Sheet sheet = wb.getSheet(name);
        if (sheet == null || !cells(sheet.getRow(0), columns.size()).stream().map(String::strip).toList().equals(columns)) {
            throw new DomainException("form.catalogue.badHeader", String.join(",", columns));
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && cells(row, columns.size()).stream().anyMatch(s -> !s.isBlank())) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The row's cells; a row of another form than the workbook's is refused rather than moved over. */
    private static List<String> formRow(FormKind kind, Row row, int width) {
        List<String> fields = cells(row, width);
        if (!kind.name().equals(fields.get(0).strip())) {
            throw new DomainException("form.catalogue.badField", row.getRowNum() + 1, "form");
        }
        return fields;
    }

    private static List<String> cells(Row row, int width) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            String s = WorkbookFiles.text(row, c);
            cells.add(s == null ? "" : s);
        }
        return cells;
    }

    private static void row(Sheet sheet, int index, List<String> values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c));
        }
    }
}
