package io.cmr.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import io.cmr.platform.test.HttpCalls;

import static org.assertj.core.api.Assertions.assertThat;

/** Fresh customers and their orders, for tests that must not touch anybody else's data. */
final class FreshShop {

    private final WholeStack.Urls stack;
    private final Keycloak keycloak;
    private final Http http = new Http();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    FreshShop(WholeStack.Urls stack, Keycloak keycloak) {
        this.stack = stack;
        this.keycloak = keycloak;
    }

    /** The customer's token, after a first visit to her profile that makes her e-mail a verified contact point. */
    String loginAsCustomer(KeycloakAdmin.Customer customer) {
        String token = "Bearer " + keycloak.login(customer.username(), customer.password(),
                stack.gateway() + "/login/oauth2/code/keycloak");
        HttpResponse<String> profile = http.get(stack.gateway() + "/api/v1/profile/me", "Authorization", token);
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
        return token;
    }

    /** A one-parcel order of the customer's, placed three days before its promised window, created by the merchant. */
    void putOrder(String merchant, String orderId, String customerId, String carrier, String tracking, Instant windowStart,
            Instant windowEnd) {
        HttpResponse<String> response = HttpCalls.send(client, HttpRequest.newBuilder(URI.create(stack.gateway() + "/api/v1/orders/" + orderId))
                .timeout(Duration.ofSeconds(30)).header("Authorization", merchant).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"customerId":"%s","placedAt":"%s",
                         "lines":[{"sku":"KETTLE-1","name":"Kettle","quantity":1}],
                         "shippingAddress":{"name":"Fresh Customer","lines":["8 rue Paradis"],"postalCode":"13001","city":"Marseille","country":"FR"},
                         "promisedWindow":{"start":"%s","end":"%s"},
                         "shipments":[{"carrier":"%s","trackingNumber":"%s","lines":[{"sku":"KETTLE-1","quantity":1}]}]}"""
                        .formatted(customerId, windowStart.minusSeconds(3 * 86_400), windowStart, windowEnd, carrier, tracking)))
                .build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
