package io.cmr.orderstatus.contact;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.cmr.orderstatus.contact.domain.ContactChannel;
import io.cmr.orderstatus.contact.domain.IsoWeek;
import io.cmr.orderstatus.contact.domain.NoticeJoin;
import io.cmr.orderstatus.contact.domain.RepeatWindow;
import io.cmr.orderstatus.customer.CustomerMatching;
import io.cmr.orderstatus.notification.SentNotices;
import io.cmr.orderstatus.order.Order;
import io.cmr.orderstatus.order.Orders;
import io.cmr.platform.mongo.Insertion;
import io.cmr.platform.mongo.VersionedUpdate;
import io.cmr.platform.problem.FieldProblem;
import io.cmr.platform.problem.Problems;
import io.cmr.platform.remote.RemoteServiceUnavailable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Records coded contacts, whatever their channel: checks them, joins them at write time to the
 * notice they came despite and to the contact they repeat, and counts them in their week.
 */
@Service
public class ContactRecorder {

    private static final int ATTEMPTS = 10;

    private final Contacts contacts;
    private final Taxonomy taxonomy;
    private final WeeklyCounters counters;
    private final Orders orders;
    private final CustomerMatching customers;
    private final SentNotices notices;
    private final ContactSettings settings;
    private final Clock clock;

    ContactRecorder(Contacts contacts, Taxonomy taxonomy, WeeklyCounters counters, Orders orders,
            CustomerMatching customers, SentNotices notices, ContactSettings settings, Clock clock) {
        this.contacts = contacts;
        this.taxonomy = taxonomy;
        this.counters = counters;
        this.orders = orders;
        this.customers = customers;
        this.notices = notices;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * A contact as its caller tells it.
     *
     * @param at when it happened; now when null
     */
    public record NewContact(ContactChannel channel, String reasonCode, String customerId, String orderId, Instant at,
            Long handlingSeconds, boolean resolved, String note) {
    }

    /** @param created false when the same request was recorded before under the same key */
    public record Recorded(Contact contact, boolean created) {
    }

    /**
     * @param caller who records it: the agent's subject, the partner's client id, or the customer
     * @param idempotencyKey the caller's key for the request, null when none
     * @throws ErrorResponseException 400 naming every field that is wrong; nothing is stored then
     */
    public Recorded record(NewContact request, String caller, String idempotencyKey) {
        Instant now = clock.instant();
        Instant at = request.at() != null ? request.at() : now;
        List<FieldProblem> problems = new ArrayList<>();
        checkReason(request.reasonCode(), "reasonCode", problems);
        if (at.isAfter(now.plus(settings.clockSkew()))) {
            problems.add(new FieldProblem("at", "must not be in the future"));
        }
        if (request.handlingSeconds() != null && request.handlingSeconds() < 0) {
            problems.add(new FieldProblem("handlingSeconds", "must not be negative"));
        }
        Order order = null;
        String customerId = request.customerId();
        if (request.orderId() != null) {
            order = orders.find(request.orderId()).orElse(null);
            if (order == null) {
                problems.add(new FieldProblem("orderId", "no such order"));
            }
            else if (customerId != null && !customerId.equals(order.customerId())) {
                problems.add(new FieldProblem("orderId", "is not an order of this customer"));
            }
            else {
                customerId = order.customerId();
            }
        }
        else if (customerId != null && !known(customerId)) {
            problems.add(new FieldProblem("customerId", "no such customer"));
        }
        if (!problems.isEmpty()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.validation(problems), null);
        }
        String id = UUID.randomUUID().toString();
        Contact contact = new Contact(id, caller + "|" + (idempotencyKey != null ? idempotencyKey : id),
                fingerprint(request), request.channel(), request.reasonCode(), customerId, request.orderId(), at,
                IsoWeek.of(at, settings.timezone()).toString(), request.handlingSeconds(), request.resolved(),
                request.note(), caller, notice(customerId, request.orderId(), at), carriers(order), null, null,
                List.of(), 1, now, now);
        Insertion<Contact> insertion = contacts.insert(contact);
        if (!insertion.inserted()) {
            if (!insertion.document().fingerprint().equals(contact.fingerprint())) {
                throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT,
                        "This Idempotency-Key was already used for a different contact.");
            }
            return new Recorded(insertion.document(), false);
        }
        Contact stored = insertion.document();
        if (customerId != null) {
            Optional<LastContact> earlier = contacts.replaceLatest(stored);
            if (earlier.isPresent() && new RepeatWindow(settings.repeatWindow()).repeats(earlier.get().at(), at)) {
                contacts.linkRepeat(stored.id(), earlier.get().contactId());
                stored = repeating(stored, earlier.get().contactId());
            }
        }
        counters.add(stored, 1);
        return new Recorded(stored, true);
    }

    /** Gives the contact another reason, keeping the change; its week's counters move with it. */
    public Contact recode(String contactId, String reasonCode, String agent, Long expectedVersion) {
        List<FieldProblem> problems = new ArrayList<>();
        checkReason(reasonCode, "reasonCode", problems);
        if (!problems.isEmpty()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.validation(problems), null);
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Contact contact = contacts.find(contactId)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No contact " + contactId + "."));
            if (expectedVersion != null && expectedVersion != contact.version()) {
                throw new ResponseStatusException(HttpStatus.PRECONDITION_FAILED,
                        "The contact changed since it was read; read it again.");
            }
            if (contact.reasonCode().equals(reasonCode)) {
                return contact;
            }
            VersionedUpdate<Contact> update = contacts.recode(contact, reasonCode,
                    new Contact.Recoding(contact.reasonCode(), reasonCode, agent, clock.instant()));
            if (update instanceof VersionedUpdate.Updated<Contact> updated) {
                counters.add(contact, -1);
                counters.add(updated.document(), 1);
                return updated.document();
            }
            if (expectedVersion != null) {
                throw new ResponseStatusException(HttpStatus.PRECONDITION_FAILED,
                        "The contact changed since it was read; read it again.");
            }
        }
        throw new ResponseStatusException(HttpStatus.CONFLICT, "The contact is changing; retry.");
    }

    /** The contact as {@link Contacts#linkRepeat} left it, without reading it again. */
    private static Contact repeating(Contact c, String earlierId) {
        return new Contact(c.id(), c.requestKey(), c.fingerprint(), c.channel(), c.reasonCode(), c.customerId(),
                c.orderId(), c.at(), c.week(), c.handlingSeconds(), c.resolved(), c.note(), c.recordedBy(), c.notice(),
                c.carriers(), earlierId, c.repeatedBy(), c.recodings(), c.version() + 1, c.createdAt(), c.updatedAt());
    }

    private void checkReason(String code, String field, List<FieldProblem> problems) {
        taxonomy.reason(code).ifPresentOrElse(reason -> {
            if (reason.retired()) {
                problems.add(new FieldProblem(field, "reason " + code + " is retired"));
            }
        }, () -> problems.add(new FieldProblem(field, "no such reason")));
    }

    /** Known here by an order, or to profile-service by a verified contact point. */
    private boolean known(String customerId) {
        if (!orders.ofCustomer(customerId).isEmpty()) {
            return true;
        }
        try {
            return customers.hasVerifiedContactPoint(customerId);
        }
        catch (RemoteServiceUnavailable ex) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    "The customer cannot be checked now (profile-service does not answer); retry.");
        }
    }

    private Contact.Notice notice(String customerId, String orderId, Instant at) {
        if (customerId == null) {
            return null;
        }
        return new NoticeJoin(settings.noticeLookBack())
                .despite(notices.sentBefore(customerId, orderId, at), at, orderId != null)
                .map(n -> new Contact.Notice(n.noticeKey(), n.kind(), n.incidentId(), n.sentAt()))
                .orElse(null);
    }

    private static List<String> carriers(Order order) {
        return order == null ? List.of()
                : order.shipments().stream().map(Order.Shipment::carrier).distinct().toList();
    }

    private static String fingerprint(NewContact request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(request.toString().getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
