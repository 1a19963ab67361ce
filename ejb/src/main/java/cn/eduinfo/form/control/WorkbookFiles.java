package cn.eduinfo.form.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.eduinfo.shared.DomainException;

/**
 * What both workbooks share: opening an upload without trusting it, reading a cell as the text a
 * person meant, and the very hidden key/value sheet that says what a workbook was exported for.
 */
final class WorkbookFiles {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final String META_SHEET = "meta";

    private WorkbookFiles() {
    }

    /**
     * Opens an uploaded .xlsx. Refuses what is not one (a renamed CSV, an old .xls) before POI sees
     * it, and turns every POI failure on a broken zip — including its zip-bomb guard — into one key.
     */
    static XSSFWorkbook open(byte[] file) {
        if (file == null || file.length < 4 || file[0] != 'P' || file[1] != 'K' || file[2] != 3 || file[3] != 4) {
            throw new DomainException("form.workbook.notExcel");
        }
        if (file.length > MAX_BYTES) {
            throw new DomainException("form.workbook.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(file));
        } catch (IOException | RuntimeException e) {
            // POI signals a damaged or foreign zip with several unchecked exceptions; all mean the same to the user.
            throw new DomainException("form.workbook.corrupt");
        }
    }

    static byte[] bytes(XSSFWorkbook wb) {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell as typed text; numbers without Excel's binary noise (0.1 stays "0.1", 12 stays "12"). */
    static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case ERROR -> "#ERROR";
            default -> null;
        };
    }

    static String text(Row row, int column) {
        return row == null ? null : text(row.getCell(column));
    }

    static void writeMeta(XSSFWorkbook wb, Map<String, String> meta) {
        Sheet sheet = wb.createSheet(META_SHEET);
        int r = 0;
        for (Map.Entry<String, String> e : meta.entrySet()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(e.getKey());
            row.createCell(1).setCellValue(e.getValue());
        }
        wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    /** The metadata, or a refusal when the workbook is not one this system exported with the given marker. */
    static Map<String, String> readMeta(XSSFWorkbook wb, String marker, String refusalKey) {
        Sheet sheet = wb.getSheet(META_SHEET);
        Map<String, String> meta = new HashMap<>();
        if (sheet != null) {
            for (Row row : sheet) {
                String k = text(row, 0);
                String v = text(row, 1);
                if (k != null && v != null) {
                    meta.put(k, v);
                }
            }
        }
        if (!marker.equals(meta.get("marker"))) {
            throw new DomainException(refusalKey);
        }
        return meta;
    }
}
