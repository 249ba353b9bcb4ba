package eu.gdprmodule.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Reception;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.EventContext;
import jakarta.enterprise.inject.spi.EventMetadata;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.inject.Inject;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Calls the host's observers of an event one at a time, in {@code @Priority} order then by class
 * name, so that each can be reported by name and one that throws cannot stop the others (a plain
 * {@code Event.fire} stops at the first exception). Like Keycloak's providers, each contributor
 * is known by an id: its bean class.
 */
@ApplicationScoped
public class HostContributors {

    /** One observer, callable on its own. */
    public record Contributor(String name, ObserverMethod<?> observer) {
    }

    @Inject
    BeanManager beans;

    /** The synchronous, in-transaction observers of this event type, in calling order. */
    public List<Contributor> of(Object event) {
        Set<? extends ObserverMethod<?>> observers = beans.resolveObserverMethods(event);
        return observers.stream()
                .filter(o -> !o.isAsync() && o.getTransactionPhase() == TransactionPhase.IN_PROGRESS
                        && o.getReception() == Reception.ALWAYS)
                .sorted(Comparator.<ObserverMethod<?>>comparingInt(ObserverMethod::getPriority)
                        .thenComparing(o -> o.getBeanClass().getName()))
                .map(o -> new Contributor(o.getBeanClass().getName(), o))
                .toList();
    }

    /** Delivers the event to one contributor; its exception, if any, is the caller's to report. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> void call(Contributor contributor, T event) {
        ((ObserverMethod) contributor.observer()).notify(new Delivery<>(event));
    }

    private record Delivery<T>(T event) implements EventContext<T> {
        @Override
        public T getEvent() {
            return event;
        }

        @Override
        public EventMetadata getMetadata() {
            return new EventMetadata() {
                @Override
                public Set<Annotation> getQualifiers() {
                    return Set.of(jakarta.enterprise.inject.Any.Literal.INSTANCE);
                }

                @Override
                public InjectionPoint getInjectionPoint() {
                    return null;
                }

                @Override
                public Type getType() {
                    return event.getClass();
                }
            };
        }
    }
}
