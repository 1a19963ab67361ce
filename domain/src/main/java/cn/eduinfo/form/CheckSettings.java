package cn.eduinfo.form;

import java.math.BigDecimal;

/**
 * The tunables of the fix-or-explain checks (their defaults belong in microprofile-config).
 *
 * @param changeShare       a change against last quarter beyond this share of the old value asks
 *                          for an explanation (0.5 = 50%)
 * @param peerFactor        k of the peer fences [Q1 − k·IQR, Q3 + k·IQR]; 3 is Tukey's 'far out'
 * @param minPeers          below this many peers the county says nothing about a value
 * @param minAbsoluteChange smaller moves never ask for an explanation: 2 → 4 classrooms is +100%
 *                          but not news, and a county where every school has 1 has an IQR of 0
 */
public record CheckSettings(double changeShare, double peerFactor, int minPeers, BigDecimal minAbsoluteChange) {

    public static final CheckSettings DEFAULTS = new CheckSettings(0.5, 3.0, 5, new BigDecimal("5"));

    public CheckSettings {
        if (!(changeShare > 0) || !(peerFactor > 0) || minPeers < 3 || minAbsoluteChange == null || minAbsoluteChange.signum() < 0) {
            throw new IllegalArgumentException("check settings out of range");
        }
    }
}
