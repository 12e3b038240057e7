package io.cmr.orderstatus.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a receiver knows a delivery is ours and recent: {@code Webhook-Signature: v1=<hex>} where hex is
 * HMAC-SHA256, keyed with the subscription's secret, of {@code <Webhook-Timestamp>.<body>}. The
 * receiver recomputes it over the raw body and refuses old timestamps.
 */
public final class WebhookSignature {

    public static final String VERSION = "v1=";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return VERSION + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
