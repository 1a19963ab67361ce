package cn.eduinfo.shared;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** An Excel workbook a page hands out (p:fileDownload), written by its boundary only when it is asked for. */
public final class Workbooks {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Workbooks() {
    }

    public static StreamedContent download(String fileName, Supplier<byte[]> workbook) {
        return DefaultStreamedContent.builder().name(fileName).contentType(XLSX)
                .stream(() -> new ByteArrayInputStream(workbook.get())).build();
    }
}
