package eu.gdprmodule.request;

/** A letter to send once the transaction that caused it commits ({@link LetterBox}). */
record PendingLetter(String requestId, RequestMail.Letter letter, String what) {
}
