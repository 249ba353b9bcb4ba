package eu.gdprmodule.web.admin.host;

/**
 * One place on a console page filled by a host contributor: what it added, or that it failed.
 *
 * @param contributor the observer's bean class, as logged
 * @param order       the item's order value, or the observer's {@code @Priority} when it gave none
 * @param item        what the contributor added; {@code null} when it failed
 * @param failure     {@code null}, {@value #FAILED} (it threw) or {@value #SKIPPED} (the page's time budget was spent before its turn)
 */
public record Slot<T>(String contributor, int order, T item, String failure) {

    public static final String FAILED = "failed";
    public static final String SKIPPED = "skipped";

    public boolean isFailed() {
        return failure != null;
    }

    /** The contributor as people read it: its class's simple name. */
    public String getName() {
        return contributor.substring(contributor.lastIndexOf('.') + 1);
    }
}
