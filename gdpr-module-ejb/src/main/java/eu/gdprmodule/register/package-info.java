/**
 * The register: who the controller is and, as the module grows, the record of processing
 * activities (Art. 30 GDPR) every other feature reads from. Today it holds the controller
 * identity, taken from configuration.
 */
package eu.gdprmodule.register;
