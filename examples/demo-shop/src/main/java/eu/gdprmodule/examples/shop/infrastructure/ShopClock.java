package eu.gdprmodule.examples.shop.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The shop's time: local time in Paris, where the shop trades. Invoice dates and the yearly
 * invoice sequence follow the French calendar day, not UTC's. Stored times are local date-times
 * because Jakarta Persistence 3.1 maps {@code LocalDateTime}, not {@code Instant}.
 */
@ApplicationScoped
public class ShopClock {

    /** Where the shop trades. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private final Clock clock = Clock.system(ZONE);

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
