package io.cmr.portal.customer;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Dates and times as the customer reads them: in the page's language and the customer's time zone.
 * Templates use it as {@code ${@customerTime.dateTime(instant)}}.
 */
@Component("customerTime")
public class CustomerTime {

    public String dateTime(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(zone()).format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? null
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).withZone(zone()).format(instant);
    }

    /** The customer's time zone, named in the page's language. */
    public String zoneName() {
        return zone().getId();
    }

    public ZoneId zone() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            CustomerSettings settings = CustomerSettings.in(attributes.getRequest());
            if (settings != null) {
                return settings.zone();
            }
        }
        return CustomerSettings.DEFAULT_ZONE;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
