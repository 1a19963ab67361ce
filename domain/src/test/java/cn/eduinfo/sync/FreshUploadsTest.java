package cn.eduinfo.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An upload's reading begins as it is held: in full, or split for a read against the last file applied. */
class FreshUploadsTest {

    private static final byte[] FILE = (RegistryFileTest.file(RegistryFileTest.MOE_LINE, RegistryFileTest.SCHOOL_LINE))
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void theFirstFileIsReadInFullAsTheJobWouldReadIt() throws IOException {
        FreshUploads uploads = new FreshUploads();
        uploads.hold(7, FILE, null, OptionalLong.empty());
        FreshUploads.Upload upload = uploads.take(7).orElseThrow();
        assertNull(upload.scan());
        assertEquals(RegistryFile.read(new ByteArrayInputStream(FILE), null), upload.inFull().finish());
        assertTrue(uploads.take(7).isEmpty(), "taken once");
    }

    @Test
    void aUtf8FileAfterACompletedRunIsSplitForAReadAgainstItsFile() {
        FreshUploads uploads = new FreshUploads();
        uploads.hold(8, FILE, StandardCharsets.UTF_8, OptionalLong.of(3));
        FreshUploads.Upload upload = uploads.take(8).orElseThrow();
        assertNull(upload.inFull());
        assertNotNull(upload.scan().join());
        assertTrue(upload.matchedAgainst(3).isEmpty(), "that file is not kept here: the job splits it");
    }

    @Test
    void aUtf8FileIsMatchedAsItIsUploadedAgainstTheFileOfTheLastCompletedRunKeptHere() {
        FreshUploads uploads = new FreshUploads();
        uploads.keep(20, FILE);
        uploads.scanKept(20);
        uploads.hold(21, FILE, null, OptionalLong.of(20));
        FreshUploads.Upload upload = uploads.take(21).orElseThrow();
        assertTrue(upload.matchedAgainst(19).isEmpty(), "matched against run 20's file only");
        SnapshotDelta.Read read = upload.matchedAgainst(20).orElseThrow().join().orElseThrow().read(Set.of());
        assertEquals(List.of(), read.rows(), "the same file: nothing differs");
        assertEquals(2, read.rowCount());
    }

    @Test
    void aFileInAnotherCharsetIsReadInFullWhateverRanBefore() {
        FreshUploads uploads = new FreshUploads();
        uploads.hold(9, FILE, Charset.forName("GB18030"), OptionalLong.of(3));
        assertNull(uploads.take(9).orElseThrow().scan());
    }

    @Test
    void oneFileIsHeldAtATime() {
        FreshUploads uploads = new FreshUploads();
        uploads.hold(10, FILE, null, OptionalLong.empty());
        uploads.hold(11, FILE, null, OptionalLong.empty());
        assertTrue(uploads.take(10).isEmpty(), "an upload that never started its run is let go");
        assertEquals(FILE, uploads.take(11).orElseThrow().content());
    }

    @Test
    void theFileOfACompletedRunIsSplitOnceForTheNextQuartersAndOnlyWhileItIsTheOneKept() {
        FreshUploads uploads = new FreshUploads();
        uploads.keep(12, FILE);
        assertTrue(uploads.keptScan(12).isEmpty(), "split only once its run has completed");
        uploads.scanKept(13);
        assertTrue(uploads.keptScan(13).isEmpty(), "another run's file is not kept");
        uploads.scanKept(12);
        SnapshotDelta.Scan split = uploads.keptScan(12).orElseThrow();
        assertTrue(SnapshotDelta.read(split, SnapshotDelta.scan(FILE), Set.of()).orElseThrow().rows().isEmpty(),
                "the file read against itself, split after its run: nothing differs");
        uploads.keep(14, FILE);
        assertTrue(uploads.keptScan(12).isEmpty(), "let go with its file");
    }
}
