package eu.gdprmodule.web.admin;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a resource class of the console's REST API: every call is checked by
 * {@link ConsoleApiInterceptor} (signed in, a console role, writes from the console's origin)
 * before the method runs, under whatever path the resource is published.
 */
@Documented
@Inherited
@InterceptorBinding
@Retention(RUNTIME)
@Target(TYPE)
public @interface ConsoleApi {
}
