package eu.gdprmodule.web.admin.consent;

import eu.gdprmodule.consent.CatalogueProblem;
import eu.gdprmodule.web.admin.consent.CatalogueDraft.CategoryRow;
import eu.gdprmodule.web.admin.consent.CatalogueDraft.CookieRow;
import eu.gdprmodule.web.admin.consent.CatalogueDraft.ServiceRow;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The category, service or cookie open in the editor's dialog: its fields as typed, where it goes
 * in the draft, and its check with the catalogue file's own rules, so the console refuses exactly
 * what an import would, each message next to the field it is about.
 */
public class CatalogueDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the dialog edits; its name prefixes the ids of its fields ({@code cookieLifetime}). */
    public enum Kind {
        CATEGORY, SERVICE, COOKIE
    }

    /** The fields each kind has, by the last part of the problem path (the file's field names). */
    private static final Map<Kind, Map<String, String>> FIELDS = Map.of(
            Kind.CATEGORY, Map.of("key", "Key", "name", "NameEn", "name.en", "NameEn", "name.fr", "NameFr",
                    "description", "DescriptionEn", "description.en", "DescriptionEn", "description.fr", "DescriptionFr"),
            Kind.SERVICE, Map.of("key", "Key", "name", "Name", "provider", "Provider", "privacyUrl", "PrivacyUrl",
                    "purpose", "PurposeEn", "purpose.en", "PurposeEn", "purpose.fr", "PurposeFr"),
            Kind.COOKIE, Map.of("name", "Name", "lifetime", "Lifetime", "purpose", "PurposeEn", "purpose.en", "PurposeEn",
                    "purpose.fr", "PurposeFr"));

    private final Kind kind;
    private final int category;
    private final int service;
    private final int cookie;
    /** The item as stored in the draft, or {@code null} for a new one: texts in other languages and children are kept. */
    private final Serializable original;

    private String key;
    private boolean essential;
    private String name;
    private String provider;
    private String privacyUrl;
    private String lifetime;
    private String textEn;
    private String textFr;
    /** A category's description; the other texts (name, purpose) are {@code textEn} and {@code textFr}. */
    private String secondEn;
    private String secondFr;

    private CatalogueDialog(Kind kind, int category, int service, int cookie, Serializable original) {
        this.kind = kind;
        this.category = category;
        this.service = service;
        this.cookie = cookie;
        this.original = original;
    }

    static CatalogueDialog category(CatalogueDraft draft, int category) {
        CatalogueDialog d = new CatalogueDialog(Kind.CATEGORY, category, -1, -1,
                category < 0 ? null : draft.categories().get(category));
        if (d.original instanceof CategoryRow row) {
            d.key = row.key();
            d.essential = row.essential();
            d.textEn = row.name().get("en");
            d.textFr = row.name().get("fr");
            d.secondEn = row.description().get("en");
            d.secondFr = row.description().get("fr");
        }
        return d;
    }

    static CatalogueDialog service(CatalogueDraft draft, int category, int service) {
        CatalogueDialog d = new CatalogueDialog(Kind.SERVICE, category, service, -1,
                service < 0 ? null : draft.categories().get(category).services().get(service));
        if (d.original instanceof ServiceRow row) {
            d.key = row.key();
            d.name = row.name();
            d.provider = row.provider();
            d.privacyUrl = row.privacyUrl();
            d.textEn = row.purpose().get("en");
            d.textFr = row.purpose().get("fr");
        }
        return d;
    }

    static CatalogueDialog cookie(CatalogueDraft draft, int category, int service, int cookie) {
        CatalogueDialog d = new CatalogueDialog(Kind.COOKIE, category, service, cookie,
                cookie < 0 ? null : draft.categories().get(category).services().get(service).cookies().get(cookie));
        if (d.original instanceof CookieRow row) {
            d.name = row.name();
            d.lifetime = row.lifetime();
            d.textEn = row.purpose().get("en");
            d.textFr = row.purpose().get("fr");
        }
        return d;
    }

    /** The draft with this dialog's item in its place. */
    CatalogueDraft applied(CatalogueDraft draft) {
        return switch (kind) {
            case CATEGORY -> draft.category(category, categoryRow((CategoryRow) original));
            case SERVICE -> draft.service(category, service, serviceRow((ServiceRow) original));
            case COOKIE -> draft.cookie(category, service, cookie, cookieRow());
        };
    }

    /**
     * What the catalogue's rules refuse in this item, with the paths it will have in the draft.
     * The item is checked placed last, so a repeated key or cookie name is reported on it.
     */
    List<CatalogueProblem> problems(CatalogueDraft draft) {
        return switch (kind) {
            case CATEGORY -> draft.problemsOf(categoryRow((CategoryRow) original), category);
            case SERVICE -> draft.problemsOf(serviceRow((ServiceRow) original), category, service);
            case COOKIE -> draft.problemsOf(cookieRow(), category, service, cookie);
        };
    }

    /** The id of the field a problem is about ({@code cookieLifetime}), or {@code null} when it has none here. */
    String field(CatalogueProblem problem) {
        String path = problem.path();
        int dot = path.lastIndexOf(']') + 2;
        // a problem of a category's service or cookie (its lifetime once the category is no longer essential) has no field here
        boolean own = path.chars().filter(c -> c == '[').count() == kind.ordinal() + 1;
        String field = own && dot <= path.length() ? FIELDS.get(kind).get(path.substring(dot)) : null;
        return field == null ? null : kind.name().toLowerCase(java.util.Locale.ROOT) + field;
    }

    private CategoryRow categoryRow(CategoryRow old) {
        return new CategoryRow(trimmed(key), essential, texts(old == null ? null : old.name(), textEn, textFr),
                texts(old == null ? null : old.description(), secondEn, secondFr), old == null ? List.of() : old.services());
    }

    private ServiceRow serviceRow(ServiceRow old) {
        String url = trimmed(privacyUrl);
        return new ServiceRow(trimmed(key), trimmed(name), trimmed(provider), texts(old == null ? null : old.purpose(),
                textEn, textFr), url.isEmpty() ? null : url, old == null ? List.of() : old.cookies());
    }

    private CookieRow cookieRow() {
        CookieRow old = (CookieRow) original;
        return new CookieRow(trimmed(name), texts(old == null ? null : old.purpose(), textEn, textFr), trimmed(lifetime));
    }

    /** The texts with English and French as typed (blank: that language removed), other languages kept. */
    private static Map<String, String> texts(Map<String, String> old, String english, String french) {
        Map<String, String> texts = new TreeMap<>(old == null ? Map.of() : old);
        texts.remove("en");
        texts.remove("fr");
        if (!trimmed(english).isEmpty()) {
            texts.put("en", english.strip());
        }
        if (!trimmed(french).isEmpty()) {
            texts.put("fr", french.strip());
        }
        return texts;
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }

    public Kind getKind() {
        return kind;
    }

    public boolean isCreating() {
        return original == null;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public boolean isEssential() {
        return essential;
    }

    public void setEssential(boolean essential) {
        this.essential = essential;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getPrivacyUrl() {
        return privacyUrl;
    }

    public void setPrivacyUrl(String privacyUrl) {
        this.privacyUrl = privacyUrl;
    }

    public String getLifetime() {
        return lifetime;
    }

    public void setLifetime(String lifetime) {
        this.lifetime = lifetime;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getTextFr() {
        return textFr;
    }

    public void setTextFr(String textFr) {
        this.textFr = textFr;
    }

    public String getSecondEn() {
        return secondEn;
    }

    public void setSecondEn(String secondEn) {
        this.secondEn = secondEn;
    }

    public String getSecondFr() {
        return secondFr;
    }

    public void setSecondFr(String secondFr) {
        this.secondFr = secondFr;
    }
}
