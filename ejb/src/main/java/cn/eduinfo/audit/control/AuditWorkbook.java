package cn.eduinfo.audit.control;

import cn.eduinfo.audit.boundary.AuditLine;
import cn.eduinfo.shared.control.TableWorkbook;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Entries of the audit trail as an Excel workbook for the audit administrator's review: a title saying what was
 * searched, the page's headings, one line per entry (Beijing time). Streamed: only a window of rows is in memory.
 */
public final class AuditWorkbook {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private AuditWorkbook() {
    }

    /** @param lines hands every line, in order, to the consumer it is given */
    public static byte[] write(String title, List<String> headings, Consumer<Consumer<AuditLine>> lines) {
        SXSSFWorkbook wb = new SXSSFWorkbook(500);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("audit");
            TableWorkbook.titleAndHeadings(wb, sheet, title, headings);
            int[] r = {2};
            lines.accept(line -> {
                Row row = sheet.createRow(r[0]++);
                row.createCell(0).setCellValue(AT.format(line.at()));
                row.createCell(1).setCellValue(line.actor());
                row.createCell(2).setCellValue(line.action());
                row.createCell(3).setCellValue(line.targetType() + (line.targetId() == null ? "" : " " + line.targetId()));
                row.createCell(4).setCellValue(line.detail() == null ? "" : line.detail());
                row.createCell(5).setCellValue(line.address() == null ? "" : line.address());
            });
            int[] widths = {20, 16, 26, 24, 60, 16};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 2);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not thrown: the workbook goes to memory
        } finally {
            wb.dispose(); // its temporary files
        }
    }
}
