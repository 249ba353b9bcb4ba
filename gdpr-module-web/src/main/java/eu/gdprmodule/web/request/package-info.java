/**
 * The public side of data-subject requests: the form at {@code /gdpr/requests}, the identity-check
 * and download links a person receives by e-mail, and {@code POST /gdpr/api/requests}. None of
 * them tells whether an address belongs to anyone.
 */
package eu.gdprmodule.web.request;
