package cn.eduinfo.sync.generator;

import java.util.Random;

/** Name parts shared by both modes: numerals, villages, short place names. */
final class Names {

    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final String[] VILLAGE_CHARS = {
        "东", "西", "南", "北", "新", "上", "下", "大", "小", "红", "高", "王", "李", "张", "刘", "陈", "杨", "黄",
        "马", "石", "金", "水", "山", "河", "林", "田", "前", "后", "中", "兴", "和", "平", "安", "丰", "富", "花",
        "桥", "沟", "湾", "坪", "营", "庄", "堡", "岭", "柳", "杏", "枣", "龙", "凤", "双", "三", "五", "白", "青"};
    static final String[] KINDERGARTEN_BRANDS = {
        "阳光", "蓝天", "小太阳", "童心", "金色童年", "育才", "启明星", "小天使", "爱心", "春苗", "贝贝", "快乐",
        "明珠", "彩虹", "星星", "博雅", "智慧树", "七色花", "小百灵", "向日葵"};

    private Names() {
    }

    /** 1 → 一, 12 → 十二, 20 → 二十, 99 → 九十九; from 100 on Arabic digits. */
    static String numeral(int n) {
        if (n < 1 || n > 99) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        return (n / 10 == 1 ? "" : DIGITS[n / 10]) + "十" + DIGITS[n % 10];
    }

    /** A made-up administrative village: two characters and 村. */
    static String village(Random random) {
        return VILLAGE_CHARS[random.nextInt(VILLAGE_CHARS.length)] + VILLAGE_CHARS[random.nextInt(VILLAGE_CHARS.length)] + "村";
    }

    /** A town or street as it appears in a school's name: 东华门街道 → 东华门, 城关镇 stays. */
    static String town(String streetName) {
        for (String suffix : new String[]{"街道办事处", "办事处", "街道"}) {
            if (streetName.endsWith(suffix) && streetName.length() > suffix.length()) {
                return streetName.substring(0, streetName.length() - suffix.length());
            }
        }
        return streetName;
    }

    /** An urban street (街道) rather than a town, township or farm. */
    static boolean isUrban(String streetName) {
        return streetName.endsWith("街道") || streetName.endsWith("街道办事处");
    }

    /** 河北省 → 河北, 广西壮族自治区 → 广西, 北京市 → 北京. */
    static String provinceShort(String name) {
        for (String suffix : new String[]{"壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省", "市"}) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    /** 石家庄市 → 石家庄, 延边朝鲜族自治州 → 延边, 兴安盟 → 兴安, 阿里地区 → 阿里. */
    static String cityShort(String name) {
        int autonomous = name.indexOf("自治州");
        if (autonomous > 0) {
            return name.substring(0, 2);
        }
        for (String suffix : new String[]{"地区", "盟", "市"}) {
            if (name.endsWith(suffix) && name.length() > suffix.length() + 1) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
