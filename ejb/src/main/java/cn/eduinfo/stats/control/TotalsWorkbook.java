package cn.eduinfo.stats.control;

import cn.eduinfo.form.Indicator;
import cn.eduinfo.shared.control.TableWorkbook;
import cn.eduinfo.stats.boundary.AreaTotal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The statistics page's totals as an Excel workbook, to take away: a title line saying what was summed,
 * the column headings, one line per area with its sums as numbers, then the total line.
 */
public final class TotalsWorkbook {

    /** The fixed texts, in the caller's language (the web module's bundle), and which indicator names to use. */
    public record Labels(String title, String code, String name, String units, String total, boolean english) {
    }

    private TotalsWorkbook() {
    }

    /** @param rows the areas' totals, then the total line ({@link AreaTotal#isTotal()}) */
    public static byte[] write(String sheetName, Labels labels, List<Indicator> indicators, List<AreaTotal> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            List<String> headings = new ArrayList<>(List.of(labels.code(), labels.name(), labels.units()));
            indicators.forEach(i -> headings.add(i.code() + " " + (labels.english() ? i.nameEn() : i.nameZh())
                    + (i.unit() == null || i.unit().isEmpty() ? "" : " (" + i.unit() + ")")));
            CellStyle bold = TableWorkbook.titleAndHeadings(wb, sheet, labels.title(), headings);
            int r = 2;
            for (AreaTotal area : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(area.code());
                row.createCell(1).setCellValue(area.isTotal() ? labels.total() : area.name());
                row.createCell(2).setCellValue(area.units());
                for (int i = 0; i < area.sums().size(); i++) {
                    row.createCell(3 + i).setCellValue(area.sums().get(i).doubleValue());
                }
                if (area.isTotal()) {
                    row.forEach(cell -> cell.setCellStyle(bold));
                }
            }
            sheet.setColumnWidth(0, 14 * 256);
            sheet.setColumnWidth(1, 36 * 256);
            for (int c = 3; c < headings.size(); c++) {
                sheet.setColumnWidth(c, 20 * 256);
            }
            sheet.createFreezePane(2, 2);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not thrown: the workbook goes to memory
        }
    }
}
