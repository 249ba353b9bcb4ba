package eu.gdprmodule.examples.shop.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs the home page: the catalogue with prices. */
@Named
@RequestScoped
public class BrowseCatalog {

    @Inject
    Catalog catalog;

    private List<Product> products;

    public List<Product> getProducts() {
        if (products == null) {
            products = catalog.products();
        }
        return products;
    }
}
