package eu.gdprmodule.api;

/**
 * Files data-subject requests from host code, for example from a customer's account page: the
 * customer is signed in, so their identity needs no e-mail check and the request starts verified.
 * Anonymous visitors use the module's own form at {@code /gdpr/requests} instead, which checks
 * the address first.
 *
 * <pre>
 * &#64;Inject DataSubjectRequests requests;
 *
 * String askForMyData() {
 *     String reference = requests.fileVerified(FiledRequest.of(DataSubjectRight.ACCESS, customer.getEmail())
 *             .reference("customer:" + customer.getId()));
 *     return "Your request " + reference + " is registered.";
 * }
 * </pre>
 *
 * @since 0.1
 */
public interface DataSubjectRequests {

    /**
     * Registers a request whose person the host has identified. The one-month deadline (Art. 12(3)
     * GDPR) starts now.
     *
     * @return the request's reference, to show the person (e.g. {@code R-7K3M-Q2XD})
     * @throws IllegalArgumentException when the address is malformed or a field is too long or
     *                                  the purpose is missing for a right that needs one
     */
    String fileVerified(FiledRequest request);
}
