package cn.eduinfo.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A stored file comes back byte for byte as it was uploaded, whatever its encoding; a damaged one is refused. */
class StoredFileTest {

    private static final String FILE = RegistryFileTest.file(RegistryFileTest.MOE_LINE, RegistryFileTest.SCHOOL_LINE);

    @Test
    void aFileComesBackAsItWasInEveryEncoding() {
        for (byte[] file : new byte[][]{FILE.getBytes(StandardCharsets.UTF_8), FILE.getBytes(Charset.forName("GBK")),
                ("\uFEFF" + FILE).getBytes(StandardCharsets.UTF_8), new byte[0]}) {
            assertArrayEquals(file, StoredFile.inflate(StoredFile.deflate(file)));
        }
    }

    @Test
    void aLargeFileIsStoredInAFractionOfItsBytes() {
        byte[] national = FILE.repeat(20_000).getBytes(StandardCharsets.UTF_8);
        byte[] deflated = StoredFile.deflate(national);
        assertTrue(deflated.length < national.length / 4, deflated.length + " of " + national.length);
        assertArrayEquals(national, StoredFile.inflate(deflated));
    }

    @Test
    void aDamagedOrCutFileIsRefused() {
        byte[] deflated = StoredFile.deflate(FILE.repeat(100).getBytes(StandardCharsets.UTF_8));
        assertThrows(IllegalStateException.class, () -> StoredFile.inflate(Arrays.copyOf(deflated, deflated.length / 2)));
        byte[] damaged = deflated.clone();
        damaged[damaged.length / 2] ^= 0x55;
        assertThrows(IllegalStateException.class, () -> StoredFile.inflate(damaged));
    }
}
