package eu.gdprmodule.web.admin;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a console action or REST method that changes settings or the register: only
 * {@link ConsoleRoles#ADMINISTRATOR} may call it; anyone else gets {@link ConsoleAccessDenied}
 * (a 403). Console pages also hide such actions from the DPO; this is the check that holds
 * when a request is forged.
 */
@Documented
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface AdministratorsOnly {
}
