package io.cmr.profile.orders;

import java.time.Duration;

import feign.FeignException;
import io.cmr.platform.remote.ClientCredentials;
import io.cmr.platform.remote.RemoteClients;
import io.cmr.platform.remote.RemoteServiceUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * Tells order-status-service of verified e-mail addresses until it confirmed each. Notices are
 * leased before they are told, so any number of instances can run this; telling twice is
 * harmless by contract (order-status attaches only orders nobody has).
 */
@Component
class VerifiedEmailWorker {

    private static final Logger log = LoggerFactory.getLogger(VerifiedEmailWorker.class);
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final VerifiedEmailNotices notices;
    private final OrderStatusClient orderStatus;

    VerifiedEmailWorker(VerifiedEmailNotices notices, RemoteClients clients,
            ClientRegistrationRepository registrations, OAuth2AuthorizedClientService authorizedClients) {
        this.notices = notices;
        this.orderStatus = clients.create(OrderStatusClient.class, "order-status",
                ClientCredentials.of(registrations, authorizedClients, "profile-service"));
    }

    @Scheduled(fixedDelayString = "${cmr.profile.verified-email-retry-interval:2s}")
    void tellDueNotices() {
        notices.due().forEach(notice -> notices.claim(notice, LEASE).ifPresent(this::tell));
    }

    private void tell(VerifiedEmailNotice notice) {
        try {
            orderStatus.verified(notice.customerId(), new OrderStatusClient.VerifiedEmail(notice.address()));
            notices.delivered(notice);
        }
        catch (RemoteServiceUnavailable ex) {
            notices.failed(notice, "order-status-service did not answer");
        }
        catch (FeignException ex) {
            log.warn("Verified e-mail notice {} refused: {}", notice.id(), ex.toString());
            notices.failed(notice, "order-status-service answered " + ex.status());
        }
    }
}
