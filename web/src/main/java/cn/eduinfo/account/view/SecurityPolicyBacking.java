package cn.eduinfo.account.view;

import cn.eduinfo.account.SecurityPolicy;
import cn.eduinfo.account.boundary.SecurityPolicies;
import cn.eduinfo.shared.DomainException;
import cn.eduinfo.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** account/policy.xhtml (安全策略): the security administrator's lock-out, password length and idle time-out. */
@Named
@ViewScoped
public class SecurityPolicyBacking implements Serializable {

    @EJB
    SecurityPolicies policies;

    @Inject
    Messages messages;

    private SecurityPolicies.Current current;
    private int maxFailures;
    private int lockMinutes;
    private int minPasswordLength;
    private int idleMinutes;

    @PostConstruct
    void load() {
        show(policies.current());
    }

    private void show(SecurityPolicies.Current shown) {
        current = shown;
        maxFailures = shown.policy().maxFailures();
        lockMinutes = shown.policy().lockMinutes();
        minPasswordLength = shown.policy().minPasswordLength();
        idleMinutes = shown.policy().idleMinutes();
    }

    /** Saves the values typed against the policy shown: a value out of bounds, or a policy saved by someone since, saves nothing. */
    public void save() {
        try {
            show(policies.set(new SecurityPolicy(maxFailures, lockMinutes, minPasswordLength, idleMinutes), current.version()));
            messages.info("policy.saved");
        } catch (DomainException e) {
            messages.error(e);
        }
    }

    public SecurityPolicies.Current getCurrent() { return current; }
    public SecurityPolicy.Bounds getFailureBounds() { return SecurityPolicy.MAX_FAILURES; }
    public SecurityPolicy.Bounds getLockBounds() { return SecurityPolicy.LOCK_MINUTES; }
    public SecurityPolicy.Bounds getLengthBounds() { return SecurityPolicy.MIN_PASSWORD_LENGTH; }
    public SecurityPolicy.Bounds getIdleBounds() { return SecurityPolicy.IDLE_MINUTES; }
    public int getMaxFailures() { return maxFailures; }
    public void setMaxFailures(int v) { maxFailures = v; }
    public int getLockMinutes() { return lockMinutes; }
    public void setLockMinutes(int v) { lockMinutes = v; }
    public int getMinPasswordLength() { return minPasswordLength; }
    public void setMinPasswordLength(int v) { minPasswordLength = v; }
    public int getIdleMinutes() { return idleMinutes; }
    public void setIdleMinutes(int v) { idleMinutes = v; }
}
