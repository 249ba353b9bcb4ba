package eu.gdprmodule.examples.shop.catalog;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads the catalogue. */
@Stateless
public class Catalog {

    @PersistenceContext(unitName = "shop")
    private EntityManager em;

    /** Every product, in the order the shop shows them. */
    public List<Product> products() {
        return em.createNamedQuery(Product.ALL, Product.class).getResultList();
    }

    /** The product with this public key, if the shop sells it. */
    public Optional<Product> bySku(String sku) {
        if (sku == null || sku.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Product.BY_SKU, Product.class)
                .setParameter("sku", sku.strip())
                .getResultStream()
                .findFirst();
    }
}
