package eu.gdprmodule.examples.shop.catalog;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** Something the shop sells; the catalogue comes from a migration and pages never change it. */
@Entity
@Cacheable
@Table(name = "SHOP_PRODUCT")
@NamedQuery(name = Product.ALL, query = "select p from Product p order by p.displayOrder, p.name")
@NamedQuery(name = Product.BY_SKU, query = "select p from Product p where p.sku = :sku")
public class Product {

    static final String ALL = "Product.all";
    static final String BY_SKU = "Product.bySku";

    @Id
    @Column(name = "ID")
    private Long id;

    /** The stable, public key of a product, used in URLs: {@code ssd-upgrade}. */
    @Column(name = "SKU", nullable = false, unique = true, length = 64)
    private String sku;

    @Column(name = "NAME", nullable = false, length = 120)
    private String name;

    @Column(name = "DESCRIPTION", nullable = false, length = 500)
    private String description;

    @Column(name = "UNIT_PRICE_NET", nullable = false, precision = 10, scale = 2)
    private BigDecimal unitPriceNet;

    @Column(name = "DISPLAY_ORDER", nullable = false)
    private int displayOrder;

    protected Product() {
        // for JPA
    }

    /** For tests; the catalogue itself is seeded by a migration. */
    public Product(String sku, String name, String description, BigDecimal unitPriceNet) {
        this.sku = sku;
        this.name = name;
        this.description = description;
        this.unitPriceNet = unitPriceNet;
    }

    public Long getId() {
        return id;
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    /** The price before VAT, as invoiced. */
    public BigDecimal getUnitPriceNet() {
        return unitPriceNet;
    }

    /** The price a person pays, VAT included; French law requires showing it to consumers. */
    public BigDecimal getUnitPriceGross() {
        return VatRate.STANDARD.grossOf(unitPriceNet);
    }
}
