package io.cmr.platform.remote;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.micrometer.tracing.TraceContext;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Runs each call of a Feign client on a task thread: the time limiter bounds the caller's wait;
 * on the task thread the bulkhead holds a slot for as long as the call really runs, retries (for
 * idempotent methods only) wait with backoff, and each attempt passes the circuit breaker.
 */
final class GuardedCall implements InvocationHandler {

    private static final Set<RequestMethod> IDEMPOTENT = EnumSet.of(RequestMethod.GET, RequestMethod.HEAD,
            RequestMethod.PUT, RequestMethod.DELETE, RequestMethod.OPTIONS, RequestMethod.TRACE);

    private final String name;
    private final Object target;
    private final Guards guards;
    private final CallerCredentials credentials;
    private final AsyncTaskExecutor executor;
    private final CallTrace trace;
    private final Map<Method, Operation> operations;

    /** @param method callable even when the interface is package-private, as it usually is in the app that declares it */
    private record Operation(Method method, boolean idempotent) {
    }

    GuardedCall(String name, Class<?> type, Object target, Guards guards, CallerCredentials credentials,
            AsyncTaskExecutor executor, CallTrace trace) {
        this.name = name;
        this.target = target;
        this.guards = guards;
        this.credentials = credentials;
        this.executor = executor;
        this.trace = trace;
        this.operations = Arrays.stream(type.getMethods()).collect(Collectors.toUnmodifiableMap(Function.identity(),
                method -> {
                    ReflectionUtils.makeAccessible(method);
                    return new Operation(method, isIdempotent(method));
                }));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return objectMethod(proxy, method, args);
        }
        CallHeaders headers = CallHeaders.ofCaller(credentials);
        TraceContext caller = trace.ofCaller();
        Operation operation = operations.get(method);
        Callable<Object> attempt = CircuitBreaker.decorateCallable(guards.breaker(),
                () -> target(operation.method(), args));
        Callable<Object> attempts = operation.idempotent()
                ? Retry.decorateCallable(guards.retry(), unlessCancelled(attempt))
                : attempt;
        Future<Object> future = executor.submit(headers.around(trace.around(caller, name, method.getName(),
                Bulkhead.decorateCallable(guards.bulkhead(), attempts))));
        try {
            return guards.timeLimiter().executeFutureSupplier(() -> future);
        }
        catch (InterruptedException ex) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new RemoteServiceUnavailable(name, ex);
        }
        catch (Exception ex) {
            throw outcome(ex);
        }
    }

    /** No answer is one kind of failure; an answer (a 4xx, a body that does not decode) is the caller's business. */
    private RuntimeException outcome(Exception ex) {
        if (Guards.isFailure(ex) || ex instanceof TimeoutException || ex instanceof CallNotPermittedException
                || ex instanceof BulkheadFullException) {
            return new RemoteServiceUnavailable(name, ex);
        }
        return ex instanceof RuntimeException runtime ? runtime : new IllegalStateException(ex);
    }

    /** Even an attempt that ignores interrupts (a blocking socket) is not started once the caller gave up. */
    private static Callable<Object> unlessCancelled(Callable<Object> attempt) {
        return () -> {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("The caller gave up");
            }
            return attempt.call();
        };
    }

    private Object target(Method method, Object[] args) throws Exception {
        try {
            return method.invoke(target, args);
        }
        catch (InvocationTargetException ex) {
            if (ex.getCause() instanceof Error error) {
                throw error;
            }
            throw (Exception) ex.getCause();
        }
    }

    private Object objectMethod(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "RemoteClient[" + name + "]";
        };
    }

    /** As Feign's Spring MVC contract reads it: a mapping without a method is a GET. */
    private static boolean isIdempotent(Method method) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
        return mapping == null || Arrays.stream(mapping.method()).allMatch(IDEMPOTENT::contains);
    }
}
