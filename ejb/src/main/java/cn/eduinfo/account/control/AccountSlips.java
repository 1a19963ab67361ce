package cn.eduinfo.account.control;

import cn.eduinfo.account.Account;
import jakarta.ejb.Stateless;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes account slips: one row per account, ready to print and cut (第十三条). */
@Stateless
public class AccountSlips {

    public static final String[] HEADER = {"单位代码", "单位名称", "角色", "用户名", "初始密码", "状态"};

    public record Slip(Account account, String initialPassword) {
    }

    public byte[] write(List<Slip> slips) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("账号条");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                header.createCell(i).setCellValue(HEADER[i]);
                header.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (Slip s : slips) {
                Account a = s.account();
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(a.getOrganisation().getCode());
                row.createCell(1).setCellValue(a.getOrganisation().getName());
                row.createCell(2).setCellValue(roleName(a));
                row.createCell(3).setCellValue(a.getUsername());
                row.createCell(4).setCellValue(s.initialPassword() == null ? "" : s.initialPassword());
                row.createCell(5).setCellValue(!a.isEnabled() ? "已停用" : s.initialPassword() != null ? "首次登录须修改密码" : "使用中");
            }
            int[] widths = {14, 40, 10, 16, 16, 20};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String roleName(Account a) {
        return switch (a.getRole()) {
            case ADMINISTRATOR -> "管理员";
            case REVIEWER -> "审核员";
            case INSPECTOR -> "视察员";
            default -> a.getRole().name();
        };
    }
}
