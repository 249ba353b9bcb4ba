package eu.gdprmodule.examples.shop.staff;

/**
 * What a staff member may do in the GDPR module's console. The names are the module's own
 * security roles; the identity store gives a staff member the group of the same name, and
 * {@code payara-web.xml} maps each group to its role.
 */
public enum StaffRole {

    /** Everything the console offers, settings included. */
    GDPR_ADMIN(StaffRole.ADMIN),

    /** The data protection officer (Art. 37-39 GDPR): reads everything, to monitor compliance, changes no settings. */
    GDPR_DPO(StaffRole.DPO);

    /** The module's role of administrators, as a constant for annotations such as {@code @DeclareRoles}. */
    public static final String ADMIN = "gdpr-admin";
    /** The module's role of the data protection officer. */
    public static final String DPO = "gdpr-dpo";

    private final String roleName;

    StaffRole(String roleName) {
        this.roleName = roleName;
    }

    /** The role's name, as stored, as the caller's group and as the module's security role. */
    public String roleName() {
        return roleName;
    }

    public static StaffRole named(String roleName) {
        for (StaffRole role : values()) {
            if (role.roleName.equals(roleName)) {
                return role;
            }
        }
        throw new IllegalArgumentException("no staff role " + roleName);
    }
}
