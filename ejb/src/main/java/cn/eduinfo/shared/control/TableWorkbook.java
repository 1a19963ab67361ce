package cn.eduinfo.shared.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table of a page as an Excel workbook to take away: a title line saying what it is, bold headings, then the rows
 * (numbers as numbers, anything else as text). The pieces are shared by the workbooks that write more than a table.
 */
public final class TableWorkbook {

    private TableWorkbook() {
    }

    public static byte[] write(String sheetName, String title, List<String> headings, List<List<Object>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            titleAndHeadings(wb, sheet, title, headings);
            int r = 2;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(v == null ? "" : v.toString());
                    }
                }
            }
            for (int c = 0; c < headings.size(); c++) {
                sheet.setColumnWidth(c, Math.max(12, Math.min(40, headings.get(c).length() * 3)) * 256);
            }
            sheet.createFreezePane(0, 2);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not thrown: the workbook goes to memory
        }
    }

    /** Line 0: the title; line 1: the headings, bold. Returns the bold style for other lines that want it. */
    public static CellStyle titleAndHeadings(Workbook wb, Sheet sheet, String title, List<String> headings) {
        CellStyle bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        sheet.createRow(0).createCell(0).setCellValue(title);
        Row header = sheet.createRow(1);
        for (int c = 0; c < headings.size(); c++) {
            header.createCell(c).setCellValue(headings.get(c));
            header.getCell(c).setCellStyle(bold);
        }
        return bold;
    }
}
