/**
 * Data-subject requests (Art. 12 to 22 GDPR): intake from the public form or host code, the
 * identity check by e-mail, the one-month deadline and its extension (Art. 12(3)), and each
 * right's workflow. Host data is read and erased through the CDI events of the {@code api}
 * package ({@link eu.gdprmodule.api.PersonalDataExport}, {@link eu.gdprmodule.api.PersonalDataErasure},
 * {@link eu.gdprmodule.api.RightExercised}); every step is written to the request's timeline and
 * to the audit log.
 */
package eu.gdprmodule.request;
