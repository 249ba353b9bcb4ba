package eu.gdprmodule.examples.shop.order;

import eu.gdprmodule.examples.shop.customer.SignedInCustomer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs the orders and invoices on the account page. */
@Named
@RequestScoped
public class MyOrders {

    @Inject
    Orders orders;

    @Inject
    SignedInCustomer signedIn;

    private List<CustomerOrder> list;

    public List<CustomerOrder> getList() {
        if (list == null) {
            list = orders.of(signedIn.requireId());
        }
        return list;
    }
}
