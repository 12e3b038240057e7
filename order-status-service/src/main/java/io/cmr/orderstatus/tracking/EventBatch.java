package io.cmr.orderstatus.tracking;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A carrier's request body: one event object, or an array of up to 500; errors name {@code events[i]}. */
@JsonDeserialize(using = EventBatch.Reader.class)
@Schema(description = "One event, or an array of up to 500 events",
        oneOf = { TrackingEventRequest.class, TrackingEventRequest[].class })
record EventBatch(@NotEmpty @Size(max = EventBatch.MAX) List<@Valid @NotNull TrackingEventRequest> events) {

    static final int MAX = 500;

    static final class Reader extends ValueDeserializer<EventBatch> {

        @Override
        public EventBatch deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.START_ARRAY) {
                List<TrackingEventRequest> events = context.readValue(parser,
                        context.getTypeFactory().constructCollectionType(List.class, TrackingEventRequest.class));
                return new EventBatch(events);
            }
            return new EventBatch(List.of(context.readValue(parser, TrackingEventRequest.class)));
        }
    }
}
