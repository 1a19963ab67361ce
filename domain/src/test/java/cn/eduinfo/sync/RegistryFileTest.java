package cn.eduinfo.sync;

import static cn.eduinfo.sync.Fixtures.*;
import static cn.eduinfo.sync.RegistryErrors.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.OrgStatus;
import cn.eduinfo.org.SchoolCategory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The snapshot file format (batch/docs/registry-format.md): encodings, shape, and every per-line and whole-file error. */
class RegistryFileTest {

    static final Charset GBK = Charset.forName("GBK");
    static final String HEADER_LINE = "code,name,kind,category,division,parent,status,successor,effective";
    static final String MOE_LINE = "000000,教育部,MOE,,000000,,ACTIVE,,2024-01-01";
    static final String SCHOOL_LINE = "2146000001,海口市秀英区第一小学,SCHOOL,21,460105,460105,ACTIVE,,2024-01-01";

    /**
     * The file read as the system reads it, checked against the plain reading (decoded whole, then
     * split by Csv) and against a read in parts: every case of this class holds all three equal.
     */
    static RegistryFile.Parsed read(byte[] bytes, Charset declared) throws IOException {
        RegistryFile.Parsed parsed = RegistryFile.read(new ByteArrayInputStream(bytes), declared);
        Charset charset = declared != null ? declared : parsed.charset();
        RegistryFile.Split text = RegistryFile.splitText(bytes, charset);
        assertEquals(parsed, text.join(List.of(text.parse(0, 1))), "read in bytes and read as text");
        RegistryFile.Split parts = RegistryFile.split(bytes, declared);
        assertEquals(parsed, parts.join(List.of(parts.parse(0, 3), parts.parse(1, 3), parts.parse(2, 3))), "read in three parts");
        assertEquals(parsed, FileReading.begin(bytes, declared).finish(), "read on two cores, finished at once");
        return parsed;
    }

    static RegistryFile.Parsed read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8), null);
    }

    /** A file of the header, the given data lines and a correct trailer, LF-ended. */
    static String file(String... dataLines) {
        StringBuilder s = new StringBuilder(HEADER_LINE).append('\n');
        for (String line : dataLines) {
            s.append(line).append('\n');
        }
        return s.append("END,").append(dataLines.length).append('\n').toString();
    }

    @Nested
    class Writing {

        @Test
        void roundTripKeepsEveryRowAndField() throws IOException {
            List<RegistryRow> rows = new ArrayList<>(hainan());
            rows.set(9, status(find(rows, HAITANG_PRIMARY), OrgStatus.MERGED, LONGHUA_PRIMARY));
            rows.set(8, status(find(rows, LONGHUA_PRIMARY), OrgStatus.CLOSED, null));
            rows = numbered(rows);

            RegistryFile.Parsed parsed = read(csv(rows));

            assertEquals(List.of(), parsed.errors());
            assertEquals(rows, parsed.rows());
            assertEquals(StandardCharsets.UTF_8, parsed.charset());
        }

        @Test
        void writesUtf8WithoutBomHeaderTrailerAndLfOnly() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RegistryFile.write(hainan(), out);
            byte[] bytes = out.toByteArray();
            String text = out.toString(StandardCharsets.UTF_8);

            assertEquals('c', bytes[0]);
            assertTrue(text.startsWith(HEADER_LINE + "\n"));
            assertTrue(text.endsWith("\nEND,11\n"));
            assertFalse(text.contains("\r"));
            assertTrue(text.contains("\n" + SCHOOL_LINE + "\n"));
            assertTrue(text.contains("\n" + MOE_LINE + "\n"));
        }

        @Test
        void quotesCommasQuotesAndLineBreaksAndKeepsLineNumbers() throws IOException {
            List<RegistryRow> rows = numbered(List.of(
                    authority(MOE, "教育部", OrgKind.MOE, null),
                    authority(HAINAN, "海南省教育厅,\"省\"", OrgKind.PROVINCE, MOE),
                    authority(HAIKOU, "海口市\n教育局", OrgKind.PREFECTURE, HAINAN),
                    authority(SANYA, "三亚市教育局", OrgKind.PREFECTURE, HAINAN)));
            String text = csv(rows);

            assertTrue(text.contains("\"海南省教育厅,\"\"省\"\"\""));
            RegistryFile.Parsed parsed = read(text);

            assertEquals(List.of(), parsed.errors());
            assertEquals("海南省教育厅,\"省\"", parsed.rows().get(1).name());
            assertEquals("海口市\n教育局", parsed.rows().get(2).name());
            // The name spanning two lines pushes the next row down one line.
            assertEquals(List.of(2, 3, 4, 6), parsed.rows().stream().map(RegistryRow::line).toList());
        }

        @Test
        void otherCategoryKeepsItsOwnDigits() throws IOException {
            RegistryRow other = school("9246000001", "海口市培训学校", XIUYING);
            List<RegistryRow> rows = numbered(List.of(authority(MOE, "教育部", OrgKind.MOE, null), other));

            String text = csv(rows);

            assertTrue(text.contains("9246000001,海口市培训学校,SCHOOL,92,"));
            assertEquals(SchoolCategory.OTHER, read(text).rows().get(1).category());
        }
    }

    @Nested
    class Encodings {

        @Test
        void utf8WithBomIsRead() throws IOException {
            byte[] body = file(MOE_LINE, SCHOOL_LINE).getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[body.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(body, 0, bytes, 3, body.length);

            RegistryFile.Parsed parsed = read(bytes, null);

            assertEquals(List.of(), parsed.errors());
            assertEquals(StandardCharsets.UTF_8, parsed.charset());
            assertEquals("000000", parsed.rows().get(0).code());
        }

        @Test
        void gbkIsDetectedAndNamesAreIntact() throws IOException {
            byte[] bytes = csv(hainan()).getBytes(GBK);

            RegistryFile.Parsed parsed = read(bytes, null);

            assertEquals(List.of(), parsed.errors());
            assertEquals(RegistryFile.GB18030, parsed.charset());
            assertEquals(hainan(), parsed.rows());
            assertEquals("海口市秀英区第一小学", find(parsed.rows(), XIUYING_PRIMARY).name());
        }

        @Test
        void declaredEncodingIsUsed() throws IOException {
            RegistryFile.Parsed parsed = read(csv(hainan()).getBytes(GBK), GBK);

            assertEquals(List.of(), parsed.errors());
            assertEquals(GBK, parsed.charset());
            assertEquals("海南省教育厅", find(parsed.rows(), HAINAN).name());
        }

        @Test
        void bytesInvalidInTheDeclaredEncodingAreReported() throws IOException {
            RegistryFile.Parsed parsed = read(csv(hainan()).getBytes(GBK), StandardCharsets.UTF_8);

            assertEquals(List.of(new RegistryError(0, BAD_ENCODING, List.of("UTF-8"))), parsed.errors());
            assertEquals(List.of(), parsed.rows());
        }

        @Test
        void crlfLineEndsAreAccepted() throws IOException {
            RegistryFile.Parsed parsed = read(file(MOE_LINE, SCHOOL_LINE).replace("\n", "\r\n"));

            assertEquals(List.of(), parsed.errors());
            assertEquals(List.of(2, 3), parsed.rows().stream().map(RegistryRow::line).toList());
        }
    }

    @Nested
    class LineErrors {

        static Stream<Arguments> badLines() {
            return Stream.of(
                    Arguments.of("2146000001,秀英小学,SCHOOL,21,460105,460105,ACTIVE,", COLUMN_COUNT, List.of("9", "8")),
                    Arguments.of("2146000001,秀英小学,SCHOOL,21,460105,460105,ACTIVE,,2024-01-01,x", COLUMN_COUNT, List.of("9", "10")),
                    Arguments.of("2146000001,,SCHOOL,21,460105,460105,ACTIVE,,2024-01-01", NAME_EMPTY, List.of()),
                    Arguments.of("2146000001,   ,SCHOOL,21,460105,460105,ACTIVE,,2024-01-01", NAME_EMPTY, List.of()),
                    Arguments.of("2146000001," + "校".repeat(201) + ",SCHOOL,21,460105,460105,ACTIVE,,2024-01-01",
                            NAME_TOO_LONG, List.of("201", "200")),
                    Arguments.of("214600001,秀英小学,SCHOOL,21,460105,460105,ACTIVE,,2024-01-01", BAD_CODE, List.of("214600001", "SCHOOL")),
                    Arguments.of("2100000001,秀英小学,SCHOOL,21,460105,460105,ACTIVE,,2024-01-01", BAD_CODE, List.of("2100000001", "SCHOOL")),
                    Arguments.of("46010,秀英区教育局,COUNTY,,460105,460100,ACTIVE,,2024-01-01", BAD_CODE, List.of("46010", "COUNTY")),
                    Arguments.of("2146000001,秀英区教育局,COUNTY,,460105,460100,ACTIVE,,2024-01-01", BAD_CODE, List.of("2146000001", "COUNTY")),
                    Arguments.of("000000,秀英区教育局,COUNTY,,460105,460100,ACTIVE,,2024-01-01", BAD_CODE, List.of("000000", "COUNTY")),
                    Arguments.of("460000,教育部,MOE,,000000,,ACTIVE,,2024-01-01", BAD_CODE, List.of("460000", "MOE")),
                    Arguments.of("2146000001,秀英小学,PRIMARY_SCHOOL,21,460105,460105,ACTIVE,,2024-01-01", UNKNOWN_KIND, List.of("PRIMARY_SCHOOL")),
                    Arguments.of("2146000001,秀英小学,school,21,460105,460105,ACTIVE,,2024-01-01", UNKNOWN_KIND, List.of("school")),
                    Arguments.of("2146000001,秀英小学,SCHOOL,22,460105,460105,ACTIVE,,2024-01-01", UNKNOWN_CATEGORY, List.of("22")),
                    Arguments.of("2146000001,秀英小学,SCHOOL,,460105,460105,ACTIVE,,2024-01-01", CATEGORY_MISSING, List.of("SCHOOL")),
                    Arguments.of("460105,秀英区教育局,COUNTY,21,460105,460100,ACTIVE,,2024-01-01", CATEGORY_NOT_EMPTY, List.of("21")),
                    Arguments.of("2146000001,秀英小学,SCHOOL,31,460105,460105,ACTIVE,,2024-01-01", CATEGORY_MISMATCH, List.of("31", "2146000001")),
                    Arguments.of("2146000001,秀英学院,HEI,21,460105,460000,ACTIVE,,2024-01-01", CATEGORY_KIND, List.of("21", "HEI")),
                    Arguments.of("4146000001,海南大学,SCHOOL,41,460100,460000,ACTIVE,,2024-01-01", CATEGORY_KIND, List.of("41", "SCHOOL")),
                    Arguments.of("4246000001,海南开放大学,TEACHING_POINT,42,460100,460000,ACTIVE,,2024-01-01", CATEGORY_KIND, List.of("42", "TEACHING_POINT")),
                    Arguments.of("2146000001,秀英小学,SCHOOL,21,46010,460105,ACTIVE,,2024-01-01", BAD_DIVISION, List.of("46010")),
                    Arguments.of("2146000001,秀英小学,SCHOOL,21,,460105,ACTIVE,,2024-01-01", BAD_DIVISION, List.of("")),
                    Arguments.of("2146000001,秀英小学,SCHOOL,21,460105,460105,OPEN,,2024-01-01", UNKNOWN_STATUS, List.of("OPEN")),
                    Arguments.of("2146000001,秀英小学,SCHOOL,21,460105,460105,MERGED,,2024-01-01", SUCCESSOR_MISSING, List.of()),
                    Arguments.of("2146000001,秀英小学,SCHOOL,21,460105,460105,ACTIVE,2146000002,2024-01-01",
                            SUCCESSOR_UNEXPECTED, List.of("2146000002", "ACTIVE")),
                    Arguments.of("2146000001,秀英小学,SCHOOL,21,460105,460105,CLOSED,2146000002,2024-01-01",
                            SUCCESSOR_UNEXPECTED, List.of("2146000002", "CLOSED")),
                    Arguments.of("2146000001,秀英小学,SCHOOL,21,460105,460105,ACTIVE,,2024-02-30", BAD_DATE, List.of("2024-02-30")),
                    Arguments.of("2146000001,秀英小学,SCHOOL,21,460105,460105,ACTIVE,,2024/01/01", BAD_DATE, List.of("2024/01/01")),
                    Arguments.of("2146000001,秀英小学,SCHOOL,21,460105,460105,ACTIVE,,", BAD_DATE, List.of("")),
                    Arguments.of("2146000001,\"秀英\"小学,SCHOOL,21,460105,460105,ACTIVE,,2024-01-01", BAD_QUOTING, List.of()),
                    Arguments.of("2146000001,秀英\"小\"学,SCHOOL,21,460105,460105,ACTIVE,,2024-01-01", BAD_QUOTING, List.of()));
        }

        @ParameterizedTest(name = "{1}: {0}")
        @MethodSource("badLines")
        void isReportedWithItsLineAndRowIsDropped(String line, String key, List<String> args) throws IOException {
            RegistryFile.Parsed parsed = read(file(MOE_LINE, line, "460000,海南省教育厅,PROVINCE,,460000,000000,ACTIVE,,2024-01-01"));

            assertEquals(List.of(new RegistryError(3, key, args)), parsed.errors());
            assertEquals(List.of("000000", "460000"), parsed.rows().stream().map(RegistryRow::code).toList());
        }

        @Test
        void everyProblemOfEveryLineIsReported() throws IOException {
            RegistryFile.Parsed parsed = read(file(
                    MOE_LINE,
                    "2146000001,,SCHOOL,31,46010,460105,OPEN,,2024-13-01",
                    SCHOOL_LINE,
                    "x,y"));

            assertEquals(List.of(
                    new RegistryError(3, NAME_EMPTY, List.of()),
                    new RegistryError(3, CATEGORY_MISMATCH, List.of("31", "2146000001")),
                    new RegistryError(3, BAD_DIVISION, List.of("46010")),
                    new RegistryError(3, UNKNOWN_STATUS, List.of("OPEN")),
                    new RegistryError(3, BAD_DATE, List.of("2024-13-01")),
                    new RegistryError(5, COLUMN_COUNT, List.of("9", "2"))), parsed.errors());
            assertEquals(2, parsed.rows().size());
        }

        @Test
        void fieldsAreTrimmed() throws IOException {
            RegistryFile.Parsed parsed = read(file(MOE_LINE, " 2146000001 , 秀英小学 ,SCHOOL, 21,460105,460105,ACTIVE,,2024-01-01 "));

            assertEquals(List.of(), parsed.errors());
            assertEquals("秀英小学", parsed.rows().get(1).name());
        }
    }

    @Nested
    class FileErrors {

        @ParameterizedTest
        @ValueSource(strings = {"", "\n\n", "  \r\n"})
        void emptyFile(String text) throws IOException {
            assertEquals(List.of(new RegistryError(0, EMPTY_FILE, List.of())), read(text).errors());
        }

        @Test
        void headerAndTrailerWithoutDataIsEmpty() throws IOException {
            assertEquals(List.of(new RegistryError(0, EMPTY_FILE, List.of())), read(file()).errors());
        }

        @Test
        void badHeaderStopsTheRead() throws IOException {
            String text = file(MOE_LINE, SCHOOL_LINE).replace("successor,effective", "effective,successor");

            RegistryFile.Parsed parsed = read(text);

            assertEquals(List.of(new RegistryError(1, BAD_HEADER,
                    List.of("code,name,kind,category,division,parent,status,effective,successor"))), parsed.errors());
            assertEquals(List.of(), parsed.rows());
        }

        @Test
        void missingHeader() throws IOException {
            String text = MOE_LINE + "\n" + SCHOOL_LINE + "\nEND,2\n";

            assertEquals(BAD_HEADER, read(text).errors().get(0).key());
            assertEquals(1, read(text).errors().get(0).line());
        }

        @Test
        void missingTrailerMeansTruncated() throws IOException {
            String text = HEADER_LINE + "\n" + MOE_LINE + "\n" + SCHOOL_LINE + "\n";

            RegistryFile.Parsed parsed = read(text);

            assertEquals(List.of(new RegistryError(0, MISSING_TRAILER, List.of())), parsed.errors());
            assertEquals(2, parsed.rows().size());
        }

        @Test
        void truncatedMidLineReportsTheTrailerAndTheBrokenLine() throws IOException {
            String text = HEADER_LINE + "\n" + MOE_LINE + "\n" + SCHOOL_LINE.substring(0, 30);

            RegistryFile.Parsed parsed = read(text);

            assertEquals(new RegistryError(0, MISSING_TRAILER, List.of()), parsed.errors().get(0));
            assertEquals(new RegistryError(3, COLUMN_COUNT, List.of("9", "4")), parsed.errors().get(1));
        }

        @Test
        void unclosedQuoteSwallowsTheRestOfTheFile() throws IOException {
            RegistryFile.Parsed parsed = read(file(MOE_LINE, "2146000001,\"秀英小学,SCHOOL,21,460105,460105,ACTIVE,,2024-01-01", SCHOOL_LINE));

            assertEquals(MISSING_TRAILER, parsed.errors().get(0).key());
            assertEquals(new RegistryError(3, BAD_QUOTING, List.of()), parsed.errors().get(1));
        }

        @Test
        void wrongTrailerCountMeansTruncated() throws IOException {
            String text = file(MOE_LINE, SCHOOL_LINE).replace("END,2", "END,5");

            RegistryFile.Parsed parsed = read(text);

            assertEquals(List.of(new RegistryError(4, TRAILER_COUNT, List.of("5", "2"))), parsed.errors());
        }

        @Test
        void malformedTrailer() throws IOException {
            String text = file(MOE_LINE, SCHOOL_LINE).replace("END,2", "END,two");

            assertEquals(List.of(new RegistryError(4, BAD_TRAILER, List.of("END,two"))), read(text).errors());
        }

        @Test
        void blankLinesAreNeitherRowsNorCounted() throws IOException {
            String text = HEADER_LINE + "\n" + MOE_LINE + "\n\n" + SCHOOL_LINE + "\nEND,2\n\n";

            RegistryFile.Parsed parsed = read(text);

            assertEquals(List.of(), parsed.errors());
            assertEquals(List.of(2, 4), parsed.rows().stream().map(RegistryRow::line).toList());
        }
    }
}
