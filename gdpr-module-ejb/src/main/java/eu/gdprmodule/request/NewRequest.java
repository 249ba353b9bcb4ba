package eu.gdprmodule.request;

import eu.gdprmodule.api.DataSubjectRight;
import eu.gdprmodule.api.FiledRequest;
import eu.gdprmodule.text.TextRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A request as received, validated: every problem is collected with the field it concerns, so a
 * form can show them all at once next to their fields.
 */
public record NewRequest(DataSubjectRight right, String email, String name, String details, String purpose, String contact,
        String hostReference, String language) {

    /** One field's problem, in words a person can act on. */
    public record Problem(String field, String message) {
    }

    // Deliberately loose (RFC 5321 allows much); the verification mail is the real check.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    /**
     * Validates and normalises raw input.
     *
     * @throws InvalidRequest listing every problem
     */
    public static NewRequest of(String right, String email, String name, String details, String purpose, String contact, String language) {
        List<Problem> problems = new ArrayList<>();
        DataSubjectRight parsed = DataSubjectRight.fromWire(right).orElse(null);
        if (parsed == null) {
            problems.add(new Problem("right", "Choose which right you wish to exercise (one of access, rectification, erasure, "
                    + "restriction, objection, portability, withdrawal, post-mortem)."));
        }
        String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (address.isEmpty()) {
            problems.add(new Problem("email", "Give the e-mail address we should answer to."));
        } else if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            problems.add(new Problem("email", "This is not an e-mail address: check it has one @ and a domain, like name@example.com."));
        }
        String who = trim(name);
        if (who.length() > 200) {
            problems.add(new Problem("name", "Your name is limited to 200 characters."));
        }
        String words = trim(details);
        if (words.length() > 4000) {
            problems.add(new Problem("details", "Details are limited to 4,000 characters; attach nothing, we will ask if we need more."));
        }
        String what = trim(purpose);
        if (what.length() > 100) {
            problems.add(new Problem("purpose", "The purpose is limited to 100 characters."));
        }
        if (parsed == DataSubjectRight.RECTIFICATION && words.isEmpty()) {
            problems.add(new Problem("details", "Say which data is wrong and what it should be."));
        }
        if (parsed == DataSubjectRight.CONSENT_WITHDRAWAL && what.isEmpty()) {
            problems.add(new Problem("purpose", "Say which consent you withdraw (for example: newsletter)."));
        }
        String whom = trim(contact);
        if (whom.length() > 500) {
            problems.add(new Problem("contact", "The contact is limited to 500 characters."));
        }
        if (parsed == DataSubjectRight.POST_MORTEM_INSTRUCTIONS && words.isEmpty()) {
            problems.add(new Problem("details", "Write your instructions: what should happen to your data after your death."));
        }
        // Names, the address and the purpose go into letters and their headers; details are read on a screen.
        printable(problems, "email", TextRules.oneLine(email));
        printable(problems, "name", TextRules.oneLine(name));
        printable(problems, "details", TextRules.multiLine(details));
        printable(problems, "purpose", TextRules.oneLine(purpose));
        printable(problems, "contact", TextRules.multiLine(contact));
        String lang = language != null && language.trim().toLowerCase(Locale.ROOT).startsWith("fr") ? "fr" : "en";
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return new NewRequest(parsed, address, who, words, what.isEmpty() ? null : what, whom.isEmpty() ? null : whom, null, lang);
    }

    /** A request filed by host code for a person it has identified. */
    public static NewRequest of(FiledRequest filed) {
        NewRequest checked = of(filed.right().wire(), filed.email(), filed.name(), filed.details(), filed.purpose(), null, filed.language());
        String reference = trim(filed.reference());
        if (reference.length() > 200) {
            throw new InvalidRequest(List.of(new Problem("reference", "The host reference is limited to 200 characters.")));
        }
        return new NewRequest(checked.right, checked.email, checked.name, checked.details, checked.purpose, null,
                reference.isEmpty() ? null : reference, checked.language);
    }

    private static void printable(List<Problem> problems, String field, String problem) {
        if (problem != null && problems.stream().noneMatch(p -> p.field().equals(field))) {
            problems.add(new Problem(field, problem));
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
