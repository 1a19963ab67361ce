package cn.eduinfo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Forms as their users drive them over the API: read, save with changed values, fill an Excel template. */
final class Forms {

    private Forms() {
    }

    static String path(long orgId) {
        return "api/forms/" + orgId + "/current";
    }

    static JsonObject read(Api caller, long orgId) {
        var reply = caller.get(path(orgId));
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    /** The form as read, with some values changed (an empty string clears one), as a PUT body. */
    static String changed(JsonObject form, Map<String, String> changes, Map<String, String> explanations) {
        JsonObjectBuilder values = Json.createObjectBuilder(form.getJsonObject("values"));
        changes.forEach(values::add);
        JsonObjectBuilder why = Json.createObjectBuilder();
        explanations.forEach(why::add);
        return Json.createObjectBuilder().add("rowVersion", form.getInt("rowVersion")).add("values", values)
                .add("explanations", why).build().toString();
    }

    static String value(JsonObject form, String code) {
        JsonValue v = form.getJsonObject("values").get(code);
        return v == null ? null : form.getJsonObject("values").getString(code);
    }

    static long number(JsonObject form, String section, String code) {
        return Long.parseLong(form.getJsonObject(section).getString(code));
    }

    /** The template with one value cell (column G of the indicator's row) set. */
    static byte[] filled(byte[] template, String code, String value) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            XSSFSheet sheet = wb.getSheet("填报表");
            for (Row row : sheet) {
                if (row.getCell(1) != null && code.equals(row.getCell(1).getStringCellValue())) {
                    row.getCell(6).setCellValue(value);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
