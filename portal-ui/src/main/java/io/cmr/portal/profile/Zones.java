package io.cmr.portal.profile;

import java.time.ZoneId;
import java.util.List;

/** The time zones a customer picks from: the IANA regions and cities, not the legacy aliases. */
final class Zones {

    static final List<String> ALL = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
            .sorted()
            .toList();

    private Zones() {
    }
}
