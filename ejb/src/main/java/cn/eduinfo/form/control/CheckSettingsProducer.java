package cn.eduinfo.form.control;

import cn.eduinfo.form.CheckSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The fix-or-explain thresholds, from MicroProfile Config (README, 'Configuration'). */
@ApplicationScoped
public class CheckSettingsProducer {

    @Inject
    @ConfigProperty(name = "eduinfo.form.change-share", defaultValue = "0.5")
    double changeShare;

    @Inject
    @ConfigProperty(name = "eduinfo.form.peer-factor", defaultValue = "3")
    double peerFactor;

    @Inject
    @ConfigProperty(name = "eduinfo.form.min-peers", defaultValue = "5")
    int minPeers;

    @Inject
    @ConfigProperty(name = "eduinfo.form.min-change", defaultValue = "5")
    String minChange;

    @Produces
    public CheckSettings settings() {
        return new CheckSettings(changeShare, peerFactor, minPeers, new BigDecimal(minChange));
    }
}
