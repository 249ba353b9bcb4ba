/** Access to the module's MicroProfile Config where CDI injection is not available. */
package eu.gdprmodule.config;
