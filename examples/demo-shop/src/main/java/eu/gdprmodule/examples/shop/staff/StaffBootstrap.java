package eu.gdprmodule.examples.shop.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Opens the first staff accounts at start, once the shop's schema is migrated, so that someone
 * can sign in to the GDPR module's console: an administrator when the shop has none, and the data
 * protection officer when the configuration names one who has no account yet (see
 * {@link StaffSettings}). A shop that has them already is left alone, and nothing is logged: the
 * configuration only opens accounts, it never resets a password.
 *
 * <p>A generated password is logged once, at WARNING, in the one line that reports the new
 * account: it exists nowhere else, and the shop cannot show it again (only its hash is kept).
 * A setting the shop refuses is logged at SEVERE and the shop starts without that account.
 */
@Singleton
@Startup
@DependsOn("ShopDatabase") // the migration that creates SHOP_STAFF runs in ShopDatabase's @PostConstruct
@TransactionManagement(TransactionManagementType.BEAN) // each account commits on its own, before it is reported
public class StaffBootstrap {

    private static final Logger LOG = Logger.getLogger(StaffBootstrap.class.getName());

    @Inject
    StaffAccounts accounts;

    /** Runs at start; safe to run again, when it finds what it would open and does nothing. */
    @PostConstruct
    public void openFirstAccounts() {
        // Read now and not kept: this runs on the application's own thread, whose Config includes the
        // shop's microprofile-config.properties (a Config kept from another thread may lack it).
        StaffSettings settings = StaffSettings.of(ConfigProvider.getConfig());
        if (!accounts.anyWith(StaffRole.GDPR_ADMIN)) {
            open(settings::administrator);
        }
        // The officer's account is looked up by address before the settings are checked, so a shop that
        // has it says nothing, whatever its settings say today.
        if (settings.wantsDataProtectionOfficer()
                && settings.dataProtectionOfficerEmail().map(email -> !accounts.isStaff(email)).orElse(true)) {
            open(settings::dataProtectionOfficer);
        }
    }

    private void open(Supplier<FirstAccount> configured) {
        FirstAccount account;
        try {
            account = configured.get();
        } catch (StaffSettingRefused refused) {
            LOG.severe(refused.getMessage());
            return;
        }
        if (accounts.isStaff(account.email())) {
            LOG.severe(() -> "No " + account.role().roleName() + " account opened: " + account.email()
                    + " belongs to another staff member already; configure another address");
            return;
        }
        accounts.open(account.email(), account.displayName(), account.role(), account.password());
        if (account.generatedPassword()) {
            LOG.warning("GDPR console administrator " + account.email() + " created with the generated password "
                    + account.password() + " (shown only this once: sign in at /login.xhtml now and keep it safe;"
                    + " set " + StaffSettings.ADMIN_PASSWORD + " before the first start to choose it instead)");
        } else {
            LOG.info(() -> "GDPR console account created: " + account);
        }
    }
}
