package cn.eduinfo.sync.generator;

import cn.eduinfo.org.GbT2260.Division;
import cn.eduinfo.org.OrgKind;
import cn.eduinfo.org.SchoolCategory;
import cn.eduinfo.sync.RegistryRow;

/** One line of the national output in tree order; area steps get their schools only once all quotas are known. */
sealed interface NationalStep permits NationalStep.Row, NationalStep.School, NationalStep.Area {

    record Row(RegistryRow row) implements NationalStep {
    }

    record School(String parent, SchoolCategory category, OrgKind kind, String provinceDigits, String name,
                  String division) implements NationalStep {
    }

    /** The schools of one county-level area. pool 0: the provinces' counties, 1: the XPCC. */
    final class Area implements NationalStep {
        final String parent;
        final String provinceDigits;
        final Division area;
        final String county;
        final String townPrefix;
        final int pool;
        double weight;
        int quota;

        Area(String parent, String provinceDigits, Division area, String county, String townPrefix, int pool) {
            this.parent = parent;
            this.provinceDigits = provinceDigits;
            this.area = area;
            this.county = county;
            this.townPrefix = townPrefix;
            this.pool = pool;
        }
    }
}
