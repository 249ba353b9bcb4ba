package eu.gdprmodule.examples.shop.order;

import eu.gdprmodule.api.ProcessingFact;
import eu.gdprmodule.examples.shop.catalog.Catalog;
import eu.gdprmodule.examples.shop.catalog.Product;
import eu.gdprmodule.examples.shop.catalog.VatRate;
import eu.gdprmodule.examples.shop.infrastructure.ShopClock;
import eu.gdprmodule.examples.shop.privacy.DataSubjects;
import eu.gdprmodule.examples.shop.privacy.ProcessingActivities;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Takes orders and finds a customer's orders with their invoices. */
@Stateless
public class Orders {

    @PersistenceContext(unitName = "shop")
    private EntityManager em;

    @Inject
    private Catalog catalog;

    @Inject
    private InvoiceNumbering numbering;

    @Inject
    private ShopClock clock;

    @Inject
    private Event<ProcessingFact> facts;

    /** The host event that restarts the periods of the account and the orders (the register names it). */
    public static final String LAST_ORDER = "last-order";

    /**
     * Places an order and issues its invoice, in one transaction with the facts the module keeps:
     * a contract started, billing data collected, and the last order (for the account's and the
     * orders' retention).
     *
     * @throws UnknownProductException when the shop does not sell {@code sku}
     */
    public CustomerOrder place(long customerId, String sku, int quantity, BillingDetails billing) {
        Product product = catalog.bySku(sku).orElseThrow(() -> new UnknownProductException(sku));
        InvoiceAmounts amounts = InvoiceAmounts.of(product.getUnitPriceNet(), quantity, VatRate.STANDARD);
        LocalDateTime now = clock.now();
        CustomerOrder order = new CustomerOrder(customerId, product, quantity, now);
        new Invoice(order, numbering.next(now.getYear()), now.toLocalDate(), billing, amounts);
        em.persist(order);
        em.flush();
        String subject = DataSubjects.customer(customerId);
        facts.fire(ProcessingFact.contractStarted(subject, ProcessingActivities.ORDERS));
        facts.fire(ProcessingFact.dataCollected(subject, ProcessingActivities.BILLING));
        // the account's and the orders' periods run from the last order (register: host event "last-order")
        facts.fire(ProcessingFact.hostEvent(subject, ProcessingActivities.CUSTOMER_ACCOUNT, LAST_ORDER));
        facts.fire(ProcessingFact.hostEvent(subject, ProcessingActivities.ORDERS, LAST_ORDER));
        return order;
    }

    /** A customer's orders, newest first, each with its invoice. */
    public List<CustomerOrder> of(long customerId) {
        return em.createNamedQuery(CustomerOrder.OF_CUSTOMER, CustomerOrder.class)
                .setParameter("customer", customerId)
                .getResultList();
    }

    /** The billing details of the customer's last invoice, to fill the next order's form. */
    public Optional<BillingDetails> lastBillingDetails(long customerId) {
        return em.createQuery("select i from Invoice i where i.order.customerId = :customer"
                        + " order by i.issuedOn desc, i.id desc", Invoice.class)
                .setParameter("customer", customerId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(invoice -> new BillingDetails(invoice.getBillingName(), invoice.getBillingAddress()));
    }
}
