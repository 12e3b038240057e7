package io.cmr.orderstatus.privacy;

import java.util.List;

import io.cmr.orderstatus.contact.Contact;
import io.cmr.orderstatus.contact.Contacts;
import io.cmr.orderstatus.incident.AffectedCustomer;
import io.cmr.orderstatus.incident.IncidentCustomerData;
import io.cmr.orderstatus.notification.inbox.Inbox;
import io.cmr.orderstatus.notification.inbox.InboxEntry;
import io.cmr.orderstatus.notification.news.StoredNewsErasure;
import io.cmr.orderstatus.notification.outbox.Notice;
import io.cmr.orderstatus.notification.outbox.Notices;
import io.cmr.orderstatus.notification.outbox.Outbox;
import io.cmr.orderstatus.notification.outbox.OutboxItem;
import io.cmr.orderstatus.order.Order;
import io.cmr.orderstatus.order.Orders;
import io.cmr.orderstatus.support.SupportAudit;
import io.cmr.orderstatus.support.SupportRead;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The export and erasure every service offers profile-service's privacy flows (scope internal). */
@RestController
@Tag(name = "Customer data (internal)")
class CustomerDataController {

    private static final Order.Address ERASED = new Order.Address("erased", List.of(), null, null, null);

    private final Orders orders;
    private final Contacts contacts;
    private final SupportAudit audit;
    private final Notices notices;
    private final Outbox outbox;
    private final Inbox inbox;
    private final StoredNewsErasure news;
    private final IncidentCustomerData incidents;

    CustomerDataController(Orders orders, Contacts contacts, SupportAudit audit, Notices notices, Outbox outbox,
            Inbox inbox, StoredNewsErasure news, IncidentCustomerData incidents) {
        this.orders = orders;
        this.contacts = contacts;
        this.audit = audit;
        this.notices = notices;
        this.outbox = outbox;
        this.inbox = inbox;
        this.news = news;
        this.incidents = incidents;
    }

    /**
     * Everything this service holds about a customer.
     *
     * @param contacts every coded contact of the customer, problem reports from the portal included
     */
    record Export(String customerId, List<Order> orders, List<Contact> contacts, List<SupportRead> supportReads,
            List<Notice> notices, List<OutboxItem> noticeDeliveries, List<InboxEntry> inbox,
            List<AffectedCustomer> incidents) {
    }

    @GetMapping("/internal/v1/customers/{customerId}/export")
    @Operation(summary = "Everything held about a customer (scope internal)")
    @ApiResponse(responseCode = "200", description = "The customer's orders, contacts, support reads, notices with their "
            + "deliveries per channel, inbox, and the incidents that reached them; empty lists when none")
    Export export(@PathVariable String customerId) {
        return new Export(customerId, orders.ofCustomer(customerId), contacts.of(customerId), audit.of(customerId),
                notices.of(customerId, null), outbox.ofCustomer(customerId), inbox.of(customerId), incidents.of(customerId));
    }

    @DeleteMapping("/internal/v1/customers/{customerId}")
    @Operation(summary = "Erase a customer (scope internal), idempotent",
            description = "Orders stay for their merchant without customer, email, address or instructions; contacts stay "
                    + "counted in reports without customer or note; support reads no longer name the customer; notices, "
                    + "their deliveries and the inbox are deleted; order news no longer names the customer; incidents "
                    + "forget they reached them.")
    @ApiResponse(responseCode = "204", description = "Erased, or nothing to erase")
    ResponseEntity<Void> erase(@PathVariable String customerId) {
        orders.anonymise(customerId, ERASED);
        contacts.anonymise(customerId);
        audit.anonymise(customerId);
        notices.erase(customerId);
        outbox.erase(customerId);
        inbox.erase(customerId);
        news.anonymise(customerId);
        incidents.erase(customerId);
        return ResponseEntity.noContent().build();
    }
}
