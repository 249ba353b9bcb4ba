package eu.gdprmodule.examples.shop.order;

import eu.gdprmodule.examples.shop.catalog.Product;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * An order of one product. The product's name and price are copied, not referenced: what the
 * customer agreed to and was invoiced must not change when the catalogue does.
 */
@Entity
@Table(name = "SHOP_ORDER")
@NamedQuery(name = CustomerOrder.OF_CUSTOMER,
        query = "select o from CustomerOrder o left join fetch o.invoice where o.customerId = :customer"
                + " order by o.placedAt desc, o.id desc")
public class CustomerOrder {

    static final String OF_CUSTOMER = "CustomerOrder.ofCustomer";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    /**
     * By id, not by reference: an order is its own aggregate, the account another. {@code null} once
     * the customer's account is erased: the order stays as its invoice's line, which the law keeps
     * ten years, but no longer points to anyone (see V4 of the migrations).
     */
    @Column(name = "CUSTOMER_ID")
    private Long customerId;

    @Column(name = "PRODUCT_SKU", nullable = false, length = 64)
    private String productSku;

    @Column(name = "PRODUCT_NAME", nullable = false, length = 120)
    private String productName;

    @Column(name = "UNIT_PRICE_NET", nullable = false, precision = 10, scale = 2)
    private BigDecimal unitPriceNet;

    @Column(name = "QUANTITY", nullable = false)
    private int quantity;

    @Column(name = "PLACED_AT", nullable = false)
    private LocalDateTime placedAt;

    @OneToOne(mappedBy = "order", cascade = CascadeType.PERSIST)
    private Invoice invoice;

    protected CustomerOrder() {
        // for JPA
    }

    CustomerOrder(long customerId, Product product, int quantity, LocalDateTime placedAt) {
        this.customerId = customerId;
        this.productSku = product.getSku();
        this.productName = product.getName();
        this.unitPriceNet = product.getUnitPriceNet();
        this.quantity = quantity;
        this.placedAt = placedAt;
    }

    void invoicedBy(Invoice invoice) {
        this.invoice = invoice;
    }

    public Long getId() {
        return id;
    }

    /** The customer who placed it, or {@code null} once their account is erased. */
    public Long getCustomerId() {
        return customerId;
    }

    public String getProductSku() {
        return productSku;
    }

    public String getProductName() {
        return productName;
    }

    public BigDecimal getUnitPriceNet() {
        return unitPriceNet;
    }

    public int getQuantity() {
        return quantity;
    }

    public LocalDateTime getPlacedAt() {
        return placedAt;
    }

    public Invoice getInvoice() {
        return invoice;
    }
}
