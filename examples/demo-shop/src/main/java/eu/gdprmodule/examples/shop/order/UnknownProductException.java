package eu.gdprmodule.examples.shop.order;

import jakarta.ejb.ApplicationException;

/** An order for a product the shop does not sell (any more); nothing is stored. */
@ApplicationException(rollback = true)
public class UnknownProductException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownProductException(String sku) {
        super("no product " + sku);
    }
}
