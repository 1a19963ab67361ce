package cn.eduinfo.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.eduinfo.shared.DomainException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** 第六条: an authority names its area's technical support unit; a unit turns to the nearest one named at or above it. */
class SupportUnitTest {

    private final Organisation moe = Organisation.moe("教育部");
    private final Organisation hainan = Organisation.authority("460000", "海南省教育厅", OrgKind.PROVINCE, moe);
    private final Organisation haikou = Organisation.authority("460100", "海口市教育局", OrgKind.PREFECTURE, hainan);
    private final Organisation xiuying = Organisation.authority("460105", "秀英区教育局", OrgKind.COUNTY, haikou);
    private final Organisation school = Organisation.school("2146000001", "海口市秀英区第一小学", OrgKind.SCHOOL, xiuying, "460105");

    @Test
    void aUnitTurnsToTheNearestSupportNamedAtOrAboveIt() {
        assertEquals(Optional.empty(), school.supportedBy());
        hainan.setSupport(" 海南省教育信息中心 ", "0898-65230000");
        assertEquals(Optional.of(hainan), school.supportedBy());
        xiuying.setSupport("秀英区电教站", "0898-68601111");
        assertEquals(Optional.of(xiuying), school.supportedBy());
        assertEquals(Optional.of(hainan), haikou.supportedBy());
        assertEquals("海南省教育信息中心", hainan.getSupportUnit());

        xiuying.setSupport(" ", "");
        assertNull(xiuying.getSupportUnit());
        assertEquals(Optional.of(hainan), school.supportedBy(), "cleared: the province's again");
    }

    @Test
    void onlyAnAuthorityNamesOneAndBothPartsMustBeSound() {
        assertEquals("org.support.authoritiesOnly", assertThrows(DomainException.class, () -> school.setSupport("某公司", "12345")).key());
        assertEquals("org.support.unit.invalid", assertThrows(DomainException.class, () -> xiuying.setSupport("", "0898-68601111")).key());
        assertEquals("org.support.unit.invalid", assertThrows(DomainException.class, () -> xiuying.setSupport("<b>站</b>", "0898-68601111")).key());
        assertEquals("org.support.phone.invalid", assertThrows(DomainException.class, () -> xiuying.setSupport("秀英区电教站", "call us")).key());
        assertNull(xiuying.getSupportUnit(), "a refused one changes nothing");
    }
}
