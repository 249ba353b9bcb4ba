/** The JAX-RS application under {@code /gdpr/api/} and its error handling. */
package eu.gdprmodule.web.rest;
