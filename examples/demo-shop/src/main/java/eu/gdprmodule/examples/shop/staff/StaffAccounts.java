package eu.gdprmodule.examples.shop.staff;

import eu.gdprmodule.examples.shop.customer.EmailAddresses;
import eu.gdprmodule.examples.shop.customer.PasswordHashing;
import eu.gdprmodule.examples.shop.infrastructure.ShopClock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Opens and finds staff accounts. Addresses are compared as the customers' are: trimmed, in lower case. */
@Stateless
public class StaffAccounts {

    @PersistenceContext(unitName = "shop")
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private ShopClock clock;

    /**
     * Opens a staff account; only the password's hash is kept.
     *
     * @throws IllegalArgumentException when the address belongs to a staff member already
     */
    public StaffMember open(String email, String displayName, StaffRole role, String password) {
        String address = EmailAddresses.normalise(email);
        if (byEmail(address).isPresent()) {
            throw new IllegalArgumentException("a staff member signs in with this address already");
        }
        StaffMember member = new StaffMember(address, displayName.strip(), role, passwords.hash(password), clock.now());
        em.persist(member);
        return member;
    }

    public Optional<StaffMember> byEmail(String email) {
        return em.createNamedQuery(StaffMember.BY_EMAIL, StaffMember.class)
                .setParameter("email", EmailAddresses.normalise(email))
                .getResultStream()
                .findFirst();
    }

    /** Whether this address signs in as staff (and therefore never as a customer). */
    public boolean isStaff(String email) {
        return byEmail(email).isPresent();
    }

    public boolean anyWith(StaffRole role) {
        return em.createNamedQuery(StaffMember.WITH_ROLE, Long.class)
                .setParameter("role", role.roleName())
                .getSingleResult() > 0;
    }

    /** Every staff member, oldest account first. */
    public List<StaffMember> all() {
        return em.createNamedQuery(StaffMember.ALL, StaffMember.class).getResultList();
    }
}
