package eu.gdprmodule.examples.shop.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StaffSettingsTest {

    private static final String GENERATED = "GeneratedByTheTest2345";

    @Test
    void withNothingConfiguredTheAdministratorIsTheDefaultAddressWithAGeneratedPassword() {
        FirstAccount admin = settings(Map.of()).administrator();

        assertEquals(StaffSettings.DEFAULT_ADMIN_EMAIL, admin.email());
        assertEquals(StaffRole.GDPR_ADMIN, admin.role());
        assertEquals(GENERATED, admin.password());
        assertTrue(admin.generatedPassword());
    }

    @Test
    void aBlankPasswordIsNoPasswordAndOneIsGenerated() {
        FirstAccount admin = settings(Map.of(StaffSettings.ADMIN_PASSWORD, "   ")).administrator();

        assertEquals(GENERATED, admin.password());
        assertTrue(admin.generatedPassword());
    }

    @Test
    void theConfiguredAddressAndPasswordAreUsedTheAddressInLowerCase() {
        FirstAccount admin = settings(Map.of(StaffSettings.ADMIN_EMAIL, " Boss@Shop.Example ",
                StaffSettings.ADMIN_PASSWORD, "twelve chars")).administrator();

        assertEquals("boss@shop.example", admin.email());
        assertEquals("twelve chars", admin.password());
        assertFalse(admin.generatedPassword());
    }

    @Test
    void aConfiguredPasswordShorterThanTwelveCharactersIsRefusedAndNotRepeated() {
        StaffSettingRefused refused = assertThrows(StaffSettingRefused.class,
                () -> settings(Map.of(StaffSettings.ADMIN_PASSWORD, "eleven char")).administrator());

        assertTrue(refused.getMessage().contains(StaffSettings.ADMIN_PASSWORD), refused.getMessage());
        assertTrue(refused.getMessage().contains("at least 12"), refused.getMessage());
        assertFalse(refused.getMessage().contains("eleven char"), "a password, even refused, stays out of the log");
    }

    @Test
    void anAdministratorAddressThatIsNoAddressIsRefused() {
        StaffSettingRefused refused = assertThrows(StaffSettingRefused.class,
                () -> settings(Map.of(StaffSettings.ADMIN_EMAIL, "admin")).administrator());

        assertTrue(refused.getMessage().contains(StaffSettings.ADMIN_EMAIL), refused.getMessage());
    }

    @Test
    void withoutItsKeysNoDataProtectionOfficerIsWanted() {
        StaffSettings settings = settings(Map.of(StaffSettings.ADMIN_PASSWORD, "twelve chars"));

        assertFalse(settings.wantsDataProtectionOfficer());
        assertEquals(Optional.empty(), settings.dataProtectionOfficerEmail());
    }

    @Test
    void bothKeysGiveTheDataProtectionOfficerAccount() {
        StaffSettings settings = settings(Map.of(StaffSettings.DPO_EMAIL, "DPO@Shop.Example",
                StaffSettings.DPO_PASSWORD, "a dpo's own passphrase"));

        assertTrue(settings.wantsDataProtectionOfficer());
        assertEquals(Optional.of("dpo@shop.example"), settings.dataProtectionOfficerEmail());
        FirstAccount dpo = settings.dataProtectionOfficer();
        assertEquals("dpo@shop.example", dpo.email());
        assertEquals(StaffRole.GDPR_DPO, dpo.role());
        assertEquals("a dpo's own passphrase", dpo.password());
        assertFalse(dpo.generatedPassword(), "an officer's password is never generated");
    }

    @Test
    void oneKeyOfTheDataProtectionOfficerWithoutTheOtherIsRefused() {
        StaffSettings addressOnly = settings(Map.of(StaffSettings.DPO_EMAIL, "dpo@shop.example"));
        StaffSettings passwordOnly = settings(Map.of(StaffSettings.DPO_PASSWORD, "a dpo's own passphrase"));

        assertTrue(addressOnly.wantsDataProtectionOfficer());
        assertTrue(passwordOnly.wantsDataProtectionOfficer());
        assertThrows(StaffSettingRefused.class, addressOnly::dataProtectionOfficer);
        assertThrows(StaffSettingRefused.class, passwordOnly::dataProtectionOfficer);
    }

    @Test
    void aShortDataProtectionOfficerPasswordIsRefused() {
        StaffSettings settings = settings(Map.of(StaffSettings.DPO_EMAIL, "dpo@shop.example",
                StaffSettings.DPO_PASSWORD, "short"));

        StaffSettingRefused refused = assertThrows(StaffSettingRefused.class, settings::dataProtectionOfficer);

        assertTrue(refused.getMessage().contains(StaffSettings.DPO_PASSWORD), refused.getMessage());
        assertFalse(refused.getMessage().contains("generated"), "an officer's password is never generated");
    }

    @Test
    void anAccountNeverShowsItsPasswordWhenPrinted() {
        FirstAccount admin = settings(Map.of()).administrator();

        assertFalse(admin.toString().contains(GENERATED), admin.toString());
        assertTrue(admin.toString().contains(StaffSettings.DEFAULT_ADMIN_EMAIL), admin.toString());
    }

    private static StaffSettings settings(Map<String, String> config) {
        return new StaffSettings(key -> Optional.ofNullable(config.get(key)), () -> GENERATED);
    }
}
