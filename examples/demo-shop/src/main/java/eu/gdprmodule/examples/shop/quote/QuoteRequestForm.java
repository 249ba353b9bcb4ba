package eu.gdprmodule.examples.shop.quote;

/** What a prospect types into the quote form. */
public record QuoteRequestForm(String fullName, String email, String company, String message) {

    @Override
    public String toString() {
        return "QuoteRequestForm[...]"; // never the data itself in a log
    }
}
