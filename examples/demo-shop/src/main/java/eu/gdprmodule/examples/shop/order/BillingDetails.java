package eu.gdprmodule.examples.shop.order;

/**
 * Who an invoice is made out to: a person's or company's name and postal address, as the
 * customer gives them for an order.
 */
public record BillingDetails(String name, String address) {

    public BillingDetails {
        if (name == null || name.isBlank() || address == null || address.isBlank()) {
            throw new IllegalArgumentException("an invoice needs a billing name and address");
        }
        name = name.strip();
        address = address.strip();
    }
}
