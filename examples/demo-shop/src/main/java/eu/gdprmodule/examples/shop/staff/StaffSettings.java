package eu.gdprmodule.examples.shop.staff;

import eu.gdprmodule.examples.shop.customer.EmailAddresses;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.Config;

/**
 * The first staff accounts, as the shop's MicroProfile Config asks for them, checked before
 * anything is stored:
 * <ul>
 * <li>{@value #ADMIN_EMAIL} (default {@value #DEFAULT_ADMIN_EMAIL}) and {@value #ADMIN_PASSWORD}:
 * the administrator. Without a password one is generated: the shop has no built-in password,
 * since a default one is the first thing an attacker tries.</li>
 * <li>{@value #DPO_EMAIL} and {@value #DPO_PASSWORD}, both or neither: the data protection officer.</li>
 * </ul>
 * A chosen password needs {@value #MIN_PASSWORD_LENGTH} characters, as a customer's does; a
 * shorter one is refused, not used, since it would guard every customer's data.
 */
public final class StaffSettings {

    public static final String ADMIN_EMAIL = "shop.admin.email";
    public static final String ADMIN_PASSWORD = "shop.admin.password";
    public static final String DPO_EMAIL = "shop.dpo.email";
    public static final String DPO_PASSWORD = "shop.dpo.password";
    public static final String DEFAULT_ADMIN_EMAIL = "admin@demo-shop.example";
    /** CNIL's recommendation for a password alone, the same as for customers. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private final Function<String, Optional<String>> config;
    private final Supplier<String> passwordGenerator;

    StaffSettings(Function<String, Optional<String>> config, Supplier<String> passwordGenerator) {
        this.config = config;
        this.passwordGenerator = passwordGenerator;
    }

    static StaffSettings of(Config config) {
        return new StaffSettings(key -> config.getOptionalValue(key, String.class), InitialPasswords::generate);
    }

    /**
     * The administrator to open when the shop has none.
     *
     * @throws StaffSettingRefused when the address or the configured password cannot be used
     */
    FirstAccount administrator() {
        String email = address(StaffRole.GDPR_ADMIN, ADMIN_EMAIL).orElse(DEFAULT_ADMIN_EMAIL);
        Optional<String> password = value(ADMIN_PASSWORD);
        if (password.isEmpty()) {
            return new FirstAccount(email, "Shop administrator", StaffRole.GDPR_ADMIN, passwordGenerator.get(), true);
        }
        return new FirstAccount(email, "Shop administrator", StaffRole.GDPR_ADMIN,
                acceptable(StaffRole.GDPR_ADMIN, ADMIN_PASSWORD, password.get()), false);
    }

    /** Whether a data protection officer account is asked for (either of its keys is set). */
    boolean wantsDataProtectionOfficer() {
        return value(DPO_EMAIL).isPresent() || value(DPO_PASSWORD).isPresent();
    }

    /** The officer's address as stored, unchecked: enough to see whether the account exists already. */
    Optional<String> dataProtectionOfficerEmail() {
        return value(DPO_EMAIL).map(EmailAddresses::normalise);
    }

    /**
     * The data protection officer's account.
     *
     * @throws StaffSettingRefused when a key is missing, or the address or the password cannot be used
     */
    FirstAccount dataProtectionOfficer() {
        if (value(DPO_EMAIL).isEmpty() || value(DPO_PASSWORD).isEmpty()) {
            throw new StaffSettingRefused("No gdpr-dpo account opened: " + DPO_EMAIL + " and "
                    + DPO_PASSWORD + " go together, and only one of them is set");
        }
        String email = address(StaffRole.GDPR_DPO, DPO_EMAIL).orElseThrow();
        String password = acceptable(StaffRole.GDPR_DPO, DPO_PASSWORD, value(DPO_PASSWORD).orElseThrow());
        return new FirstAccount(email, "Data protection officer", StaffRole.GDPR_DPO, password, false);
    }

    /** A set, non-blank value; MicroProfile Config already treats an empty one as unset. */
    private Optional<String> value(String key) {
        return config.apply(key).filter(text -> !text.isBlank());
    }

    private Optional<String> address(StaffRole role, String key) {
        Optional<String> address = value(key).map(EmailAddresses::normalise);
        if (address.isPresent() && !looksLikeAnAddress(address.get())) {
            throw new StaffSettingRefused("No " + role.roleName() + " account opened: " + key
                    + " is not an e-mail address (" + address.get() + ")");
        }
        return address;
    }

    /**
     * At least what the sign-up form asks of an address (something, {@code @}, a dotted domain),
     * without spaces: a staff member types it on the same login page.
     */
    private static boolean looksLikeAnAddress(String address) {
        return address.length() <= EmailAddresses.MAX_LENGTH && address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    private static String acceptable(StaffRole role, String key, String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            // The password itself stays out of the log, even a refused one: it may be a real one, mistyped.
            throw new StaffSettingRefused("No " + role.roleName() + " account opened: " + key + " has "
                    + password.length() + " characters, and a staff password needs at least " + MIN_PASSWORD_LENGTH
                    + (role == StaffRole.GDPR_ADMIN ? " (or leave it unset to have one generated)" : ""));
        }
        return password;
    }
}
