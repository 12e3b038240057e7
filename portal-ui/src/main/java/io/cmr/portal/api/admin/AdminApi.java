package io.cmr.portal.api.admin;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.cmr.platform.remote.RemoteClients;
import io.cmr.platform.remote.RemoteServiceUnavailable;
import io.cmr.portal.api.ApiCall;
import io.cmr.portal.api.ApiProblem;
import io.cmr.portal.api.preference.Topic;
import io.cmr.portal.security.AccessTokens;
import io.cmr.portal.security.SignInRequiredException;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What the admin console asks of the public API, as the signed-in admin: the topic catalog
 * (preference-service), templates, delay rules, incidents and the weekly contact report
 * (order-status-service), each service behind its own guards. Every method may throw
 * {@link SignInRequiredException}, {@link ApiProblem} (a 4xx) and {@link RemoteServiceUnavailable}.
 */
@Component
public class AdminApi {

    private static final int TEMPLATES = 200;

    private final TopicAdminClient topics;
    private final OrderAdminClient orders;

    AdminApi(RemoteClients remoteClients, AccessTokens tokens) {
        this.topics = remoteClients.create(TopicAdminClient.class, TopicAdminClient.NAME, tokens::bearerOfCurrentUser);
        this.orders = remoteClients.create(OrderAdminClient.class, OrderAdminClient.NAME, tokens::bearerOfCurrentUser);
    }

    public List<Topic> topics() {
        return ApiCall.of(TopicAdminClient.NAME, topics::topics);
    }

    public Topic createTopic(TopicChange topic) {
        return ApiCall.of(TopicAdminClient.NAME, () -> topics.create(topic));
    }

    /** @param version the version read; a 412 {@link ApiProblem} when someone changed it since */
    public Topic replaceTopic(String id, long version, TopicChange topic) {
        return ApiCall.of(TopicAdminClient.NAME, () -> topics.replace(id, etag(version), topic));
    }

    public void removeTopic(String id) {
        ApiCall.of(TopicAdminClient.NAME, () -> {
            topics.remove(id);
            return null;
        });
    }

    /** Every template of a topic, or of all topics when null. */
    public List<Template> templates(String topicId) {
        return orders(() -> orders.templates(topicId, TEMPLATES).templates());
    }

    /** @throws ApiProblem 404 when there is none for this key yet */
    public Template template(String topicId, String kind, String channel, String language) {
        return orders(() -> orders.template(topicId, kind, channel, language));
    }

    /** Creates the template when {@code version} is null, else replaces that version. */
    public Template saveTemplate(String topicId, String kind, String channel, String language, Long version,
            Template.Words words) {
        return orders(() -> version == null ? orders.create(topicId, kind, channel, language, words)
                : orders.replace(topicId, kind, channel, language, etag(version), words));
    }

    /** The unsaved draft rendered with the kind's sample values; field problems name {@code template.subject} etc. */
    public Template.Preview preview(String topicId, String kind, String channel, String language, Template.Words draft) {
        return orders(() -> orders.preview(Map.of("topicId", topicId, "kind", kind, "channel", channel,
                "language", language, "template", draft)));
    }

    public DelayRules delayRules() {
        return orders(orders::delayRules);
    }

    public DelayRules replaceDelayRules(DelayRules rules) {
        return orders(() -> orders.replaceDelayRules(rules));
    }

    public Incident.Page incidents(String cursor, int limit) {
        return orders(() -> orders.incidents(cursor, limit));
    }

    public Incident incident(String id) {
        return orders(() -> {
            ResponseEntity<Incident> answer = orders.incident(id);
            return answer.getBody().withEtag(answer.getHeaders().getETag());
        });
    }

    /** @param idempotencyKey the same for a form sent twice, so that it declares one incident */
    public Incident declare(String idempotencyKey, Map<String, Object> incident) {
        return orders(() -> orders.declare(idempotencyKey, incident));
    }

    /** An update (message, expectedResolution) or the resolution (status RESOLVED) of the version {@code etag} names. */
    public Incident change(String id, String etag, Map<String, Object> change) {
        return orders(() -> orders.change(id, etag, change));
    }

    /** @param groupBy reason, category or channel */
    public WeeklyReport weeklyReport(String from, String to, String groupBy) {
        return orders(() -> orders.weeklyReport(from, to, groupBy));
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static <T> T orders(Supplier<T> call) {
        return ApiCall.of(OrderAdminClient.NAME, call);
    }
}
