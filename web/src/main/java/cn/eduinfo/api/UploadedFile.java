package cn.eduinfo.api;

import cn.eduinfo.shared.DomainException;
import jakarta.ws.rs.ProcessingException;
import java.io.IOException;
import java.io.InputStream;

/**
 * A file sent as a request body, read into one array of the length it declares. Jersey's byte[]
 * grows a buffer by doubling: a national snapshot (30 MB) was copied ~twice more, through arrays G1
 * allocates as humongous garbage, and a body of any size was held before its size was checked.
 */
public final class UploadedFile {

    private UploadedFile() {
    }

    /** @param declared the Content-Length, or -1 where the body comes chunked */
    public static byte[] read(InputStream body, long declared, int maxBytes) throws IOException {
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
        if (declared < 0) {
            byte[] content = body.readNBytes(maxBytes + 1);
            if (content.length > maxBytes) {
                throw tooLarge(maxBytes);
            }
            return content;
        }
        byte[] content = new byte[(int) declared];
        if (body.readNBytes(content, 0, content.length) < content.length) {
            throw new ProcessingException("the body ended before its declared length of " + declared + " bytes");
        }
        return content;
    }

    private static DomainException tooLarge(int maxBytes) {
        return new DomainException("sync.fileTooLarge", maxBytes / 1024 / 1024);
    }
}
