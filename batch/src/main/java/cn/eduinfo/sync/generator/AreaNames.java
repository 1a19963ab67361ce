package cn.eduinfo.sync.generator;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Names of one area's schools, unique within the area. */
final class AreaNames {
    private final Draws draws;
    private final String county;
    private final String[] towns;
    private final boolean[] urban;
    private final List<Integer> ruralTowns;
    private final Set<String> used = new HashSet<>();
    private final int[] juniors;
    private final int[] primaries;
    private final int[] kindergartens;
    private final int[] teachingPoints;
    private final int start;

    AreaNames(Draws draws, String county, String[] towns, boolean[] urban, List<Integer> ruralTowns) {
        this.draws = draws;
        this.county = county;
        this.towns = towns;
        this.urban = urban;
        this.ruralTowns = ruralTowns;
        this.juniors = new int[towns.length];
        this.primaries = new int[towns.length];
        this.kindergartens = new int[towns.length];
        this.teachingPoints = new int[towns.length];
        this.start = draws.nextInt(towns.length);
    }

    String unique(String name) {
        if (used.add(name)) {
            return name;
        }
        for (int i = 2; ; i++) {
            String alt = name + "（" + Names.numeral(i) + "）";
            if (used.add(alt)) {
                return alt;
            }
        }
    }

    private int town(int i) {
        return (start + i) % towns.length;
    }

    String junior(int i) {
        if (i == 0) {
            return unique(county + "实验中学");
        }
        int t = town(i - 1);
        int k = ++juniors[t];
        return unique(towns[t] + (k == 1 ? "中学" : "第" + Names.numeral(k) + "中学"));
    }

    String primary(int i) {
        if (i == 0) {
            return unique(county + "实验小学");
        }
        int t = town(i - 1);
        int k = ++primaries[t];
        if (k == 1) {
            return unique(towns[t] + (urban[t] ? "小学" : "中心小学"));
        }
        if (!urban[t] && draws.nextInt(10) < 7) {
            String name = village(towns[t], "小学");
            if (name != null) {
                return name;
            }
        }
        return unique(towns[t] + "第" + Names.numeral(k) + "小学");
    }

    String teachingPoint(int i) {
        int t = ruralTowns.isEmpty() ? town(i) : ruralTowns.get((start + i) % ruralTowns.size());
        int k = ++teachingPoints[t];
        String name = village(towns[t], "教学点");
        return name != null ? name : unique(towns[t] + "第" + Names.numeral(k) + "教学点");
    }

    String kindergarten(int i) {
        if (i == 0) {
            return unique(county + "实验幼儿园");
        }
        if (i == 1) {
            return unique(county + "机关幼儿园");
        }
        int t = town(i - 2);
        int k = ++kindergartens[t];
        if (k == 1) {
            return unique(towns[t] + (urban[t] ? "幼儿园" : "中心幼儿园"));
        }
        int choice = draws.nextInt(10);
        if (!urban[t] && choice < 6) {
            String name = village(towns[t], "幼儿园");
            if (name != null) {
                return name;
            }
        } else if (urban[t] ? choice < 5 : choice >= 6) {
            String name = towns[t] + Names.KINDERGARTEN_BRANDS[draws.nextInt(Names.KINDERGARTEN_BRANDS.length)] + "幼儿园";
            if (used.add(name)) {
                return name;
            }
        }
        return unique(towns[t] + "第" + Names.numeral(k) + "幼儿园");
    }

    /** town + village + suffix, or null after a few collisions. */
    private String village(String town, String suffix) {
        for (int attempt = 0; attempt < 8; attempt++) {
            String name = town + Names.village(draws.random()) + suffix;
            if (used.add(name)) {
                return name;
            }
        }
        return null;
    }
}
