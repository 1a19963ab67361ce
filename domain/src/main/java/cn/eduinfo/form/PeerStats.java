package cn.eduinfo.form;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the peers of an organisation (the other units filling the same form in its county) spread
 * on each numeric indicator, for the 'far outside its peers' check. Quartiles are interpolated
 * linearly between order statistics (as Excel's QUARTILE.INC), so a reviewer can recompute them.
 */
public final class PeerStats {

    /** @param count how many peers reported the indicator */
    public record Spread(int count, double q1, double median, double q3) {

        public double iqr() {
            return q3 - q1;
        }
    }

    private final Map<String, Spread> spreads;

    public PeerStats(Map<String, Spread> spreads) {
        this.spreads = Map.copyOf(spreads);
    }

    /** Spreads of every numeric value found among the peers' values (the organisation itself excluded by the caller). */
    public static PeerStats fromPeers(List<FormValues> peers) {
        Map<String, List<Double>> columns = new HashMap<>();
        for (FormValues peer : peers) {
            peer.asMap().forEach((code, v) -> number(v).ifPresent(n -> columns.computeIfAbsent(code, c -> new ArrayList<>()).add(n)));
        }
        Map<String, Spread> spreads = new HashMap<>();
        columns.forEach((code, list) -> spreads.put(code, spread(list)));
        return new PeerStats(spreads);
    }

    public Optional<Spread> spread(String code) {
        return Optional.ofNullable(spreads.get(code));
    }

    static Spread spread(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return new Spread(sorted.length, quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75));
    }

    private static double quantile(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    private static Optional<Double> number(String v) {
        // Only plain canonical numbers: yes/no ('true'), choice codes and texts have no spread.
        if (!v.matches("-?\\d+(\\.\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(v));
    }
}
