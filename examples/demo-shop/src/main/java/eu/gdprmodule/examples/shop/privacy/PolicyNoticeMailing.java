package eu.gdprmodule.examples.shop.privacy;

import eu.gdprmodule.examples.shop.infrastructure.ShopMail;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one letter to every customer account, on a container thread of its own (see
 * {@link PolicyNotices}). Customers are read a page at a time, in id order, so a large shop is
 * never loaded in memory at once and an account opened during the mailing is still reached.
 *
 * <p>No transaction: an SMTP conversation has nothing to commit, and a long mailing must not run
 * into the transaction timeout. Reading pages outside a transaction is what JPA allows for queries.
 */
@Stateless
public class PolicyNoticeMailing {

    static final int PAGE_SIZE = 100;
    private static final Logger LOG = Logger.getLogger(PolicyNoticeMailing.class.getName());

    // The query names the customer entity rather than importing it: customer already depends on
    // this package (DataSubjects), and the notice needs no more than the id and the address.
    private static final String PAGE = "select c.id, c.email from Customer c where c.id > :after order by c.id";

    @PersistenceContext(unitName = "shop")
    EntityManager em;

    @Inject
    ShopMail mail;

    /**
     * Mails {@code letter} to every customer and logs one summary line.
     *
     * @param what what the letter is about, for the log ({@code policy privacy version 3 (en)})
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void mailCustomers(String what, ShopMail.Letter letter) {
        int sent = 0;
        int failed = 0;
        long after = 0;
        try (ShopMail.Batch batch = mail.batch()) {
            List<Object[]> page;
            do {
                page = page(after);
                for (Object[] customer : page) {
                    after = ((Number) customer[0]).longValue();
                    try {
                        batch.send((String) customer[1], letter);
                        sent++;
                    } catch (ShopMail.Unavailable unavailable) {
                        int notTold = failed + 1 + remainingAfter(after);
                        LOG.severe("Notice of " + what + " stopped: " + unavailable.getMessage() + "; " + sent
                                + " sent, " + notTold + " customer(s) not told");
                        return;
                    } catch (MessagingException | RuntimeException refused) {
                        failed++;
                        // The customer's reference, not the address (the server's reply quotes it, so the details
                        // go to FINE only): the log is kept longer than the account may be.
                        String customerRef = DataSubjects.customer(after);
                        LOG.warning(() -> "Notice of " + what + " not sent to " + customerRef + " ("
                                + refused.getClass().getSimpleName() + ")");
                        LOG.log(Level.FINE, "Notice of " + what + " to " + customerRef, refused);
                    }
                }
            } while (page.size() == PAGE_SIZE); // a short page is the last one
            String verb = batch.delivers() ? " sent" : " logged (mail is not configured)";
            LOG.info("Notice of " + what + ": " + sent + verb + ", " + failed + " failed, through " + batch.server());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Notice of " + what + " stopped after " + sent + " sent, " + failed + " failed", e);
        }
    }

    private List<Object[]> page(long after) {
        return em.createQuery(PAGE, Object[].class).setParameter("after", after).setMaxResults(PAGE_SIZE)
                .getResultList();
    }

    private int remainingAfter(long after) {
        return ((Number) em.createQuery("select count(c) from Customer c where c.id > :after")
                .setParameter("after", after).getSingleResult()).intValue();
    }
}
