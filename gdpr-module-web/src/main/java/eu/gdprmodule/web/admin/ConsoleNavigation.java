package eu.gdprmodule.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The console's sections in menu order. A section whose screens are not part of this version is
 * listed, greyed out, so the console's shape does not change under its users as capabilities
 * arrive.
 */
@Named("gdprNavigation")
@ApplicationScoped
public class ConsoleNavigation {

    /**
     * One menu entry.
     *
     * @param key       its bundle key ({@code nav.<key>}) and id in the menu
     * @param view      the view it opens, or {@code null} when not available yet
     * @param icon      PrimeIcons class
     */
    public record Section(String key, String view, String icon) {
        public boolean isAvailable() {
            return view != null;
        }

        /**
         * Whether a view belongs to this section: its own view, or for a section whose view is
         * the index of a folder ({@code /gdpr/admin/register/index.xhtml}) every view in that folder.
         */
        public boolean contains(String viewId) {
            if (view == null || viewId == null) {
                return false;
            }
            if (view.equals(viewId)) {
                return true;
            }
            String folder = view.substring(0, view.lastIndexOf('/') + 1);
            return view.endsWith("/index.xhtml") && !folder.equals("/gdpr/admin/") && viewId.startsWith(folder);
        }
    }

    private static final List<Section> SECTIONS = List.of(
            new Section("dashboard", "/gdpr/admin/index.xhtml", "pi pi-home"),
            new Section("register", "/gdpr/admin/register/index.xhtml", "pi pi-book"),
            new Section("policies", "/gdpr/admin/policies/index.xhtml", "pi pi-file"),
            new Section("cookies", "/gdpr/admin/cookies/index.xhtml", "pi pi-sliders-h"),
            new Section("requests", "/gdpr/admin/requests/index.xhtml", "pi pi-inbox"),
            new Section("consents", "/gdpr/admin/consents/index.xhtml", "pi pi-check-square"),
            new Section("retention", "/gdpr/admin/retention/index.xhtml", "pi pi-clock"),
            new Section("audit", "/gdpr/admin/audit.xhtml", "pi pi-list"),
            new Section("settings", "/gdpr/admin/settings.xhtml", "pi pi-cog"));

    public List<Section> getSections() {
        return SECTIONS;
    }
}
