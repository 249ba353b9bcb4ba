package eu.gdprmodule.examples.shop.order;

import eu.gdprmodule.examples.shop.catalog.Catalog;
import eu.gdprmodule.examples.shop.catalog.Product;
import eu.gdprmodule.examples.shop.customer.Customer;
import eu.gdprmodule.examples.shop.customer.CustomerAccounts;
import eu.gdprmodule.examples.shop.customer.SignedInCustomer;
import eu.gdprmodule.examples.shop.infrastructure.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Backs the order page ({@code /account/order.xhtml?product=ssd-upgrade}): one product, a
 * quantity and who the invoice is made out to. The billing fields start from the customer's last
 * invoice, or their name and company for a first order.
 */
@Named
@RequestScoped
public class PlaceOrder {

    private String sku;

    @NotNull(message = "Please say how many you would like.")
    @Min(value = 1, message = "Please order at least one.")
    @Max(value = InvoiceAmounts.MAX_QUANTITY, message = "For more than 99, please request a quote.")
    private Integer quantity = 1;

    @NotBlank(message = "Please enter the name the invoice is made out to.")
    @Size(max = 200, message = "The billing name can have at most 200 characters.")
    private String billingName;

    @NotBlank(message = "Please enter the billing address.")
    @Size(max = 500, message = "The billing address can have at most 500 characters.")
    private String billingAddress;

    private Product product;

    @Inject
    Catalog catalog;

    @Inject
    Orders orders;

    @Inject
    CustomerAccounts accounts;

    @Inject
    SignedInCustomer signedIn;

    @Inject
    Messages messages;

    /** On the first GET: the product must exist, and the billing fields get their usual values. */
    public String load() {
        if (getProduct() == null) {
            messages.afterRedirect("Sorry, we could not find that product. Here is what we offer.");
            return "/index?faces-redirect=true";
        }
        long customerId = signedIn.requireId();
        orders.lastBillingDetails(customerId).ifPresentOrElse(last -> {
            billingName = last.name();
            billingAddress = last.address();
        }, () -> accounts.byId(customerId).ifPresent(this::startFrom));
        return null;
    }

    private void startFrom(Customer customer) {
        billingName = customer.getCompany() == null ? customer.getFullName()
                : customer.getFullName() + ", " + customer.getCompany();
    }

    public String submit() {
        CustomerOrder order;
        try {
            order = orders.place(signedIn.requireId(), sku, quantity, new BillingDetails(billingName, billingAddress));
        } catch (UnknownProductException e) {
            messages.afterRedirect("Sorry, that product is no longer available.");
            return "/index?faces-redirect=true";
        }
        messages.afterRedirect("Thank you for your order. Invoice " + order.getInvoice().getNumber()
                + " is in your account.");
        return "/account/index?faces-redirect=true";
    }

    /** The product ordered, or {@code null} when the address names none the shop sells. */
    public Product getProduct() {
        if (product == null) {
            product = catalog.bySku(sku).orElse(null);
        }
        return product;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public String getBillingName() {
        return billingName;
    }

    public void setBillingName(String billingName) {
        this.billingName = billingName;
    }

    public String getBillingAddress() {
        return billingAddress;
    }

    public void setBillingAddress(String billingAddress) {
        this.billingAddress = billingAddress;
    }
}
