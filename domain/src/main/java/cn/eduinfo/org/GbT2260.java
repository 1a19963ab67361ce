package cn.eduinfo.org;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * China's administrative divisions (GB/T 2260, 2023) as shipped in this jar under {@code gbt2260/}.
 * Cities named 市辖区, 县 or '…直辖县级行政区划' are statistical groupings, not prefecture authorities:
 * their counties belong to the province directly.
 */
public final class GbT2260 {

    public record Division(String code, String name, String parentCode) {

        /** The 6-digit division code of an authority (provinces 2 digits, cities 4, counties 6 in the files). */
        public String divisionCode() {
            return (code + "000000").substring(0, 6);
        }

        public boolean isGrouping() {
            return name.equals("市辖区") || name.equals("县") || name.contains("直辖县级");
        }
    }

    public final List<Division> provinces;
    public final List<Division> cities;
    public final List<Division> areas;
    public final List<Division> streets;

    private GbT2260(List<Division> provinces, List<Division> cities, List<Division> areas, List<Division> streets) {
        this.provinces = provinces;
        this.cities = cities;
        this.areas = areas;
        this.streets = streets;
    }

    public static GbT2260 load() {
        return new GbT2260(read("provinces.csv", -1), read("cities.csv", 2), read("areas.csv", 2), read("streets.csv", 2));
    }

    public List<Division> citiesOf(String provinceCode) {
        return cities.stream().filter(c -> c.parentCode().equals(provinceCode)).toList();
    }

    public List<Division> areasOf(String cityCode) {
        return areas.stream().filter(a -> a.parentCode().equals(cityCode)).toList();
    }

    public List<Division> streetsOf(String areaCode) {
        return streets.stream().filter(s -> s.parentCode().equals(areaCode)).toList();
    }

    public Division province(String twoDigits) {
        return provinces.stream().filter(p -> p.code().equals(twoDigits)).findFirst().orElseThrow();
    }

    /** Reads one file; {@code parentColumn} is the column holding the parent's code (-1: none). */
    private static List<Division> read(String file, int parentColumn) {
        InputStream in = Objects.requireNonNull(GbT2260.class.getResourceAsStream("/gbt2260/" + file), file);
        List<Division> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split(",");
                rows.add(new Division(f[0], unquote(f[1]), parentColumn < 0 ? null : f[parentColumn]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static String unquote(String s) {
        return s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
