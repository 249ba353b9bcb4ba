package eu.gdprmodule.consent;

import eu.gdprmodule.consent.CookieCatalogue.Category;
import eu.gdprmodule.consent.CookieCatalogue.Service;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a visitor allowed: the categories and, inside them, the services. Anything not listed is
 * refused, so a category or service added to the catalogue later stays refused until the visitor
 * says otherwise (consent is specific, Art. 4(11) GDPR). Essential categories are always allowed.
 *
 * @param categories the allowed categories
 * @param services   the allowed services
 */
public record ConsentChoice(Set<String> categories, Set<String> services) {

    public static final ConsentChoice NONE = new ConsentChoice(Set.of(), Set.of());

    public ConsentChoice {
        categories = Set.copyOf(new TreeSet<>(categories == null ? Set.of() : categories));
        services = Set.copyOf(new TreeSet<>(services == null ? Set.of() : services));
    }

    /** Everything in the catalogue. */
    public static ConsentChoice all(CookieCatalogue catalogue) {
        return new ConsentChoice(catalogue.categories().stream().map(Category::key).collect(Collectors.toSet()),
                catalogue.services().map(Service::key).collect(Collectors.toSet()));
    }

    /** Only what is essential. */
    public static ConsentChoice essentialOnly(CookieCatalogue catalogue) {
        return custom(catalogue, catalogue.categories().stream().filter(Category::essential).map(Category::key).toList(), Set.of());
    }

    /**
     * Toggles as a form sends them: a category listed without any of its services allows all its
     * services; a category listed with some of its services allows those only; a service listed
     * without its category allows the category for that service. Unknown keys are ignored (a page
     * rendered before the catalogue changed).
     */
    public static ConsentChoice custom(CookieCatalogue catalogue, Collection<String> categoryKeys, Collection<String> serviceKeys) {
        Set<String> categories = new TreeSet<>();
        Set<String> services = new TreeSet<>();
        for (Category category : catalogue.categories()) {
            Set<String> listed = category.services().stream().map(Service::key).filter(serviceKeys::contains)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (category.essential()) {
                categories.add(category.key());
                category.services().forEach(s -> services.add(s.key()));
            } else if (!listed.isEmpty()) {
                categories.add(category.key());
                services.addAll(listed);
            } else if (categoryKeys.contains(category.key())) {
                categories.add(category.key());
                category.services().forEach(s -> services.add(s.key()));
            }
        }
        return new ConsentChoice(categories, services);
    }

    /** This choice plus some categories or services (an embed's "allow" button). */
    public ConsentChoice plus(CookieCatalogue catalogue, Collection<String> categoryKeys, Collection<String> serviceKeys) {
        Set<String> cats = new TreeSet<>(categories);
        Set<String> servs = new TreeSet<>(services);
        for (String key : serviceKeys) {
            catalogue.categoryOf(key).ifPresent(c -> {
                cats.add(c.key());
                servs.add(key);
            });
        }
        for (String key : categoryKeys) {
            catalogue.category(key).ifPresent(c -> {
                cats.add(c.key());
                c.services().forEach(s -> servs.add(s.key()));
            });
        }
        return new ConsentChoice(cats, servs);
    }

    /** This choice without what Global Privacy Control refuses (and never without the essential). */
    public ConsentChoice without(CookieCatalogue catalogue, ConsentSettings settings) {
        Set<String> cats = new TreeSet<>();
        Set<String> servs = new TreeSet<>();
        for (Category category : catalogue.categories()) {
            boolean refused = !category.essential() && settings.gpcRefuses(category.key());
            if (categories.contains(category.key()) && !refused) {
                cats.add(category.key());
                category.services().stream().map(Service::key).filter(services::contains).forEach(servs::add);
            }
        }
        return new ConsentChoice(cats, servs);
    }

    public boolean allows(String category) {
        return categories.contains(category);
    }

    public boolean allowsService(String service) {
        return services.contains(service);
    }

    /** Whether this choice takes back anything the earlier one allowed (Art. 7(3): a withdrawal). */
    public boolean withdraws(ConsentChoice earlier) {
        return !categories.containsAll(earlier.categories) || !services.containsAll(earlier.services);
    }

    /** Every catalogue category and service with allowed or not, in catalogue order. */
    public Map<String, Boolean> categoryStates(CookieCatalogue catalogue) {
        Map<String, Boolean> map = new LinkedHashMap<>();
        catalogue.categories().forEach(c -> map.put(c.key(), c.essential() || categories.contains(c.key())));
        return map;
    }

    public Map<String, Boolean> serviceStates(CookieCatalogue catalogue) {
        Map<String, Boolean> map = new LinkedHashMap<>();
        for (Category c : catalogue.categories()) {
            c.services().forEach(s -> map.put(s.key(), c.essential() || services.contains(s.key())));
        }
        return map;
    }
}
