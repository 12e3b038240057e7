package io.cmr.orderstatus.order.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.cmr.orderstatus.order.Order;
import io.cmr.orderstatus.order.OrderDraft;
import io.cmr.orderstatus.order.domain.PromisedWindow;
import io.cmr.platform.problem.FieldProblem;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** An order as a merchant sends it. */
@Schema(description = "An order as the merchant knows it; give customerId, or customerEmail to match a verified address.")
record OrderRequest(
        @Schema(example = "4f1c2a9e-6b1d-4a57-9a43-0e6f0c3b9d21") @Size(max = 100) String customerId,
        @Schema(example = "alice@example.com") @Email @Size(max = 320) String customerEmail,
        @Schema(example = "2026-03-01T09:30:00Z") @NotNull Instant placedAt,
        @NotEmpty @Size(max = 200) List<@Valid @NotNull Line> lines,
        @NotNull @Valid Address shippingAddress,
        @NotNull @Valid Window promisedWindow,
        @NotNull @Size(max = 20) List<@Valid @NotNull Shipment> shipments) {

    static final String CARRIER = "[a-z0-9][a-z0-9-]{0,63}";
    static final String TRACKING_NUMBER = "[A-Za-z0-9][A-Za-z0-9-]{0,63}";

    record Line(@Schema(example = "SKU-123") @NotBlank @Size(max = 64) String sku,
            @Schema(example = "Espresso cups, set of 4") @NotBlank @Size(max = 200) String name,
            @Schema(example = "2") @NotNull @Positive @Max(10_000) Integer quantity) {
    }

    record Address(@Schema(example = "Alice Liddell") @NotBlank @Size(max = 200) String name,
            @Schema(example = "[\"12 rue de la Paix\"]") @NotEmpty @Size(max = 4) List<@NotBlank @Size(max = 200) String> lines,
            @Schema(example = "75002") @NotBlank @Size(max = 20) String postalCode,
            @Schema(example = "Paris") @NotBlank @Size(max = 100) String city,
            @Schema(example = "FR") @NotBlank @Pattern(regexp = "[A-Z]{2}") String country) {
    }

    record Window(@Schema(example = "2026-03-03T08:00:00Z") @NotNull Instant start,
            @Schema(example = "2026-03-04T18:00:00Z") @NotNull Instant end) {
    }

    record Shipment(@Schema(example = "demo-carrier") @NotBlank @Pattern(regexp = CARRIER) String carrier,
            @Schema(example = "TRK000123") @NotBlank @Pattern(regexp = TRACKING_NUMBER) String trackingNumber,
            @NotNull @Size(max = 200) List<@Valid @NotNull ShipmentLine> lines) {
    }

    record ShipmentLine(@NotBlank @Size(max = 64) String sku, @NotNull @Positive @Max(10_000) Integer quantity) {
    }

    /** What bean validation cannot say: rules across fields. */
    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(customerId) && blank(customerEmail)) {
            problems.add(new FieldProblem("customerId", "give customerId or customerEmail"));
        }
        if (!promisedWindow.end().isAfter(promisedWindow.start())) {
            problems.add(new FieldProblem("promisedWindow.end", "must be after promisedWindow.start"));
        }
        Set<String> skus = new HashSet<>(lines.stream().map(Line::sku).toList());
        Set<String> shipmentKeys = new HashSet<>();
        for (int i = 0; i < shipments.size(); i++) {
            Shipment shipment = shipments.get(i);
            if (!shipmentKeys.add(shipment.carrier() + "|" + shipment.trackingNumber())) {
                problems.add(new FieldProblem("shipments[" + i + "].trackingNumber", "appears twice in the order"));
            }
            for (int j = 0; j < shipment.lines().size(); j++) {
                if (!skus.contains(shipment.lines().get(j).sku())) {
                    problems.add(new FieldProblem("shipments[" + i + "].lines[" + j + "].sku", "is not a line of the order"));
                }
            }
        }
        return problems;
    }

    OrderDraft draft() {
        return new OrderDraft(blank(customerId) ? null : customerId.strip(),
                blank(customerEmail) ? null : customerEmail.strip().toLowerCase(Locale.ROOT), placedAt,
                lines.stream().map(l -> new Order.OrderLine(l.sku(), l.name(), l.quantity())).toList(),
                new Order.Address(shippingAddress.name(), List.copyOf(shippingAddress.lines()),
                        shippingAddress.postalCode(), shippingAddress.city(), shippingAddress.country()),
                new PromisedWindow(promisedWindow.start(), promisedWindow.end()),
                shipments.stream().map(s -> new OrderDraft.ShipmentDraft(s.carrier(), s.trackingNumber(),
                        s.lines().stream().map(l -> new Order.ShipmentLine(l.sku(), l.quantity())).toList())).toList());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
