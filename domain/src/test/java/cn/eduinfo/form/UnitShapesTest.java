package cn.eduinfo.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.SchoolCategory;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shapes the set-based statements map (quarter opening): every one has its audience and form. */
class UnitShapesTest {

    @Test
    void everyShapeOfUnitHasAnAudienceAndEveryAudienceIsReached() {
        List<String> shapes = new ArrayList<>();
        Set<Audience> reached = EnumSet.noneOf(Audience.class);
        Audience.forEachUnitShape((kind, category) -> {
            shapes.add(kind + "/" + category);
            reached.add(Audience.of(kind, category));
        });
        assertEquals(EnumSet.allOf(Audience.class), reached);
        assertTrue(shapes.contains("COUNTY/null") && !shapes.contains("SCHOOL/null") && shapes.contains("TEACHING_POINT/null"), shapes.toString());
        long authorities = EnumSet.allOf(OrgKind.class).stream().filter(OrgKind::isAuthority).count();
        int categories = SchoolCategory.values().length;
        assertEquals(authorities + 2 * (categories + 1) + categories, shapes.size(),
                "authorities once, teaching points and HEIs with and without a category, schools with one");
    }
}
