package io.cmr.platform.remote;

import java.lang.reflect.Proxy;
import java.util.concurrent.TimeUnit;

import feign.Request;
import feign.Retryer;
import io.cmr.platform.MissingSettings;

import org.springframework.cloud.openfeign.FeignClientBuilder;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * The one way a CMR app declares a client of another app: an interface with Spring MVC mapping
 * annotations, the client's name under {@code cmr.remote.clients}, and who the calls are made as.
 *
 * <p>A call through the client answers its result, throws Feign's exception for an answer that is
 * not one (a 4xx such as {@link feign.FeignException.NotFound}, a body that does not decode), or
 * throws {@link RemoteServiceUnavailable} when no answer came.
 */
public class RemoteClients implements AutoCloseable {

    private final FeignClientBuilder feign;
    private final RemoteProperties properties;
    private final Guards.Registries registries;
    private final SimpleAsyncTaskExecutor executor;
    private final CallTrace trace;

    RemoteClients(FeignClientBuilder feign, RemoteProperties properties, Guards.Registries registries,
            SimpleAsyncTaskExecutor executor, CallTrace trace) {
        this.feign = feign;
        this.properties = properties;
        this.registries = registries;
        this.executor = executor;
        this.trace = trace;
    }

    /**
     * @param type the interface, its methods annotated like Spring MVC controller methods
     * @param name the client's name: its settings, its guards and their metrics go by it
     * @param credentials asked on the caller's thread at each call
     * @throws IllegalStateException when {@code cmr.remote.clients.<name>.url} is not set
     */
    public <T> T create(Class<T> type, String name, CallerCredentials credentials) {
        RemoteProperties.Client settings = settings(name);
        T client = feign.forType(type, name)
                .url(settings.url().toString())
                .customize(builder -> builder
                        // The other app answers; a redirect would be a misrouted call.
                        .options(new Request.Options(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                                settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS, false))
                        // Retries are Resilience4j's, with backoff and only for idempotent calls.
                        .retryer(Retryer.NEVER_RETRY)
                        .requestInterceptor(CallHeaders.INTERCEPTOR)
                        .requestInterceptor(trace.interceptor()))
                .build();
        GuardedCall guarded = new GuardedCall(name, type, client, Guards.of(name, settings, registries), credentials,
                executor, trace);
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, guarded));
    }

    private RemoteProperties.Client settings(String name) {
        RemoteProperties.Client settings = properties.clients().get(name);
        new MissingSettings().require("cmr.remote.clients." + name + ".url", settings != null ? settings.url() : null)
                .check();
        return settings;
    }

    @Override
    public void close() {
        executor.close();
    }
}
