package io.cmr.portal.api;

import java.util.function.Supplier;

import feign.FeignException;
import io.cmr.platform.remote.RemoteServiceUnavailable;
import io.cmr.portal.security.SignInRequiredException;

/** What a call of the API turns into for the pages: its answer, or one of three things they handle. */
public final class ApiCall {

    private ApiCall() {
    }

    /**
     * @throws SignInRequiredException when the API refuses the user's token (401)
     * @throws ApiProblem for any other 4xx, with the API's problem
     * @throws RemoteServiceUnavailable when the service gave no usable answer (down, slow, 5xx, unreadable)
     */
    public static <T> T of(String service, Supplier<T> call) {
        try {
            return call.get();
        }
        catch (FeignException.Unauthorized ex) {
            throw new SignInRequiredException("The API refused the access token", ex);
        }
        catch (FeignException ex) {
            if (ex.status() >= 400 && ex.status() < 500) {
                throw ApiProblem.of(ex);
            }
            throw new RemoteServiceUnavailable(service, ex);
        }
    }
}
