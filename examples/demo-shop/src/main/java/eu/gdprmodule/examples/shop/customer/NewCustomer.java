package eu.gdprmodule.examples.shop.customer;

/**
 * What a person gives when signing up. The password travels in clear only as far as
 * {@link CustomerAccounts#signUp}, which keeps its hash.
 *
 * @param newsletterOptIn whether the person ticked the (unticked by default) newsletter box
 */
public record NewCustomer(String fullName, String email, String password, String company, boolean newsletterOptIn) {

    @Override
    public String toString() {
        return "NewCustomer[newsletterOptIn=" + newsletterOptIn + "]"; // never the data itself in a log
    }
}
