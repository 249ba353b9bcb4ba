package eu.gdprmodule.web.admin.host;

import eu.gdprmodule.api.ConsoleMenu;
import eu.gdprmodule.web.admin.ConsoleText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/**
 * The host's entries in the console's navigation ({@link ConsoleMenu}), asked once per request
 * however often the template reads them, and only those the signed-in user's roles allow.
 */
@Named("gdprHostMenu")
@RequestScoped
public class HostMenu {

    /**
     * One entry as the navigation draws it.
     *
     * @param label   in the page's language; {@code null} for a failed slot
     * @param href    with the context path; {@code null} for a failed slot
     * @param current whether it is the page shown
     */
    public record Line(String label, String href, boolean current, Slot<ConsoleMenu.Entry> slot) {
    }

    @Inject
    ConsoleContributions contributions;

    @Inject
    HttpServletRequest request;

    private List<Line> lines;

    public List<Line> getLines() {
        if (lines == null) {
            Locale locale = ConsoleText.locale();
            lines = contributions.collect(new ConsoleMenu(locale), ConsoleMenu::entries, ConsoleMenu.Entry::order).stream()
                    .filter(slot -> slot.isFailed() || slot.item().requiredRole().map(request::isUserInRole).orElse(true))
                    .map(slot -> slot.isFailed() ? new Line(null, null, false, slot)
                            : new Line(slot.item().label(locale), HostLinks.href(request, slot.item().target()),
                                    HostLinks.isCurrent(request, slot.item().target()), slot))
                    .toList();
        }
        return lines;
    }
}
