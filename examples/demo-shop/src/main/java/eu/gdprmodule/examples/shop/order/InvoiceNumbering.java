package eu.gdprmodule.examples.shop.order;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** Hands out invoice numbers, one continuous series a year. */
@Stateless
public class InvoiceNumbering {

    @PersistenceContext(unitName = "shop")
    private EntityManager em;

    @Inject
    private InvoiceSeriesOpener opener;

    /**
     * The next number of {@code year}'s series, taken in the caller's transaction: the series row
     * stays locked until that transaction ends, so two orders never get the same number, and a
     * rolled-back order leaves no gap.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public InvoiceNumber next(int year) {
        if (!exists(year)) {
            open(year);
        }
        // Not loaded before this point, so this reads the committed row, under the lock.
        return em.find(InvoiceSeries.class, year, LockModeType.PESSIMISTIC_WRITE).issue();
    }

    /** Without loading the row: a copy loaded now could be stale once the lock is taken. */
    private boolean exists(int year) {
        return em.createQuery("select count(s) from InvoiceSeries s where s.year = :year", Long.class)
                .setParameter("year", year)
                .getSingleResult() > 0;
    }

    private void open(int year) {
        try {
            opener.open(year);
        } catch (EJBException e) {
            // Another order opened the year at the same moment: its row is there now.
        }
    }
}
