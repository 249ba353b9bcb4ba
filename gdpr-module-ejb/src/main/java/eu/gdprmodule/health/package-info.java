/**
 * MicroProfile Health checks: the module is ready only when its database answers, its schema is
 * migrated and the controller identity every notice must name is configured.
 */
package eu.gdprmodule.health;
