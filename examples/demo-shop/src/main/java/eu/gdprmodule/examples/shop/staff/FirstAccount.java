package eu.gdprmodule.examples.shop.staff;

/**
 * A staff account the configuration asks for, checked and ready to open.
 *
 * @param generatedPassword whether the shop made the password up, so it must be shown (once)
 */
record FirstAccount(String email, String displayName, StaffRole role, String password, boolean generatedPassword) {

    /** Without the password: this may well end up in a log line or an assertion message. */
    @Override
    public String toString() {
        return role.roleName() + " " + email + (generatedPassword ? " (generated password)" : " (configured password)");
    }
}
