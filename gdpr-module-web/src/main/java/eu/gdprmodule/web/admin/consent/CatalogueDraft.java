package eu.gdprmodule.web.admin.consent;

import eu.gdprmodule.consent.CatalogueProblem;
import eu.gdprmodule.consent.CookieCatalogue.Category;
import eu.gdprmodule.consent.CookieCatalogue.Cookie;
import eu.gdprmodule.consent.CookieCatalogue.Service;
import eu.gdprmodule.consent.CookieCatalogue;
import eu.gdprmodule.consent.CookieCatalogueFile;
import eu.gdprmodule.consent.LocalText;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The catalogue being edited in the console, as serialisable rows (the view keeps it between
 * requests). Each change returns a new draft, so a refused dialog leaves the draft untouched.
 * Texts keep every language the catalogue has, also those the console does not edit.
 *
 * @param categories the categories in the order the banner shows them
 */
public record CatalogueDraft(List<CategoryRow> categories) implements Serializable {

    public CatalogueDraft {
        categories = List.copyOf(categories);
    }

    public record CategoryRow(String key, boolean essential, Map<String, String> name, Map<String, String> description,
            List<ServiceRow> services) implements Serializable {
        public CategoryRow {
            name = texts(name);
            description = texts(description);
            services = List.copyOf(services);
        }

        public String nameIn(String language) {
            return new LocalText(name).in(language);
        }

        public String descriptionIn(String language) {
            return new LocalText(description).in(language);
        }

        CategoryRow with(List<ServiceRow> replaced) {
            return new CategoryRow(key, essential, name, description, replaced);
        }
    }

    public record ServiceRow(String key, String name, String provider, Map<String, String> purpose, String privacyUrl,
            List<CookieRow> cookies) implements Serializable {
        public ServiceRow {
            purpose = texts(purpose);
            cookies = List.copyOf(cookies);
        }

        public String purposeIn(String language) {
            return new LocalText(purpose).in(language);
        }

        ServiceRow with(List<CookieRow> replaced) {
            return new ServiceRow(key, name, provider, purpose, privacyUrl, replaced);
        }
    }

    public record CookieRow(String name, Map<String, String> purpose, String lifetime) implements Serializable {
        public CookieRow {
            purpose = texts(purpose);
        }

        public String purposeIn(String language) {
            return new LocalText(purpose).in(language);
        }
    }

    static CatalogueDraft of(CookieCatalogue catalogue) {
        return new CatalogueDraft(catalogue.categories().stream().map(c -> new CategoryRow(c.key(), c.essential(),
                texts(c.name()), texts(c.description()), c.services().stream().map(s -> new ServiceRow(s.key(), s.name(),
                        s.provider(), texts(s.purpose()), s.privacyUrl(), s.cookies().stream()
                                .map(k -> new CookieRow(k.name(), texts(k.purpose()), k.lifetime())).toList()))
                        .toList())).toList());
    }

    CookieCatalogue catalogue() {
        return new CookieCatalogue(categories.stream().map(c -> new Category(c.key(), c.essential(),
                new LocalText(c.name()), new LocalText(c.description()), c.services().stream().map(s -> new Service(s.key(),
                        s.name(), s.provider(), new LocalText(s.purpose()), s.privacyUrl(), s.cookies().stream()
                                .map(k -> new Cookie(k.name(), new LocalText(k.purpose()), k.lifetime())).toList()))
                        .toList())).toList());
    }

    int serviceCount() {
        return categories.stream().mapToInt(c -> c.services().size()).sum();
    }

    int cookieCount() {
        return categories.stream().flatMap(c -> c.services().stream()).mapToInt(s -> s.cookies().size()).sum();
    }

    // ---- changes: an index of -1 adds at the end, a null row removes

    CatalogueDraft category(int index, CategoryRow row) {
        return new CatalogueDraft(replaced(categories, index, row));
    }

    CatalogueDraft service(int category, int index, ServiceRow row) {
        return category(category, categories.get(category).with(replaced(categories.get(category).services(), index, row)));
    }

    CatalogueDraft cookie(int category, int service, int index, CookieRow row) {
        ServiceRow owner = categories.get(category).services().get(service);
        return service(category, service, owner.with(replaced(owner.cookies(), index, row)));
    }

    /**
     * What the catalogue file's rules refuse in one item, with the path it has (or will have, when
     * new) in this draft. The item is checked placed last, so that a key or cookie name given twice
     * is reported on the item being edited rather than on the one it repeats.
     *
     * @param item  a {@link CategoryRow}, {@link ServiceRow} or {@link CookieRow}
     * @param where its indexes: category, then service, then cookie; -1 for a new one
     */
    List<CatalogueProblem> problemsOf(Serializable item, int... where) {
        List<CategoryRow> rows = withLast(categories, where[0], category -> where.length == 1 ? (CategoryRow) item
                : category.with(withLast(category.services(), where[1], service -> where.length == 2 ? (ServiceRow) item
                        : service.with(withLast(service.cookies(), where[2], cookie -> (CookieRow) item)))));
        CategoryRow category = rows.get(rows.size() - 1);
        String checked = "categories[" + (rows.size() - 1) + "]";
        String path = "categories[" + index(where[0], categories) + "]";
        if (where.length > 1) {
            ServiceRow service = category.services().get(category.services().size() - 1);
            checked += ".services[" + (category.services().size() - 1) + "]";
            path += ".services[" + index(where[1], categories.get(where[0]).services()) + "]";
            if (where.length > 2) {
                checked += ".cookies[" + (service.cookies().size() - 1) + "]";
                path += ".cookies[" + index(where[2], categories.get(where[0]).services().get(where[1]).cookies()) + "]";
            }
        }
        String prefix = checked;
        String real = path;
        return CookieCatalogueFile.problems(new CatalogueDraft(rows).catalogue()).stream()
                .filter(p -> p.path().equals(prefix) || p.path().startsWith(prefix + "."))
                .map(p -> new CatalogueProblem(real + p.path().substring(prefix.length()), p.message())).toList();
    }

    private static int index(int index, List<?> items) {
        return index < 0 ? items.size() : index;
    }

    /** A list with one item moved to the end (or a new one added there) and changed. */
    private static <T> List<T> withLast(List<T> items, int index, UnaryOperator<T> change) {
        List<T> rows = new ArrayList<>(items);
        T moved = index < 0 ? null : rows.remove(index);
        rows.add(change.apply(moved));
        return rows;
    }

    private static <T> List<T> replaced(List<T> items, int index, T row) {
        List<T> rows = new ArrayList<>(items);
        if (index < 0) {
            rows.add(row);
        } else if (row == null) {
            rows.remove(index);
        } else {
            rows.set(index, row);
        }
        return rows;
    }

    private static Map<String, String> texts(LocalText text) {
        return text == null ? Map.of() : text.texts();
    }

    private static Map<String, String> texts(Map<String, String> texts) {
        return texts == null ? Map.of() : new TreeMap<>(texts);
    }
}
