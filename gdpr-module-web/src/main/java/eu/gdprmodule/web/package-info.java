/**
 * The module's web layer, shipped as a Jakarta Faces library jar: public pages under
 * {@code /gdpr/}, admin screens under {@code /gdpr/admin/}, REST resources under
 * {@code /gdpr/api/}, and Faces components in the {@code https://gdprmodule.eu/faces} namespace.
 * Sub-packages follow the core's features.
 */
package eu.gdprmodule.web;
