package cn.eduinfo.account;

/**
 * Roles of organisation accounts (第八条) and of platform staff with separated duties. The names are
 * the security groups and roles of the application.
 */
public enum Role {
    INSPECTOR("I1"), REVIEWER("R1"), ADMINISTRATOR("A1"),
    SYSTEM_ADMIN(null), SECURITY_ADMIN(null), AUDIT_ADMIN(null);

    /** Roles that belong to an organisation of the reporting tree and may see its data. */
    public static final String[] ORGANISATION_ROLES = {"INSPECTOR", "REVIEWER", "ADMINISTRATOR"};

    private final String usernameSuffix;

    Role(String usernameSuffix) {
        this.usernameSuffix = usernameSuffix;
    }

    public boolean isPlatform() {
        return usernameSuffix == null;
    }

    /** Proposal of DOMAIN.md: organisation code + A1 / R1 / I1. */
    public String usernameFor(String orgCode) {
        if (isPlatform()) {
            throw new IllegalStateException(this + " accounts are not generated per organisation");
        }
        return orgCode + usernameSuffix;
    }
}
