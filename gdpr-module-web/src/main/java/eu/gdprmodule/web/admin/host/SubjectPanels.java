package eu.gdprmodule.web.admin.host;

import eu.gdprmodule.api.DataSubject;
import eu.gdprmodule.api.DataSubjectPanels;
import eu.gdprmodule.web.admin.ConsoleText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the host holds about one person ({@link DataSubjectPanels}), for the request page and the
 * person lookup: asked once per request and person, however often the page reads it.
 */
@Named("gdprSubjectPanels")
@RequestScoped
public class SubjectPanels {

    /** One record as the panel draws it. */
    public record Row(List<String> values, String href) {
    }

    /** One panel as the page draws it; {@code slot} says whose it is and whether it failed. */
    public record Panel(String kind, String title, List<String> columns, List<Row> rows, String moreHref,
            Slot<DataSubjectPanels.Panel> slot) {
    }

    @Inject
    ConsoleContributions contributions;

    @Inject
    HttpServletRequest request;

    private final Map<DataSubject, List<Panel>> asked = new HashMap<>();

    /** The panels about the person with this address (and name and host reference, when known). */
    public List<Panel> of(String email, String name, String reference) {
        if (email == null || email.isBlank()) {
            return List.of();
        }
        return asked.computeIfAbsent(new DataSubject(email, name, reference == null || reference.isBlank() ? null : reference),
                this::ask);
    }

    private List<Panel> ask(DataSubject subject) {
        Locale locale = ConsoleText.locale();
        return contributions.collect(new DataSubjectPanels(subject, locale), DataSubjectPanels::panels,
                        DataSubjectPanels.Panel::order).stream()
                .map(slot -> slot.isFailed() ? new Panel(null, null, List.of(), List.of(), null, slot) : of(slot, locale))
                .toList();
    }

    private Panel of(Slot<DataSubjectPanels.Panel> slot, Locale locale) {
        DataSubjectPanels.Panel panel = slot.item();
        return new Panel(panel.kind(), panel.title(locale), panel.columns(),
                panel.rows().stream().map(r -> new Row(r.values(), HostLinks.href(request, r.editLink()))).toList(),
                HostLinks.href(request, panel.moreAt().orElse(null)), slot);
    }
}
