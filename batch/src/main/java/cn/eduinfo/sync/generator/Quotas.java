package cn.eduinfo.sync.generator;

import cn.eduinfo.org.OrgKind;
import cn.eduinfo.sync.generator.NationalStep.Area;
import cn.eduinfo.sync.generator.NationalStep.School;
import java.util.ArrayList;
import java.util.List;

/** How many schools each county-level area gets, once the tree and its 直属学校 are planned. */
final class Quotas {

    /** Share of the schools that belong to the XPCC. */
    private static final double XPCC_SHARE = 0.0015;

    private Quotas() {
    }

    /** {@code schools} minus the 直属学校, over the provinces' areas and the XPCC's by weight. */
    static void allocate(List<NationalStep> steps, int schools) {
        int direct = 0;
        List<Area> main = new ArrayList<>();
        List<Area> xpcc = new ArrayList<>();
        for (NationalStep s : steps) {
            if (s instanceof School school && school.kind() != OrgKind.HEI) {
                direct++;
            } else if (s instanceof Area a) {
                (a.pool == 0 ? main : xpcc).add(a);
            }
        }
        int xpccTotal = (int) Math.round(schools * XPCC_SHARE);
        int mainTotal = Math.max(0, schools - direct - xpccTotal);
        quotas(main, mainTotal);
        quotas(xpcc, Math.max(0, Math.min(xpccTotal, schools - direct)));
    }

    private static void quotas(List<Area> areas, int total) {
        if (areas.isEmpty()) {
            return;
        }
        double[] weights = areas.stream().mapToDouble(a -> a.weight).toArray();
        int[] q = largestRemainder(total, weights, Math.min(10, total / areas.size()));
        for (int i = 0; i < q.length; i++) {
            areas.get(i).quota = q[i];
        }
    }

    /** {@code base} each, the rest in proportion to the weights; ties by position: deterministic. */
    static int[] largestRemainder(int total, double[] weights, int base) {
        int n = weights.length;
        int[] result = new int[n];
        int rest = total - base * n;
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double[] remainders = new double[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            double exact = rest * weights[i] / sum;
            result[i] = base + (int) Math.floor(exact);
            remainders[i] = exact - Math.floor(exact);
            given += (int) Math.floor(exact);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> remainders[a] != remainders[b] ? Double.compare(remainders[b], remainders[a]) : Integer.compare(a, b));
        for (int i = 0; i < rest - given; i++) {
            result[order[i % n]]++;
        }
        return result;
    }
}
