package eu.gdprmodule.examples.shop.customer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs the profile part of the account page: what the shop holds about the signed-in person. */
@Named
@RequestScoped
public class MyProfile {

    @Inject
    CustomerAccounts accounts;

    @Inject
    SignedInCustomer signedIn;

    private Customer customer;

    public Customer getCustomer() {
        if (customer == null) {
            customer = accounts.byId(signedIn.requireId())
                    .orElseThrow(() -> new IllegalStateException("the signed-in account no longer exists"));
        }
        return customer;
    }
}
