package eu.gdprmodule.examples.shop.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The invoice of an order, with the billing name and address as they were given for it. An
 * invoice is never changed once issued: accounting law keeps it as it was (10 years in France,
 * Code de commerce L123-22), which is also why it copies the billing details instead of pointing
 * at the account.
 */
@Entity
@Table(name = "SHOP_INVOICE")
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "ORDER_ID", nullable = false, unique = true)
    private CustomerOrder order;

    @Column(name = "INVOICE_NUMBER", nullable = false, unique = true, length = 32)
    private String number;

    @Column(name = "ISSUED_ON", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "BILLING_NAME", nullable = false, length = 200)
    private String billingName;

    @Column(name = "BILLING_ADDRESS", nullable = false, length = 500)
    private String billingAddress;

    @Column(name = "NET_AMOUNT", nullable = false, precision = 12, scale = 2)
    private BigDecimal netAmount;

    @Column(name = "VAT_RATE", nullable = false, precision = 5, scale = 4)
    private BigDecimal vatRate;

    @Column(name = "VAT_AMOUNT", nullable = false, precision = 12, scale = 2)
    private BigDecimal vatAmount;

    @Column(name = "TOTAL_AMOUNT", nullable = false, precision = 12, scale = 2)
    private BigDecimal totalAmount;

    protected Invoice() {
        // for JPA
    }

    Invoice(CustomerOrder order, InvoiceNumber number, LocalDate issuedOn, BillingDetails billing, InvoiceAmounts amounts) {
        this.order = order;
        this.number = number.toString();
        this.issuedOn = issuedOn;
        this.billingName = billing.name();
        this.billingAddress = billing.address();
        this.netAmount = amounts.net();
        this.vatRate = amounts.vatRate();
        this.vatAmount = amounts.vat();
        this.totalAmount = amounts.total();
        order.invoicedBy(this);
    }

    public Long getId() {
        return id;
    }

    public CustomerOrder getOrder() {
        return order;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getBillingName() {
        return billingName;
    }

    public String getBillingAddress() {
        return billingAddress;
    }

    public BigDecimal getNetAmount() {
        return netAmount;
    }

    public BigDecimal getVatRate() {
        return vatRate;
    }

    /** For display: {@code 20} for 20 %, {@code 5.5} for 5.5 %. */
    public String getVatPercent() {
        return vatRate.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    public BigDecimal getVatAmount() {
        return vatAmount;
    }

    public BigDecimal getTotalAmount() {
        return totalAmount;
    }
}
