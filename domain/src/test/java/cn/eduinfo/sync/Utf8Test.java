package cn.eduinfo.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Utf8.isValid says what the JDK's strict decoder says, on every edge of the encoding and on random bytes. */
class Utf8Test {

    @ParameterizedTest
    @ValueSource(strings = {"", "41", "C280", "DFBF", "C0AF", "C1BF", "C2", "80", "BF", "E0A080", "E09F80", "E0A0", "EDA080",
            "ED9FBF", "EEBFBF", "EFBFBD", "F0908080", "F08F8080", "F48FBFBF", "F4908080", "F5808080", "FF", "FE",
            "E4B8AD", "E4B8", "E4C0AD", "F09F9880", "F09F98", "C2C2", "41E4B8AD42"})
    void edgesOfTheEncoding(String hex) {
        assertSame(bytes(hex));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomBytesWeightedTowardsMultiByteCharacters(int seed) {
        Random random = new Random(seed);
        byte[] chinese = "教育部，海口市第一小学😀".getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 2000; round++) {
            byte[] b = new byte[random.nextInt(12)];
            for (int i = 0; i < b.length; i++) {
                b[i] = random.nextInt(3) == 0 ? (byte) random.nextInt(256) : chinese[random.nextInt(chinese.length)];
            }
            assertSame(b);
        }
    }

    private static void assertSame(byte[] b) {
        assertEquals(RegistryFile.decode(b, StandardCharsets.UTF_8) != null, Utf8.isValid(b), () -> java.util.HexFormat.of().formatHex(b));
    }

    private static byte[] bytes(String hex) {
        return java.util.HexFormat.of().parseHex(hex);
    }
}
