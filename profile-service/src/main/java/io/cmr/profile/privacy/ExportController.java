package io.cmr.profile.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import feign.FeignException;
import io.cmr.platform.remote.RemoteServiceUnavailable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Export", description = "The signed-in customer's data in every service")
class ExportController {

    private static final Logger log = LoggerFactory.getLogger(ExportController.class);

    private final CustomerData own;
    private final OtherServices others;
    private final Clock clock;

    ExportController(CustomerData own, OtherServices others, Clock clock) {
        this.own = own;
        this.others = others;
        this.clock = clock;
    }

    @Operation(summary = "Everything held about the caller", description = "Profile, contact points and audit from "
            + "this service, then each other service's part; a part that cannot be fetched is listed in missing.")
    @ApiResponse(responseCode = "200", description = "The export; complete is false when a part is missing")
    @ApiResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "Not a customer's token", content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/api/v1/profile/me/export")
    FullExport export(@AuthenticationPrincipal Jwt token) {
        String customerId = token.getSubject();
        Map<String, Object> parts = new LinkedHashMap<>();
        List<FullExport.MissingPart> missing = new ArrayList<>();
        parts.put("profile", own.export(customerId));
        others.byName().forEach((name, client) -> {
            try {
                parts.put(name, client.export(customerId));
            }
            catch (RemoteServiceUnavailable ex) {
                missing.add(new FullExport.MissingPart(name, "The service did not answer"));
            }
            catch (FeignException ex) {
                log.warn("Export part {} refused: {}", name, ex.toString());
                missing.add(new FullExport.MissingPart(name, "The service answered " + ex.status()));
            }
        });
        return new FullExport(customerId, clock.instant(), missing.isEmpty(), parts, missing);
    }
}
