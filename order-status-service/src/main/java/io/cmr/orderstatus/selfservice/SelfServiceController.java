package io.cmr.orderstatus.selfservice;

import java.time.Clock;
import java.util.List;

import io.cmr.orderstatus.contact.Contact;
import io.cmr.orderstatus.contact.ContactRecorder;
import io.cmr.orderstatus.contact.domain.ContactChannel;
import io.cmr.orderstatus.order.Order;
import io.cmr.orderstatus.order.Orders;
import io.cmr.orderstatus.order.domain.ShipmentStatus;
import io.cmr.platform.mongo.VersionedUpdate;
import io.cmr.platform.problem.FieldProblem;
import io.cmr.platform.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "Self-service")
class SelfServiceController {

    private static final int ATTEMPTS = 10;

    private final Orders orders;
    private final ContactRecorder contacts;
    private final Clock clock;

    SelfServiceController(Orders orders, ContactRecorder contacts, Clock clock) {
        this.orders = orders;
        this.contacts = contacts;
        this.clock = clock;
    }

    record InstructionsRequest(
            @Schema(example = "Behind the garden gate") @Size(max = 200) String safePlace,
            @Schema(example = "Mrs Martin, flat 3B") @Size(max = 200) String neighbour,
            @Schema(example = "4821B") @Size(max = 50) String accessCode) {
    }

    record ProblemRequest(@Schema(example = "DAMAGED") @NotNull ProblemReason reason,
            @Schema(example = "The box was crushed and two cups are broken.") @Size(max = 2000) String text) {
    }

    @PutMapping("/api/v1/orders/{orderId}/delivery-instructions")
    @Operation(summary = "Tell the courier where to leave the parcel (the order's customer)",
            description = "Possible until a shipment is out for delivery.")
    @ApiResponse(responseCode = "200", description = "Instructions saved")
    @ApiResponse(responseCode = "400", description = "No instruction given, or one too long", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Not one of the caller's orders", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "A shipment is already out for delivery", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    Order.DeliveryInstructions instructions(@PathVariable String orderId, @Valid @RequestBody InstructionsRequest request,
            Authentication customer) {
        if (blank(request.safePlace()) && blank(request.neighbour()) && blank(request.accessCode())) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.validation(
                    List.of(new FieldProblem("safePlace", "give a safe place, a neighbour or an access code"))), null);
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Order order = own(orderId, customer);
            boolean underway = order.shipments().stream()
                    .anyMatch(s -> s.status().progress() >= ShipmentStatus.OUT_FOR_DELIVERY.progress());
            if (underway) {
                throw new ResponseStatusException(HttpStatus.CONFLICT,
                        "A shipment is already out for delivery; instructions can no longer reach the courier.");
            }
            Order.DeliveryInstructions instructions = new Order.DeliveryInstructions(trim(request.safePlace()),
                    trim(request.neighbour()), trim(request.accessCode()), clock.instant());
            // Versioned, so an OUT_FOR_DELIVERY event that lands meanwhile is seen on the retry.
            if (orders.setDeliveryInstructions(order, instructions) instanceof VersionedUpdate.Updated<Order> updated) {
                return updated.document().deliveryInstructions();
            }
        }
        throw new ResponseStatusException(HttpStatus.CONFLICT, "The order is changing; retry.");
    }

    @PostMapping("/api/v1/orders/{orderId}/problems")
    @Operation(summary = "Report a problem with an order (the order's customer)",
            description = "Recorded as a coded contact (reason, order, time, channel PORTAL) like any other contact.")
    @ApiResponse(responseCode = "201", description = "Problem recorded")
    @ApiResponse(responseCode = "400", description = "Unknown reason or text too long", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Not one of the caller's orders", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ProblemReport> problem(@PathVariable String orderId, @Valid @RequestBody ProblemRequest request,
            Authentication customer) {
        Order order = own(orderId, customer);
        // The same path as every other contact: coded (the reason's name is its code), joined and counted.
        Contact contact = contacts.record(new ContactRecorder.NewContact(ContactChannel.PORTAL, request.reason().name(),
                customer.getName(), order.orderId(), null, null, false, trim(request.text())), "portal", null).contact();
        return ResponseEntity.status(HttpStatus.CREATED).body(new ProblemReport(contact.id(), contact.customerId(),
                contact.orderId(), request.reason(), contact.note(), contact.channel().name(), contact.at()));
    }

    private Order own(String orderId, Authentication customer) {
        return orders.find(orderId).filter(order -> customer.getName().equals(order.customerId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No order " + orderId + "."));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return blank(value) ? null : value.strip();
    }
}
