package cn.eduinfo.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** What a downloaded workbook says, for the ITs to compare with the screen. */
final class Workbooks {

    private Workbooks() {
    }

    /** Each line of the workbook's first sheet, each cell as text (numbers without trailing zeros). */
    static List<List<String>> rows(Path file) {
        try (var wb = new XSSFWorkbook(Files.newInputStream(file))) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : wb.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(c.getCellType() == CellType.NUMERIC
                        ? BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString() : c.getStringCellValue()));
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
