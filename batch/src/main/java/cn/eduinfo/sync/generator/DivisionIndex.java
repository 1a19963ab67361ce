package cn.eduinfo.sync.generator;

import cn.eduinfo.org.GbT2260;
import cn.eduinfo.org.GbT2260.Division;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** GB/T 2260 by parent code; the maps are only looked up, never iterated. */
final class DivisionIndex {

    private final GbT2260 gb;
    private final Map<String, List<Division>> citiesByProvince = new HashMap<>();
    private final Map<String, List<Division>> areasByCity = new HashMap<>();
    private final Map<String, List<Division>> streetsByArea = new HashMap<>();
    private final Map<String, Division> areaByCode = new HashMap<>();

    DivisionIndex(GbT2260 gb) {
        this.gb = gb;
        for (Division c : gb.cities) {
            citiesByProvince.computeIfAbsent(c.parentCode(), k -> new ArrayList<>()).add(c);
        }
        for (Division a : gb.areas) {
            areasByCity.computeIfAbsent(a.parentCode(), k -> new ArrayList<>()).add(a);
            areaByCode.put(a.code(), a);
        }
        for (Division s : gb.streets) {
            streetsByArea.computeIfAbsent(s.parentCode(), k -> new ArrayList<>()).add(s);
        }
    }

    List<Division> provinces() {
        return gb.provinces;
    }

    List<Division> cities(String pp) {
        return citiesByProvince.getOrDefault(pp, List.of());
    }

    List<Division> areas(String cityCode) {
        return areasByCity.getOrDefault(cityCode, List.of());
    }

    List<Division> streets(String areaCode) {
        return streetsByArea.getOrDefault(areaCode, List.of());
    }

    /** The county-level area of that code, or null. */
    Division area(String code) {
        return areaByCode.get(code);
    }

    /** The areas of the province's first city (its capital in GB/T 2260 order; a municipality's districts). */
    List<Division> capitalAreas(String pp) {
        List<Division> cities = cities(pp);
        if (cities.isEmpty()) {
            throw new IllegalStateException("no cities in province " + pp);
        }
        return areas(cities.get(0).code());
    }
}
