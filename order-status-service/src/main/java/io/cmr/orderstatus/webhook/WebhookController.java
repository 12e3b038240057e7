package io.cmr.orderstatus.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.cmr.platform.problem.FieldProblem;
import io.cmr.platform.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Signed news of a merchant's orders, posted to the partner's server. Each delivery is a JSON "
        + "POST with Webhook-Id (the same at every try), Webhook-Timestamp (Unix seconds) and Webhook-Signature: v1=<hex of "
        + "HMAC-SHA256 with the subscription's secret over timestamp + \".\" + body>. Answer 2xx within 5 s; anything else is "
        + "tried again with growing pauses.")
@ApiResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Token without scope webhooks:manage", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class WebhookController {

    private static final Pattern ID = Pattern.compile("wh_[a-f0-9]{24}");
    private static final Pattern SECRET = Pattern.compile("[\\x21-\\x7E]{24,128}");
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final int MAX_PAGE = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Webhooks webhooks;
    private final WebhookSettings settings;
    private final Clock clock;

    WebhookController(Webhooks webhooks, WebhookSettings settings, Clock clock) {
        this.webhooks = webhooks;
        this.settings = settings;
        this.clock = clock;
    }

    record NewSubscription(
            @Schema(description = "https URL receiving the deliveries", example = "https://merchant.example/cmr/webhooks") @NotBlank @Size(max = 2_000) String url,
            @Schema(description = "Any of order.shipped, order.out_for_delivery, order.delivered, order.delayed, order.delay_cleared",
                    example = "[\"order.shipped\",\"order.delayed\"]") @NotEmpty @Size(max = 5) List<String> eventTypes,
            @Schema(description = "The signing secret, 24-128 printable ASCII characters; generated when not given") @Size(max = 128) String secret,
            @Schema(example = "Order system, production") @Size(max = 200) String description) {
    }

    record SubscriptionView(String id, String url, List<String> eventTypes, String description, Instant createdAt,
            @Schema(description = "Only in the answer to its creation") String secret) {

        static SubscriptionView of(Subscription subscription, boolean withSecret) {
            return new SubscriptionView(subscription.id(), subscription.url(), subscription.eventTypes(), subscription.description(),
                    subscription.createdAt(), withSecret ? subscription.secret() : null);
        }
    }

    record SubscriptionList(List<SubscriptionView> webhooks) {
    }

    record DeliveryView(String id, String eventType, String newsKey, WebhookDelivery.State state, int attempts,
            Instant nextAttemptAt, Integer lastStatus, String lastError, Instant lastAttemptAt, Instant createdAt,
            Instant deliveredAt) {

        static DeliveryView of(WebhookDelivery delivery) {
            return new DeliveryView(delivery.id(), delivery.eventType(), delivery.newsKey(), delivery.state(),
                    delivery.attempts(), delivery.nextAttemptAt(), delivery.lastStatus(), delivery.lastError(),
                    delivery.lastAttemptAt(), delivery.createdAt(), delivery.deliveredAt());
        }
    }

    record DeliveryPage(List<DeliveryView> deliveries, @Schema(description = "Cursor of the next page, absent on the last") String next) {
    }

    @PostMapping
    @Operation(summary = "Subscribe to news of the caller's orders (scope webhooks:manage)",
            description = "The secret is in this answer only: keep it to check signatures.")
    @ApiResponse(responseCode = "201", description = "Subscribed")
    @ApiResponse(responseCode = "400", description = "URL not https (http only on loopback, locally), unknown event type, bad secret; nothing is stored",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The client has the most subscriptions allowed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<SubscriptionView> subscribe(@Valid @RequestBody NewSubscription body, Authentication caller) {
        List<FieldProblem> problems = new ArrayList<>();
        checkUrl(body.url(), problems);
        for (int i = 0; i < body.eventTypes().size(); i++) {
            if (!WebhookEvents.TYPES.contains(body.eventTypes().get(i))) {
                problems.add(new FieldProblem("eventTypes[" + i + "]", "must be one of " + String.join(", ", WebhookEvents.TYPES)));
            }
        }
        if (body.secret() != null && !SECRET.matcher(body.secret()).matches()) {
            problems.add(new FieldProblem("secret", "must be 24-128 printable ASCII characters without spaces"));
        }
        if (!problems.isEmpty()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.validation(problems), null);
        }
        String client = client(caller);
        if (webhooks.countOf(client) >= settings.maxSubscriptions()) {
            throw problem(HttpStatus.CONFLICT, "A client has at most " + settings.maxSubscriptions() + " webhooks: delete one first.");
        }
        Subscription subscription = new Subscription("wh_" + random(12), client, body.url(),
                List.copyOf(new LinkedHashSet<>(body.eventTypes())), body.secret() != null ? body.secret() : "whsec_" + random(24),
                body.description(), clock.instant());
        webhooks.add(subscription);
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + subscription.id())).body(SubscriptionView.of(subscription, true));
    }

    @GetMapping
    @Operation(summary = "The caller's subscriptions, without their secrets (scope webhooks:manage)")
    @ApiResponse(responseCode = "200", description = "The subscriptions, oldest first")
    SubscriptionList list(Authentication caller) {
        return new SubscriptionList(webhooks.of(client(caller)).stream().map(s -> SubscriptionView.of(s, false)).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the caller's subscriptions (scope webhooks:manage)")
    @ApiResponse(responseCode = "200", description = "The subscription, without its secret")
    @ApiResponse(responseCode = "404", description = "Not one of the caller's", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    SubscriptionView one(@PathVariable String id, Authentication caller) {
        return SubscriptionView.of(own(id, caller), false);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Unsubscribe (scope webhooks:manage)", description = "Deliveries not made yet are dropped.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "Not one of the caller's", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Void> delete(@PathVariable String id, Authentication caller) {
        if (!ID.matcher(id).matches() || !webhooks.delete(id, client(caller))) {
            throw notFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "A subscription's deliveries, newest first, with their state, tries and the last answer (scope webhooks:manage)")
    @ApiResponse(responseCode = "200", description = "One page of deliveries")
    @ApiResponse(responseCode = "400", description = "Bad cursor or limit", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Not one of the caller's", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    DeliveryPage deliveries(@PathVariable String id,
            @Parameter(description = "The next value of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(description = "Deliveries per page, 1-100") @RequestParam(defaultValue = "20") int limit,
            Authentication caller) {
        List<FieldProblem> problems = new ArrayList<>();
        if (limit < 1 || limit > MAX_PAGE) {
            problems.add(new FieldProblem("limit", "must be between 1 and " + MAX_PAGE));
        }
        Instant afterCreatedAt = null;
        String afterId = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                int bar = text.indexOf('|');
                afterCreatedAt = Instant.ofEpochMilli(Long.parseLong(text.substring(0, bar)));
                afterId = text.substring(bar + 1);
            }
            catch (RuntimeException ex) {
                problems.add(new FieldProblem("cursor", "is not a cursor this API gave"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.validation(problems), null);
        }
        Subscription subscription = own(id, caller);
        List<WebhookDelivery> found = webhooks.deliveries(subscription.id(), afterCreatedAt, afterId, limit + 1);
        if (found.size() <= limit) {
            return new DeliveryPage(found.stream().map(DeliveryView::of).toList(), null);
        }
        WebhookDelivery last = found.get(limit - 1);
        return new DeliveryPage(found.subList(0, limit).stream().map(DeliveryView::of).toList(), Base64.getUrlEncoder()
                .withoutPadding().encodeToString((last.createdAt().toEpochMilli() + "|" + last.id()).getBytes(StandardCharsets.UTF_8)));
    }

    private void checkUrl(String url, List<FieldProblem> problems) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            boolean loopbackHttp = "http".equals(scheme) && LOOPBACK.contains(host) && settings.allowLoopbackHttp();
            if (host.isEmpty() || uri.getUserInfo() != null || uri.getFragment() != null
                    || !("https".equals(scheme) || loopbackHttp)) {
                problems.add(new FieldProblem("url", settings.allowLoopbackHttp()
                        ? "must be an https URL, or http on loopback, without credentials or fragment"
                        : "must be an https URL without credentials or fragment"));
            }
        }
        catch (URISyntaxException ex) {
            problems.add(new FieldProblem("url", "is not a URL"));
        }
    }

    private Subscription own(String id, Authentication caller) {
        return (ID.matcher(id).matches() ? webhooks.find(id) : Optional.<Subscription>empty())
                .filter(subscription -> subscription.client().equals(client(caller)))
                .orElseThrow(() -> notFound(id));
    }

    private static String client(Authentication caller) {
        String client = caller.getPrincipal() instanceof Jwt jwt ? jwt.getClaimAsString("azp") : null;
        if (client == null) {
            throw problem(HttpStatus.FORBIDDEN, "Only a partner application's token has webhooks.");
        }
        return client;
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    private static ErrorResponseException notFound(String id) {
        return problem(HttpStatus.NOT_FOUND, "No webhook " + id + ".");
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
