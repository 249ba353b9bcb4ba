/**
 * Access to the module's MicroProfile Config where CDI injection is not available, the module's
 * clock, and the beans every page view calls without their client proxies.
 */
package eu.gdprmodule.config;
