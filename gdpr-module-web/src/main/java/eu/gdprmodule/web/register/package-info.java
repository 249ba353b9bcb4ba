/** Web side of the register: the controller identity as JSON and as a Faces component. */
package eu.gdprmodule.web.register;
