package eu.gdprmodule.examples.shop.order;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Creates a year's series row in a transaction of its own, committed at once: the order that
 * needs it can then lock it, and two first orders of a year racing to create it do not both
 * fail (the loser's insert fails alone, and it locks the winner's row).
 */
@Stateless
public class InvoiceSeriesOpener {

    @PersistenceContext(unitName = "shop")
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(int year) {
        if (em.find(InvoiceSeries.class, year) == null) {
            em.persist(new InvoiceSeries(year));
        }
    }
}
