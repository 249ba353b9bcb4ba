package eu.gdprmodule.examples.shop.staff;

/** A setting for the first staff accounts that the shop will not act on; the message says which and why. */
class StaffSettingRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StaffSettingRefused(String message) {
        super(message);
    }
}
