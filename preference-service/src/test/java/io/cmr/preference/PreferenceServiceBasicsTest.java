package io.cmr.preference;

import io.cmr.platform.test.ServiceBasics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ProfileServiceStub.class)
class PreferenceServiceBasicsTest extends ServiceBasics {

    @Test
    void everyEndpointIsDescribedWithItsErrors() {
        api.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/topics'].get").exists()
                .jsonPath("$.paths['/api/v1/admin/topics'].post.responses['409']").exists()
                .jsonPath("$.paths['/api/v1/admin/topics/{id}'].put.responses['412']").exists()
                .jsonPath("$.paths['/api/v1/admin/topics/{id}'].delete").exists()
                .jsonPath("$.paths['/api/v1/preferences/me'].get").exists()
                .jsonPath("$.paths['/api/v1/preferences/me'].put.responses['428']").exists()
                .jsonPath("$.paths['/api/v1/preferences/me'].patch.responses['422']").exists()
                .jsonPath("$.paths['/api/v1/preferences/me/consents'].get").exists()
                .jsonPath("$.paths['/api/v1/customers/{customerId}/preferences'].patch").exists()
                .jsonPath("$.paths['/internal/v1/delivery-plans'].post.responses['400']").exists()
                .jsonPath("$.paths['/internal/v1/delivery-plans'].post.responses['503']").exists()
                .jsonPath("$.paths['/internal/v1/unsubscribe-tokens'].post").exists()
                .jsonPath("$.paths['/api/v1/unsubscribe'].get").exists()
                .jsonPath("$.paths['/api/v1/unsubscribe'].post.responses['409']").exists()
                .jsonPath("$.paths['/internal/v1/customers/{customerId}/export'].get").exists()
                .jsonPath("$.paths['/internal/v1/customers/{customerId}'].delete").exists()
                .jsonPath("$.components.schemas.PreferencesRequest").exists();
    }
}
