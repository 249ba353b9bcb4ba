package eu.gdprmodule.register;

import eu.gdprmodule.api.ControllerIdentity;
import eu.gdprmodule.text.TextRules;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What a controller identity needs before a privacy notice can be built on it: a legal name, a
 * postal address and a contact e-mail (Art. 13(1)(a)), and the authority people may complain to
 * (Art. 13(2)(d)). The DPO is optional (Art. 37 applies only to some controllers), but an e-mail
 * given must look like one.
 */
public final class ControllerIdentityRules {

    /** A problem with one field, named as the console form names it. */
    public record Problem(String field, String message) {
    }

    // Deliberately loose: one @, something on each side, a dot in the domain. Mail delivery is
    // the real check; this only catches typos such as a missing domain.
    static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ControllerIdentityRules() {
    }

    public static List<Problem> problems(ControllerIdentity identity) {
        List<Problem> problems = new ArrayList<>();
        require(problems, "name", identity.name(), "The controller's legal name is missing.");
        require(problems, "postalAddress", identity.postalAddress(), "The controller's postal address is missing.");
        require(problems, "privacyContactEmail", identity.privacyContactEmail(),
                "The e-mail address for privacy matters is missing.");
        require(problems, "authorityName", part(identity.supervisoryAuthority(), ControllerIdentity.SupervisoryAuthority::name),
                "The supervisory authority people may complain to is missing.");
        email(problems, "privacyContactEmail", identity.privacyContactEmail());
        email(problems, "dpoEmail", part(identity.dataProtectionOfficer(), ControllerIdentity.DataProtectionOfficer::email));
        // Each field reaches the privacy notice, letters' headers and the register CSV: no control characters.
        ControllerIdentity.DataProtectionOfficer dpo = identity.dataProtectionOfficer();
        ControllerIdentity.SupervisoryAuthority authority = identity.supervisoryAuthority();
        // the columns' sizes (V2__audit_log.sql): a longer text would fail in the database, as a 500
        length(problems, "name", identity.name(), 255);
        length(problems, "postalAddress", identity.postalAddress(), 500);
        length(problems, "privacyContactEmail", identity.privacyContactEmail(), 255);
        length(problems, "legalRepresentative", identity.legalRepresentative(), 255);
        length(problems, "dpoName", part(dpo, ControllerIdentity.DataProtectionOfficer::name), 255);
        length(problems, "dpoEmail", part(dpo, ControllerIdentity.DataProtectionOfficer::email), 255);
        length(problems, "authorityName", part(authority, ControllerIdentity.SupervisoryAuthority::name), 255);
        length(problems, "authorityAddress", part(authority, ControllerIdentity.SupervisoryAuthority::postalAddress), 500);
        length(problems, "authorityWebsite", part(authority, ControllerIdentity.SupervisoryAuthority::website), 500);
        printable(problems, "name", TextRules.oneLine(identity.name()));
        printable(problems, "postalAddress", TextRules.multiLine(identity.postalAddress()));
        printable(problems, "privacyContactEmail", TextRules.oneLine(identity.privacyContactEmail()));
        printable(problems, "legalRepresentative", TextRules.multiLine(identity.legalRepresentative()));
        printable(problems, "dpoName", TextRules.oneLine(part(dpo, ControllerIdentity.DataProtectionOfficer::name)));
        printable(problems, "dpoEmail", TextRules.oneLine(part(dpo, ControllerIdentity.DataProtectionOfficer::email)));
        printable(problems, "authorityName", TextRules.oneLine(part(authority, ControllerIdentity.SupervisoryAuthority::name)));
        printable(problems, "authorityAddress",
                TextRules.multiLine(part(authority, ControllerIdentity.SupervisoryAuthority::postalAddress)));
        printable(problems, "authorityWebsite", TextRules.oneLine(part(authority, ControllerIdentity.SupervisoryAuthority::website)));
        if (problems.stream().noneMatch(p -> p.field().equals("authorityWebsite"))) {
            website(problems, "authorityWebsite", part(authority, ControllerIdentity.SupervisoryAuthority::website));
        }
        return problems;
    }

    private static void length(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(new Problem(field, "This text is " + value.strip().length() + " characters long: at most " + max
                    + " are kept. Shorten it."));
        }
    }

    private static void printable(List<Problem> problems, String field, String problem) {
        if (problem != null) {
            problems.add(new Problem(field, problem));
        }
    }

    private static <T> String part(T holder, Function<T, String> field) {
        return holder == null ? null : field.apply(holder);
    }

    private static void require(List<Problem> problems, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, message));
        }
    }

    /** The notice links to the authority's site (Art. 13(2)(d)): a link people follow, so http(s) only. */
    private static void website(List<Problem> problems, String field, String value) {
        if (value != null && !value.isBlank() && eu.gdprmodule.config.WebAddress.followable(value) == null) {
            problems.add(new Problem(field, "Give the authority's website as an http or https address, such as "
                    + "https://www.cnil.fr: other kinds of address are not published as links."));
        }
    }

    private static void email(List<Problem> problems, String field, String value) {
        if (value != null && !value.isBlank() && !EMAIL_SHAPE.matcher(value.strip()).matches()) {
            problems.add(new Problem(field, "'" + value.strip() + "' is not an e-mail address."));
        }
    }
}
