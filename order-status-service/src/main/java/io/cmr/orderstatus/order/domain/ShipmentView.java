package io.cmr.orderstatus.order.domain;

/** What delay detection needs of one shipment. */
public record ShipmentView(String carrier, String trackingNumber, Timeline timeline) {
}
