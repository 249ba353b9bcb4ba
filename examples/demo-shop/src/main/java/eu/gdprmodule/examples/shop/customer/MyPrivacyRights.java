package eu.gdprmodule.examples.shop.customer;

import eu.gdprmodule.api.DataSubjectRequests;
import eu.gdprmodule.api.DataSubjectRight;
import eu.gdprmodule.api.FiledRequest;
import eu.gdprmodule.examples.shop.infrastructure.ShopConfig;
import eu.gdprmodule.examples.shop.privacy.DataSubjects;
import eu.gdprmodule.examples.shop.privacy.PolicyNotices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs "Your privacy rights" on the account page: a copy of one's data (Art. 15 and 20 GDPR) and
 * the erasure of one's account (Art. 17), each one click. The customer is signed in, so the
 * request is filed as verified: asking them to prove again that they hold their address would be
 * a hurdle the GDPR does not want (Art. 12(2): facilitate the exercise of rights). The module
 * takes it from there: the one-month deadline, the export or the erasure, and its letters.
 */
@Named
@RequestScoped
public class MyPrivacyRights {

    @Inject
    DataSubjectRequests requests;

    @Inject
    MyProfile profile;

    /** The reference of the request filed by the last click, shown to the person. */
    private String reference;
    private String confirmation;

    public void askForMyData() {
        reference = file(DataSubjectRight.ACCESS);
        confirmation = "We have registered your request for a copy of your data. We will e-mail you when it is"
                + " ready, within one month at the latest.";
    }

    public void deleteMyAccount() {
        reference = file(DataSubjectRight.ERASURE);
        confirmation = "We have registered your request to delete your account. Within one month at the latest we"
                + " will e-mail you what we deleted, and what the law makes us keep (your invoices, for ten years).";
    }

    private String file(DataSubjectRight right) {
        Customer customer = profile.getCustomer();
        // Letters in the language the shop writes to its customers in (shop.mail.language).
        String language = ShopConfig.get().getOptionalValue(PolicyNotices.LANGUAGE, String.class).orElse("en");
        return requests.fileVerified(FiledRequest.of(right, customer.getEmail())
                .name(customer.getFullName())
                .reference(DataSubjects.customer(customer.getId()))
                .language(language.strip()));
    }

    public String getReference() {
        return reference;
    }

    public String getConfirmation() {
        return confirmation;
    }
}
